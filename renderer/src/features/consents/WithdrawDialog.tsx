// Record the withdrawal of a consent in force (BC PIPA s.9): a new entry beside the consent, never an
// edit of it. The officer confirms the likely consequences were explained (s.9(2)); the text is
// prefilled from the purpose; a use that a legal obligation keeps going is noted (s.9(5)). Once saved,
// the confirmation letter is offered (WithdrawalLetterDialog).
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnlocked } from '../../app/unlocked';
import { displayName } from '../../domain/person';
import { CONSENT_HOWS, consentsRegister, type ConsentEntry, type ConsentInput } from '../../domain/registers/consents';
import { CheckboxField } from '../../ui/forms/CheckboxField';
import { FormTextField } from '../../ui/forms/FormTextField';
import { isoDateSlotProps } from '../../ui/forms/isoDateInput';
import { SelectField } from '../../ui/forms/SelectField';
import { RecordDialog } from '../../ui/registers/RecordDialog';
import { useConsentsRepository, usePurposeName } from './useConsents';
import { WithdrawalLetterDialog } from './WithdrawalLetterDialog';

const schema = consentsRegister.fields('entered');

/** The consent being withdrawn; closed when null. */
export function WithdrawDialog({ consent, onClose }: { consent: ConsentEntry | null; onClose(): void }) {
  const { t } = useTranslation();
  const { session } = useUnlocked();
  const repository = useConsentsRepository();
  const purposeName = usePurposeName();
  const purpose = consent ? purposeName(consent.purposeId) : '';
  const defaults = useMemo<ConsentInput>(
    () => ({
      action: 'withdrawn',
      personId: consent?.personId ?? '',
      purposeId: consent?.purposeId ?? '',
      consentId: consent?.id ?? '',
      how: 'written',
      withdrawnOn: session.today(),
      consequencesExplained: false,
      consequences: t('registers.consents.consequencesDefault', { purpose }),
      legalObligation: '',
    }),
    [consent, session, t, purpose],
  );
  const person = consent ? session.people.get(consent.personId) : undefined;
  // The withdrawal just saved, whose letter is offered next.
  const [saved, setSaved] = useState<ConsentEntry | null>(null);
  return (
    <>
      <RecordDialog<ConsentInput>
        open={consent !== null && saved === null}
        title={t('registers.consents.withdrawTitle', { reference: consent?.reference ?? '' })}
        submitLabel={t('registers.consents.withdraw')}
        schema={schema}
        defaultValues={defaults}
        onSubmit={async (values) => {
          setSaved(await repository.create(values));
        }}
        onClose={onClose}
      >
        {({ control }) => (
          <Stack spacing={2}>
            <Typography>{t('registers.consents.withdrawFor', { person: person ? displayName(person) : t('registers.consents.unknownPerson'), purpose })}</Typography>
            <FormTextField control={control} name="withdrawnOn" label={t('registers.consents.fields.withdrawnOn')} required autoFocus slotProps={isoDateSlotProps(t)} />
            <SelectField control={control} name="how" label={t('registers.consents.fields.how')} options={CONSENT_HOWS.map((v) => ({ value: v, label: t(`registers.consents.hows.${v}`) }))} />
            <FormTextField control={control} name="consequences" label={t('registers.consents.fields.consequences')} required multiline minRows={3} />
            <CheckboxField control={control} name="consequencesExplained" label={t('registers.consents.fields.consequencesExplained')} />
            <FormTextField control={control} name="legalObligation" label={t('registers.consents.fields.legalObligation')} helperText={t('registers.consents.fields.legalObligationHelp')} multiline minRows={2} />
          </Stack>
        )}
      </RecordDialog>
      <WithdrawalLetterDialog
        withdrawal={saved}
        onClose={() => {
          setSaved(null);
          onClose();
        }}
      />
    </>
  );
}
