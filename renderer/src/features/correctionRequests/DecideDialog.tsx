// The decision on a correction request: corrected (what changed, and the recipients the correction
// goes to, from the disclosure log) or not corrected (the annotation kept with the information).
// The store refuses a decision before the request or without its text (rules.correction*). Once
// saved, `onDecided` gets the request (its letters come next: CorrectionLettersDialog).
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useUnlocked } from '../../app/unlocked';
import { CORRECTION_OUTCOMES, correctionRequestsRegister, type CorrectionRequest, type CorrectionRequestInput } from '../../domain/registers/correctionRequests';
import { FormTextField } from '../../ui/forms/FormTextField';
import { isoDateSlotProps } from '../../ui/forms/isoDateInput';
import { RadioField } from '../../ui/forms/RadioField';
import { RecordDialog } from '../../ui/registers/RecordDialog';
import { NotifyRecipients } from './NotifyRecipients';
import { inputOf, useCorrectionRepository } from './useCorrectionRequests';

const schema = correctionRequestsRegister.fields('entered');

export function DecideDialog({ request, onClose, onDecided }: { request: CorrectionRequest; onClose(): void; onDecided?(request: CorrectionRequest): void }) {
  const { t } = useTranslation();
  const { session } = useUnlocked();
  const repository = useCorrectionRepository();
  const defaults = useMemo<CorrectionRequestInput>(
    () => ({
      ...inputOf(request),
      decision: {
        on: request.decision?.on ?? session.today(),
        outcome: request.decision?.outcome ?? 'corrected',
        whatChanged: request.decision?.whatChanged ?? '',
        annotation: request.decision?.annotation ?? '',
      },
    }),
    [request, session],
  );
  return (
    <RecordDialog<CorrectionRequestInput>
      open
      title={t('registers.correctionRequests.decideTitle', { reference: request.reference ?? '' })}
      submitLabel={t('registers.correctionRequests.saveDecision')}
      schema={schema}
      defaultValues={defaults}
      onSubmit={async (values) => {
        const d = values.decision!;
        // Only the text that goes with the outcome is kept: a note typed under the other one is dropped.
        const decision = d.outcome === 'corrected' ? { on: d.on, outcome: d.outcome, whatChanged: d.whatChanged } : { on: d.on, outcome: d.outcome, annotation: d.annotation };
        const saved = await repository.update(request.id, { ...values, decision });
        if (onDecided) onDecided(saved);
        else onClose();
      }}
      onClose={onClose}
    >
      {(form) => <DecisionFields form={form} request={request} />}
    </RecordDialog>
  );
}

function DecisionFields({ form, request }: { form: UseFormReturn<CorrectionRequestInput>; request: CorrectionRequest }) {
  const { t } = useTranslation();
  const { control } = form;
  const [outcome, on] = useWatch({ control, name: ['decision.outcome', 'decision.on'] });
  const label = (key: string) => t(`registers.correctionRequests.fields.${key}`);
  return (
    <Stack spacing={2}>
      <Typography variant="body2">
        {label('whatIsWrong')}: {request.whatIsWrong}
        <br />
        {label('correctionAsked')}: {request.correctionAsked}
      </Typography>
      <RadioField
        control={control}
        name="decision.outcome"
        row
        label={label('outcome')}
        options={CORRECTION_OUTCOMES.map((o) => ({ value: o, label: t(`registers.correctionRequests.outcomes.${o}`) }))}
      />
      <FormTextField control={control} name="decision.on" label={label('decidedOn')} required slotProps={isoDateSlotProps(t)} />
      {outcome === 'corrected' ? (
        <>
          <FormTextField control={control} name="decision.whatChanged" label={label('whatChanged')} required multiline minRows={2} />
          <NotifyRecipients personId={request.personId} correctedOn={on ?? ''} />
        </>
      ) : (
        <FormTextField control={control} name="decision.annotation" label={label('annotation')} helperText={label('annotationHelp')} required multiline minRows={2} />
      )}
    </Stack>
  );
}
