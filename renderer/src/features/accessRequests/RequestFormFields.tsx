// The fields of an access request as it arrived, shared by "New request" and "Edit details" so both
// ask the same questions in the same order with the same checks (newRequestForm.ts). The person
// field differs: chosen for a new request, shown read-only when correcting one.
import Stack from '@mui/material/Stack';
import type { ReactNode } from 'react';
import { useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CHANNELS, IDENTITY_METHODS, LANGUAGES, type AccessRequestInput } from '../../domain/accessRequest';
import type { IsoDate } from '../../domain/isoDate';
import { REGIMES } from '../../domain/regime';
import { CheckboxField } from '../../ui/forms/CheckboxField';
import { RadioField } from '../../ui/forms/RadioField';
import { FormTextField } from '../../ui/forms/FormTextField';
import { isoDateSlotProps } from '../../ui/forms/isoDateInput';
import type { NewRequestValues } from './newRequestForm';

interface Props {
  control: Control<NewRequestValues, unknown, AccessRequestInput>;
  /** Dates after today are refused by the form's schema (newRequestForm.ts), not by the input. */
  today: IsoDate;
  /** The person field, first in the form. */
  person: ReactNode;
  receivedOnHelp: string;
  /** Shown under the Act, e.g. the due date a correction would give. */
  afterRegime?: ReactNode;
}

export function RequestFormFields({ control, person, receivedOnHelp, afterRegime }: Props) {
  const { t } = useTranslation();
  const inWriting = useWatch({ control, name: 'inWriting' });
  const identityVerified = useWatch({ control, name: 'identityVerified' });
  const dateInput = isoDateSlotProps(t);
  return (
    <>
      {person}
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <FormTextField control={control} name="receivedOn" label={t('accessRequests.form.receivedOn')} helperText={receivedOnHelp} required slotProps={dateInput} />
        <FormTextField control={control} name="channel" select label={t('accessRequests.form.channel')} slotProps={{ select: { native: true } }}>
          {CHANNELS.map((channel) => (
            <option key={channel} value={channel}>
              {t(`accessRequests.channels.${channel}`)}
            </option>
          ))}
        </FormTextField>
      </Stack>
      <RadioField
        control={control}
        name="inWriting"
        row
        label={t('accessRequests.form.inWriting')}
        options={[
          { value: 'yes', label: t('accessRequests.form.inWritingYes') },
          { value: 'no', label: t('accessRequests.form.inWritingNo') },
        ]}
      />
      {inWriting === 'no' && <CheckboxField control={control} name="oralConfirmed" label={t('accessRequests.form.oralConfirmed')} helperText={t('accessRequests.form.oralHelp')} />}
      <FormTextField control={control} name="informationSought" label={t('accessRequests.form.informationSought')} helperText={t('accessRequests.form.informationSoughtHelp')} required multiline minRows={3} />
      <FormTextField control={control} name="regime" select label={t('accessRequests.form.regime')} slotProps={{ select: { native: true } }}>
        {REGIMES.map((regime) => (
          <option key={regime} value={regime}>
            {t(`regimes.${regime}`)}
          </option>
        ))}
      </FormTextField>
      {afterRegime}
      <FormTextField control={control} name="language" select label={t('accessRequests.form.language')} slotProps={{ select: { native: true } }} sx={{ maxWidth: { sm: 'calc(50% - 8px)' } }}>
        {LANGUAGES.map((code) => (
          <option key={code} value={code}>
            {t(`languages.${code}`)}
          </option>
        ))}
      </FormTextField>
      <CheckboxField control={control} name="identityVerified" label={t('accessRequests.form.identityVerified')} helperText={t('accessRequests.form.identityHelp')} />
      {identityVerified && (
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <FormTextField control={control} name="identityMethod" select label={t('accessRequests.form.identityMethod')} slotProps={{ select: { native: true } }}>
            {IDENTITY_METHODS.map((method) => (
              <option key={method} value={method}>
                {t(`accessRequests.identityMethods.${method}`)}
              </option>
            ))}
          </FormTextField>
          <FormTextField control={control} name="identityVerifiedOn" label={t('accessRequests.form.identityVerifiedOn')} required slotProps={dateInput} />
          <FormTextField control={control} name="identityNote" label={t('accessRequests.form.identityNote')} />
        </Stack>
      )}
      <FormTextField control={control} name="notes" label={t('accessRequests.form.notes')} multiline minRows={2} />
    </>
  );
}
