// After a withdrawal is recorded: issue the confirmation letter (EN/FR), sealed with the entry and
// never changed, then save it as PDF to send. Also reachable later for a withdrawal entry.
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnlocked } from '../../app/unlocked';
import type { Language } from '../../domain/language';
import { consentsRegister, type ConsentEntry } from '../../domain/registers/consents';
import { buildRecordLetterPdf } from '../../letters/recordLetterPdf';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LetterLanguageField } from '../../ui/registers/LetterLanguageField';
import { RecordLettersList } from '../../ui/registers/RecordLettersList';
import { useRecordLetters } from '../../ui/registers/useRecordLetters';
import { useConsentEntries, usePurposeName } from './useConsents';
import { withdrawalLetterInput } from './withdrawalLetter';

const KIND = 'consentWithdrawal';

/** `withdrawal`: the withdrawal entry; closed when null. */
export function WithdrawalLetterDialog({ withdrawal, onClose }: { withdrawal: ConsentEntry | null; onClose(): void }) {
  const { t } = useTranslation();
  const { session } = useUnlocked();
  const purposeName = usePurposeName();
  // Kept while the dialog fades out, so its content does not change as it closes.
  const shown = useRef(withdrawal);
  if (withdrawal) shown.current = withdrawal;
  const target = withdrawal ?? shown.current;
  // The entry as it is now (its letters change when one is issued).
  const entries = useConsentEntries(target?.personId);
  const entry = entries.find((e) => e.id === target?.id) ?? target ?? undefined;
  const actions = useRecordLetters(consentsRegister, entry);
  const [language, setLanguage] = useState<Language>(session.settings().language);
  const person = entry ? session.people.get(entry.personId) : undefined;
  const letters = entry?.letters ?? [];
  const build = () => {
    if (!entry || !person) throw new Error('The person of this entry was not found.');
    return buildRecordLetterPdf(withdrawalLetterInput(session, entry, person, purposeName(entry.purposeId), language));
  };
  const title = t('recordLetters.consent.letters', { reference: entry?.reference ?? '' });
  return (
    <Dialog open={withdrawal !== null} onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="withdrawal-letter-title">
      <DialogTitle id="withdrawal-letter-title">{title}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {letters.length === 0 && <Typography>{t('recordLetters.consent.offer')}</Typography>}
          {entry?.consequences && (
            <Typography variant="body2" sx={{ whiteSpace: 'pre-line' }}>
              {t('registers.consents.fields.consequences')}: {entry.consequences}
            </Typography>
          )}
          {entry?.legalObligation && (
            <Typography variant="body2" sx={{ whiteSpace: 'pre-line' }}>
              {t('registers.consents.fields.legalObligation')}: {entry.legalObligation}
            </Typography>
          )}
          <LetterLanguageField value={language} onChange={setLanguage} disabled={actions.busy} />
          <Alert severity="info" role="note">{t('recordLetters.issueWarning')}</Alert>
          <Stack direction="row" spacing={1}>
            <Button variant="outlined" disabled={actions.busy} onClick={() => void actions.preview(t(`letters.kinds.${KIND}`), build)}>
              {t('recordLetters.preview')}
            </Button>
            <Button variant="contained" disabled={actions.busy} onClick={() => void actions.issue({ kind: KIND, language, issuedOn: session.today() }, build)}>
              {t('recordLetters.consent.issue')}
            </Button>
          </Stack>
          <ErrorAlert error={actions.error} onClose={actions.clearError} />
          {actions.status && <Alert severity="success" role="status">{actions.status}</Alert>}
          <Typography variant="h3" sx={{ fontSize: '1.1rem' }}>
            {t('recordLetters.heading')}
          </Typography>
          <RecordLettersList letters={letters} actions={actions} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('recordLetters.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
