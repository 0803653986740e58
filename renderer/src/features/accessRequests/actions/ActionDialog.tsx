// One workflow step in a dialog. First the details, checked by the form and then by the workflow
// itself (applyAction on a copy), so a refusal shows at its field before anything is written. For a
// step that sends a letter, the officer then reads and edits the letter's free paragraphs, may
// preview the PDF, and issues it: the PDF is built from the request as it will be after the step
// and stored with it in one write. Nothing is saved until "Issue letter and record" or "Record".
import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId, useMemo, useState } from 'react';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { SHOWN_AT_FIELD } from '../../../ui/errorMessage';
import { useServices } from '../../../app/services';
import { useUnlocked } from '../../../app/unlocked';
import type { AccessRequest } from '../../../domain/accessRequest';
import { letterParagraphProblems } from '../../../domain/actionText';
import { LIMITS } from '../../../domain/limits';
import { applyAction, letterFor, type AccessAction, type AccessActionType } from '../../../domain/accessWorkflow';
import { displayName } from '../../../domain/person';
import { buildAccessLetterPdf } from '../../../letters/accessLetter';
import { useResponseRecipients } from '../../disclosures/useResponseRecipients';
import { applyStoreErrors } from '../../../ui/forms/applyStoreErrors';
import { FormTextField } from '../../../ui/forms/FormTextField';
import { isoDateSlotProps } from '../../../ui/forms/isoDateInput';
import { actionDefaults, actionField, actionSchema, type ActionValues } from './actionForm';
import { CaiApplicationFields, CaiDecisionFields, StopClockFields } from './ClockFields';
import { ExtendFields } from './ExtendFields';
import { FeeDirectionFields, FeeEstimateFields } from './FeeFields';
import { prepareLetter, withParagraphs, type PreparedLetter } from './letterSupport';
import { RespondFields } from './RespondFields';
import { UnprintableWarning } from './UnprintableWarning';
import { usePersonAnnotations } from '../../correctionRequests/useCorrectionRequests';

interface Props {
  request: AccessRequest;
  type: AccessActionType;
  onClose: () => void;
  /** Called after the step was recorded, with a sentence saying what was done. */
  onDone: (message: string) => void;
}

interface LetterStep {
  action: AccessAction;
  letter: PreparedLetter;
  texts: Record<string, string>;
}

export function ActionDialog({ request, type, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const { session } = useUnlocked();
  const { host } = useServices();
  const titleId = useId();
  const introId = useId();
  const formId = useId();
  const [error, setError] = useState<unknown>(null);
  const [letterStep, setLetterStep] = useState<LetterStep | null>(null);
  const [working, setWorking] = useState<'preview' | 'issue' | 'record' | null>(null);
  const schema = useMemo(() => actionSchema(type, () => session.today()), [type, session]);
  // A response names whom the information was disclosed to: prefilled from the disclosure log, for the officer to review.
  const fromLog = useResponseRecipients(request, type === 'respond');
  // …and the corrections the person asked for that were not made (BC PIPA s.24(3)).
  const annotations = usePersonAnnotations(request.personId);
  const form = useForm<ActionValues, unknown, AccessAction>({
    resolver: zodResolver(schema),
    defaultValues: { ...actionDefaults(request, session.today()), ...(fromLog?.text ? { disclosedTo: fromLog.text } : {}) },
    mode: 'onTouched',
  });
  const caiDecision = useWatch({ control: form.control, name: 'caiDecision' });
  // What the timeline will call it: "Recorded: Acknowledged."
  const label = t(`accessRequests.events.${type}`);

  /** The workflow's own check, on a copy: the request as it would be, or the refusal shown at its field. */
  const check = (action: AccessAction): AccessRequest | null => {
    try {
      // The person's kind: some Acts allow no fee for an employee's information (domain/fees.ts).
      return applyAction(request, action, { today: session.today(), at: new Date().toISOString(), personKind: session.people.get(request.personId)?.kind });
    } catch (e) {
      // On its field when it names one (the alert then only points there), else in the alert: never missed, never twice.
      setError(applyStoreErrors(e, actionField, form.setError, t) ? SHOWN_AT_FIELD : e);
      return null;
    }
  };

  const refused = (e: unknown) => {
    setLetterStep(null);
    setError(applyStoreErrors(e, actionField, form.setError, t) ? SHOWN_AT_FIELD : e);
  };

  const next = form.handleSubmit(async (action) => {
    setError(null);
    const after = check(action);
    if (!after) return;
    const kind = letterFor(action);
    if (!kind) {
      setWorking('record');
      try {
        await session.accessRequests.apply(request.id, action);
        onDone(t('accessRequests.recorded', { action: label }));
      } catch (e) {
        refused(e);
      } finally {
        setWorking(null);
      }
      return;
    }
    const person = session.people.get(request.personId);
    if (!person) {
      setError(new Error('The person of this request was not found.'));
      return;
    }
    try {
      const letter = prepareLetter({ kind, action, after, person, organisation: session.organisation(), officer: session.officer(), commissioners: session.settings().commissioners, annotations });
      setLetterStep({ action, letter, texts: Object.fromEntries(letter.paragraphs.map((p) => [p.key, p.text])) });
    } catch (e) {
      setError(e);
    }
  });

  const buildPdf = (step: LetterStep) => buildAccessLetterPdf(withParagraphs(step.letter.input, step.texts));
  const letterTitle = (step: LetterStep) => t('letters.title', { kind: t(`letters.kinds.${step.letter.kind}`), reference: request.reference });

  const preview = async (step: LetterStep) => {
    setError(null);
    setWorking('preview');
    try {
      await host.previewPdf({ title: letterTitle(step), bytes: await buildPdf(step) });
    } catch (e) {
      setError(e);
    } finally {
      setWorking(null);
    }
  };

  const issue = async (step: LetterStep) => {
    setError(null);
    // Checked again: the day may have changed since the details were checked.
    if (!check(step.action)) {
      setLetterStep(null);
      return;
    }
    setWorking('issue');
    try {
      let pdf: Uint8Array;
      try {
        pdf = await buildPdf(step);
      } catch (e) {
        // The letter failed, not the step: stay on the letter with its edits, the error shown.
        setError(e);
        return;
      }
      await session.accessRequests.apply(request.id, step.action, { kind: step.letter.kind, language: request.language, pdf, paragraphs: step.texts });
      onDone(t('accessRequests.recordedWithLetter', { action: label, kind: t(`letters.kinds.${step.letter.kind}`) }));
    } catch (e) {
      refused(e);
    } finally {
      setWorking(null);
    }
  };

  const person = session.people.get(request.personId);
  // Refused here, with the store's own rule, rather than by the store or the next backup.
  const paragraphProblems = letterStep ? letterParagraphProblems(letterStep.texts) : {};
  const paragraphsOk = Object.keys(paragraphProblems).length === 0;
  const paragraphMessage = (key: string) => {
    const problem = paragraphProblems[`paragraphs.${key}`];
    return problem ? t(problem, { max: LIMITS.letterParagraph.toLocaleString() }) : undefined;
  };
  // The CAI's decision sends the person a notice only when it granted the extension.
  const sendsLetter = LETTER_ACTIONS.has(type) || (type === 'recordCaiDecision' && caiDecision === 'granted');
  return (
    <Dialog open onClose={working ? undefined : onClose} aria-labelledby={titleId} aria-describedby={introId} fullWidth maxWidth="md" scroll="paper">
      <DialogTitle id={titleId}>{t(`accessRequests.actions.${type}.title`, { reference: request.reference })}</DialogTitle>
      <DialogContent dividers>
        {letterStep ? (
          <>
            <DialogContentText id={introId}>
              {t('letters.editIntro', { kind: t(`letters.kinds.${letterStep.letter.kind}`), person: person ? displayName(person) : '', language: t(`languages.${request.language}`) })}
            </DialogContentText>
            {letterStep.letter.paragraphs.length === 0 && <Typography sx={{ mt: 2 }}>{t('letters.noEditable')}</Typography>}
            {letterStep.letter.paragraphs.map((paragraph) => (
              <TextField
                key={paragraph.key}
                label={t(`letters.paragraphs.${paragraph.key}`, { defaultValue: paragraph.label })}
                error={paragraphProblems[`paragraphs.${paragraph.key}`] !== undefined}
                helperText={paragraphMessage(paragraph.key) ?? t('letters.paragraphHelp')}
                autoComplete="off"
                value={letterStep.texts[paragraph.key] ?? ''}
                onChange={(event) => setLetterStep({ ...letterStep, texts: { ...letterStep.texts, [paragraph.key]: event.target.value } })}
                multiline
                minRows={3}
                slotProps={{ htmlInput: { lang: request.language } }}
              />
            ))}
            <UnprintableWarning text={[person ? displayName(person) : '', person?.address ?? '', ...Object.values(letterStep.texts)].join('\n')} />
            <Alert severity="info" role="note" sx={{ mt: 2 }}>
              {t('letters.issueWarning')}
            </Alert>
          </>
        ) : (
          <>
            <DialogContentText id={introId}>{t(`accessRequests.actions.${type}.intro`)}</DialogContentText>
            <FormProvider {...form}>
              <form id={formId} noValidate autoComplete="off" onSubmit={next}>
                <FormTextField
                  control={form.control}
                  name="on"
                  required
                  label={t(`accessRequests.actions.${type}.on`)}
                  slotProps={isoDateSlotProps(t)}
                />
                {type === 'sendFeeEstimate' && <FeeEstimateFields request={request} />}
                {type === 'recordFeeDirection' && <FeeDirectionFields />}
                {type === 'extend' && <ExtendFields request={request} />}
                {type === 'respond' && <RespondFields request={request} fromLog={fromLog} />}
                {type === 'applyToCai' && <CaiApplicationFields request={request} />}
                {type === 'recordCaiDecision' && <CaiDecisionFields request={request} />}
                {type === 'stopClock' && <StopClockFields />}
              </form>
            </FormProvider>
          </>
        )}
        <ErrorAlert error={error} onClose={() => setError(null)} />
      </DialogContent>
      <DialogActions>
        {letterStep ? (
          <>
            <Button onClick={() => setLetterStep(null)} disabled={working !== null}>
              {t('common.back')}
            </Button>
            <Button onClick={() => void preview(letterStep)} disabled={working !== null || !paragraphsOk} variant="outlined">
              {working === 'preview' ? t('letters.preparing') : t('letters.preview')}
            </Button>
            <Button onClick={() => void issue(letterStep)} disabled={working !== null || !paragraphsOk} variant="contained">
              {working === 'issue' ? t('letters.issuing') : t('letters.issue')}
            </Button>
          </>
        ) : (
          <>
            <Button onClick={onClose} disabled={working !== null}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" form={formId} variant="contained" disabled={working !== null || form.formState.isSubmitting}>
              {sendsLetter ? t('letters.next') : working === 'record' ? t('common.saving') : t('accessRequests.record')}
            </Button>
          </>
        )}
      </DialogActions>
    </Dialog>
  );
}

/** Steps that always send a letter (respond sends a response or a refusal). */
const LETTER_ACTIONS = new Set<AccessActionType>(['acknowledge', 'sendFeeEstimate', 'extend', 'respond']);
