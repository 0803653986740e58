// A correction request's letters: the acknowledgement, the outcome once decided, and once corrected
// one correction notice per organisation that received the information in the year before. Each is
// sealed with the request as issued and never changed; "Save PDF" gives it back to send.
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnlocked } from '../../app/unlocked';
import { recipientIdOf, type DisclosedRecipient } from '../../domain/corrections';
import type { Language } from '../../domain/language';
import type { RecordLetterInput } from '../../domain/letters/recordLetters';
import { correctionRequestsRegister, type CorrectionRequest } from '../../domain/registers/correctionRequests';
import { disclosuresRegister } from '../../domain/registers/disclosures';
import { buildRecordLetterPdf } from '../../letters/recordLetterPdf';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LetterLanguageField } from '../../ui/registers/LetterLanguageField';
import { RecordLettersList } from '../../ui/registers/RecordLettersList';
import { useRecordLetters } from '../../ui/registers/useRecordLetters';
import { useRegisterRecords } from '../../ui/registers/useRegisterRecords';
import { acknowledgementInput, noticeInput, noticeRecipients, outcomeInput } from './correctionLetters';
import { NotifyRecipients } from './NotifyRecipients';
import { useCorrectionRequests } from './useCorrectionRequests';

/** `request`: the request whose letters are shown; closed when null. */
export function CorrectionLettersDialog({ request, onClose }: { request: CorrectionRequest | null; onClose(): void }) {
  const { t } = useTranslation();
  const { session } = useUnlocked();
  // Kept while the dialog fades out, so its content does not change as it closes.
  const shown = useRef(request);
  if (request) shown.current = request;
  const target = request ?? shown.current;
  const records = useCorrectionRequests(target?.personId);
  const current = records.find((r) => r.id === target?.id) ?? target ?? undefined;
  const disclosures = useRegisterRecords(disclosuresRegister, target?.personId ?? '');
  const actions = useRecordLetters(correctionRequestsRegister, current);
  const [language, setLanguage] = useState<Language>(session.settings().language);
  const person = current ? session.people.get(current.personId) : undefined;
  const recipients = useMemo(() => (current ? noticeRecipients(current, disclosures) : []), [current, disclosures]);
  const letters = current?.letters ?? [];
  const today = session.today();

  const pdf = (input: () => RecordLetterInput) => () => buildRecordLetterPdf(input());
  const need = () => {
    if (!current || !person) throw new Error('The person of this request was not found.');
    return { current, person };
  };
  const issue = (kind: string, input: () => RecordLetterInput, recipientId?: string) =>
    void actions.issue({ kind, language, issuedOn: today, ...(recipientId ? { recipientId } : {}) }, pdf(input));
  const issueNotice = (recipient: DisclosedRecipient) => {
    const to = recipients.find((r) => r.id === recipientIdOf(recipient));
    if (!to) return;
    issue('correctionNotice', () => noticeInput(session, need().current, need().person, language, to), to.id);
  };
  const recipientName = (letter: { recipientId?: string }) => recipients.find((r) => r.id === letter.recipientId)?.recipient.name ?? (letter.recipientId ? letter.recipientId.split('\n')[0] : undefined);

  return (
    <Dialog open={request !== null} onClose={onClose} maxWidth="md" fullWidth aria-labelledby="correction-letters-title">
      <DialogTitle id="correction-letters-title">{t('recordLetters.correction.letters', { reference: current?.reference ?? '' })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <LetterLanguageField value={language} onChange={setLanguage} disabled={actions.busy} />
          <Alert severity="info" role="note">{t('recordLetters.issueWarning')}</Alert>
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
            <Button variant="outlined" disabled={actions.busy} onClick={() => issue('correctionAcknowledgement', () => acknowledgementInput(session, need().current, need().person, language))}>
              {t('recordLetters.correction.acknowledge')}
            </Button>
            <Button
              variant="outlined"
              disabled={actions.busy || !current?.decision}
              onClick={() => issue('correctionOutcome', () => outcomeInput(session, need().current, need().person, language, recipients.map((r) => r.recipient)))}
            >
              {t('recordLetters.correction.outcome')}
            </Button>
          </Stack>
          {!current?.decision && <Typography variant="body2">{t('recordLetters.correction.outcomeNeedsDecision')}</Typography>}
          {current?.decision?.outcome === 'corrected' && (
            <NotifyRecipients
              personId={current.personId}
              correctedOn={current.decision.on}
              notices={{ busy: actions.busy, issue: issueNotice, issued: (id) => letters.filter((l) => l.kind === 'correctionNotice' && l.recipientId === id) }}
            />
          )}
          <ErrorAlert error={actions.error} onClose={actions.clearError} />
          {actions.status && (
            <Alert severity="success" role="status">
              {actions.status}
            </Alert>
          )}
          <Typography variant="h3" sx={{ fontSize: '1.1rem' }}>
            {t('recordLetters.heading')}
          </Typography>
          <RecordLettersList letters={letters} actions={actions} recipientName={recipientName} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('recordLetters.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
