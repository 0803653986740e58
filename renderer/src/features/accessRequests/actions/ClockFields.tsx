// The steps that move the clock without the office extending it: Québec's application to the
// Commission d'accès à l'information and its decision (P-39.1 s.46), and BC PIPA's periods that do
// not count while a matter is before the commissioner (s.29(2) and (3)).
import Alert from '@mui/material/Alert';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { AccessRequest } from '../../../domain/accessRequest';
import { CLOCK_STOP_KINDS, CLOCK_STOP_PROVISIONS } from '../../../domain/clockStops';
import { FormTextField } from '../../../ui/forms/FormTextField';
import { isoDateSlotProps } from '../../../ui/forms/isoDateInput';
import { RadioField } from '../../../ui/forms/RadioField';
import { useFormat } from '../../../ui/format';
import type { ActionValues } from './actionForm';

export function CaiApplicationFields({ request }: { request: AccessRequest }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { control } = useFormContext<ActionValues>();
  return (
    <>
      <Alert severity="info" role="note" sx={{ my: 1 }}>
        {t('accessRequests.cai.applyWithin', { date: format.date(request.dueOn, 'long') })}
      </Alert>
      <FormTextField control={control} name="reasons" required multiline minRows={3} label={t('accessRequests.cai.reasons')} helperText={t('accessRequests.cai.reasonsHelp')} />
    </>
  );
}

export function CaiDecisionFields({ request }: { request: AccessRequest }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { control } = useFormContext<ActionValues>();
  const decision = useWatch({ control, name: 'caiDecision' });
  return (
    <>
      <RadioField
        control={control}
        name="caiDecision"
        label={t('accessRequests.cai.decision')}
        options={[
          { value: 'granted', label: t('accessRequests.cai.granted') },
          { value: 'refused', label: t('accessRequests.cai.refused') },
        ]}
      />
      {decision === 'granted' ? (
        <FormTextField
          control={control}
          name="newDue"
          required
          label={t('accessRequests.cai.newDue')}
          helperText={t('accessRequests.cai.newDueHelp')}
          slotProps={isoDateSlotProps(t)}
        />
      ) : (
        <Alert severity="warning" role="note" sx={{ my: 1 }}>
          {t('accessRequests.cai.refusedKeepsDue', { date: format.date(request.dueOn, 'long') })}
        </Alert>
      )}
      <FormTextField control={control} name="note" multiline minRows={2} label={t('accessRequests.cai.note')} helperText={t('accessRequests.cai.noteHelp')} />
    </>
  );
}

export function StopClockFields() {
  const { t } = useTranslation();
  const { control } = useFormContext<ActionValues>();
  return (
    <>
      <RadioField
        control={control}
        name="stopKind"
        label={t('accessRequests.clock.kind')}
        options={CLOCK_STOP_KINDS.map((kind) => ({ value: kind, label: t(`accessRequests.clock.kinds.${kind}`, { section: CLOCK_STOP_PROVISIONS[kind] }) }))}
      />
      <FormTextField
        control={control}
        name="endOn"
        label={t('accessRequests.clock.endOn')}
        helperText={t('accessRequests.clock.endOnHelp')}
        slotProps={isoDateSlotProps(t)}
      />
    </>
  );
}
