// "Verify audit trail": the store re-reads every entry from disk and walks the hash chain. The answer
// is a sentence, never a colour alone: intact with its count, or the entry where the chain breaks,
// how it breaks, and what the officer should do next; entries carried as lost and records found not
// as Custodian last wrote them are said too.
import FactCheckIcon from '@mui/icons-material/FactCheck';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert';
import type { AuditTrail, AuditVerification, RecordProblem } from '../../store/contract';
import { recordProblemWords } from './TrailDamage';

export function VerifyTrail({ trail }: { trail: AuditTrail }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<AuditVerification | null>(null);
  const [error, setError] = useState<unknown>(null);

  const verify = async () => {
    setBusy(true);
    setResult(null);
    setError(null);
    try {
      setResult(await trail.verify());
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box sx={{ mb: 2 }}>
      <Button variant="outlined" startIcon={<FactCheckIcon />} onClick={() => void verify()} disabled={busy}>
        {busy ? t('audit.verify.running') : t('audit.verify.button')}
      </Button>
      {/* Exists before the answer arrives, so screen readers announce the answer politely. */}
      <Box aria-live="polite" sx={{ mt: result?.ok ? 2 : 0 }}>
        {result?.ok && (
          <Alert severity={result.lost ? 'warning' : 'success'} variant="outlined" role="none">
            {t('audit.verify.ok', { count: result.entries })}
            {result.lost && <Typography sx={{ mt: 1 }}>{t('audit.verify.lost', { count: result.lost.length, entries: result.lost.join(', ') })}</Typography>}
          </Alert>
        )}
      </Box>
      {result && !result.ok && <BrokenTrail result={result} />}
      {result?.records && <RecordsNotAsWritten records={result.records} />}
      <ErrorAlert error={error} onClose={() => setError(null)} />
    </Box>
  );
}

function BrokenTrail({ result }: { result: Extract<AuditVerification, { ok: false }> }) {
  const { t } = useTranslation();
  return (
    <Alert severity="error" variant="outlined" role="alert" sx={{ borderWidth: 2, mt: 2 }}>
      <AlertTitle>{t('audit.verify.brokenTitle')}</AlertTitle>
      <Typography sx={{ mb: 1 }}>{t(`audit.verify.reason.${result.reason}`, { entry: result.brokenAt, count: result.entries })}</Typography>
      <Typography sx={{ mb: 1 }}>{t('audit.verify.meaning', { entry: result.brokenAt })}</Typography>
      <Typography component="p" sx={{ fontWeight: 600 }}>
        {t('audit.verify.whatToDo')}
      </Typography>
      <Box component="ol" sx={{ mt: 0.5, mb: 0, pl: 3 }}>
        <li>
          {t('audit.verify.stepRestore')} <Link href="#/backup">{t('audit.verify.backupLink')}</Link>
        </li>
        <li>{t('audit.verify.stepSupport', { entry: result.brokenAt, reason: result.reason })}</li>
      </Box>
    </Alert>
  );
}

function RecordsNotAsWritten({ records }: { records: readonly RecordProblem[] }) {
  const { t } = useTranslation();
  return (
    <Alert severity="error" variant="outlined" role="alert" sx={{ borderWidth: 2, mt: 2 }}>
      <AlertTitle>{t('audit.verify.recordsTitle')}</AlertTitle>
      <Box component="ul" sx={{ mt: 0, mb: 1, pl: 3 }}>
        {records.map((r) => (
          <li key={`${r.table}-${r.id}`}>{recordProblemWords(t, r)}</li>
        ))}
      </Box>
      <Typography>{t('audit.verify.recordsAdvice')}</Typography>
    </Alert>
  );
}
