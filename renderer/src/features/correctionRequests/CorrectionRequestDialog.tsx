// Record (or correct) a correction request: who, under which Act, when, what is wrong and what is
// asked. The decision is taken in its own dialog (DecideDialog) and kept as it is here.
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useUnlocked } from '../../app/unlocked';
import { isIsoDate } from '../../domain/isoDate';
import { displayName } from '../../domain/person';
import { REGIMES } from '../../domain/regime';
import { correctionDeadline, correctionRequestsRegister, type CorrectionRequest, type CorrectionRequestInput } from '../../domain/registers/correctionRequests';
import { CheckboxField } from '../../ui/forms/CheckboxField';
import { FormTextField } from '../../ui/forms/FormTextField';
import { isoDateSlotProps } from '../../ui/forms/isoDateInput';
import { SelectField } from '../../ui/forms/SelectField';
import { useFormat } from '../../ui/format';
import { RecordDialog } from '../../ui/registers/RecordDialog';
import { FixedPersonField } from '../accessRequests/forms/FixedPersonField';
import { PersonField } from '../../ui/forms/PersonField';
import { inputOf, useCorrectionRepository } from './useCorrectionRequests';

const schema = correctionRequestsRegister.fields('entered');

interface Props {
  open: boolean;
  /** The request to correct; null records a new one. */
  request: CorrectionRequest | null;
  /** Opened from a person's tab: the person is fixed. */
  personId?: string;
  onClose(): void;
}

export function CorrectionRequestDialog({ open, request, personId, onClose }: Props) {
  const { t } = useTranslation();
  const { session } = useUnlocked();
  const repository = useCorrectionRepository();
  const defaults = useMemo<CorrectionRequestInput>(
    () =>
      request
        ? { ...inputOf(request), evidence: request.evidence ?? '' }
        : {
            personId: personId ?? '',
            regime: session.organisation().defaultRegime,
            receivedOn: session.today(),
            inWriting: true,
            whatIsWrong: '',
            correctionAsked: '',
            evidence: '',
          },
    [request, personId, session],
  );
  return (
    <RecordDialog<CorrectionRequestInput>
      open={open}
      title={request ? t('registers.correctionRequests.editTitle', { reference: request.reference ?? '' }) : t('registers.correctionRequests.newTitle')}
      submitLabel={request ? t('registers.correctionRequests.save') : t('registers.correctionRequests.create')}
      schema={schema}
      defaultValues={defaults}
      onSubmit={async (values) => {
        // The decision is not on this form: an edit keeps the one recorded.
        const input = { ...values, ...(request?.decision ? { decision: request.decision } : {}) };
        if (request) await repository.update(request.id, input);
        else await repository.create(input);
        onClose();
      }}
      onClose={onClose}
    >
      {(form) => <RequestFields form={form} fixedPerson={request?.personId ?? personId} />}
    </RecordDialog>
  );
}

function RequestFields({ form, fixedPerson }: { form: UseFormReturn<CorrectionRequestInput>; fixedPerson?: string }) {
  const { t } = useTranslation();
  const { session } = useUnlocked();
  const format = useFormat();
  const { control } = form;
  const [regime, receivedOn] = useWatch({ control, name: ['regime', 'receivedOn'] });
  const person = fixedPerson ? session.people.get(fixedPerson) : undefined;
  const label = (key: string) => t(`registers.correctionRequests.fields.${key}`);
  const deadline = isIsoDate(receivedOn) ? correctionDeadline(regime, receivedOn) : undefined;
  return (
    <Stack spacing={2}>
      {fixedPerson ? (
        <FixedPersonField control={control} name="personId" label={label('person')} personName={person ? displayName(person) : t('registers.correctionRequests.unknownPerson')} helperText="" />
      ) : (
        <PersonField control={control} name="personId" people={session.people} label={label('person')} autoFocus />
      )}
      <SelectField control={control} name="regime" label={label('regime')} options={REGIMES.map((r) => ({ value: r, label: t(`regimes.${r}`) }))} />
      <FormTextField control={control} name="receivedOn" label={label('receivedOn')} required slotProps={isoDateSlotProps(t)} />
      {deadline && (
        <Typography variant="body2">
          {deadline.due ? `${t('registers.correctionRequests.due', { date: format.date(deadline.due) })} — ` : ''}
          {t(deadline.rule)}
        </Typography>
      )}
      <CheckboxField control={control} name="inWriting" label={label('inWriting')} />
      <FormTextField control={control} name="whatIsWrong" label={label('whatIsWrong')} required multiline minRows={2} />
      <FormTextField control={control} name="correctionAsked" label={label('correctionAsked')} required multiline minRows={2} />
      <FormTextField control={control} name="evidence" label={label('evidence')} multiline minRows={2} />
    </Stack>
  );
}
