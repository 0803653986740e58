// First run, step 4: the recovery key, shown once, with the kit to save or print. Continue stays
// disabled until the officer confirms the kit is kept: without it a forgotten passphrase is final.
// Also shown after a new recovery key is made (settings, key rotation, a kit never confirmed).
// A kit kept on the laptop is lost or stolen with it, so the step says to keep it off the laptop.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { FormActions } from '../../ui/forms/FormActions';
import { useLanguage } from '../../app/languageContext';
import { useServices } from '../../app/services';
import { monospaceFont } from '../../app/theme';
import { buildRecoveryKitPdf } from '../../letters/recoveryKit';
import { recoveryKeyGroups } from '../../letters/recoveryKeyGroups';

export const RECOVERY_KIT_FILE_NAME = 'Custodian-recovery-kit.pdf';

interface Props {
  recoveryKey: string;
  organisationName: string;
  createdAt: Date;
  /** After the officer confirms the kit is kept; typically records the confirmation (session.confirmRecoveryKit). */
  onContinue: () => void | Promise<void>;
  /** The Continue button's words; "Continue to Custodian" by default. */
  continueLabel?: string;
}

export function RecoveryKitStep({ recoveryKey, organisationName, createdAt, onContinue, continueLabel }: Props) {
  const { t } = useTranslation();
  const { host } = useServices();
  const { language } = useLanguage();
  const [confirmed, setConfirmed] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const pdfCache = useRef<{ language: string; bytes: Promise<Uint8Array> } | null>(null);

  const pdf = () => {
    if (pdfCache.current?.language !== language) {
      pdfCache.current = { language, bytes: buildRecoveryKitPdf({ language, organisationName, recoveryKey, createdAt }) };
    }
    return pdfCache.current.bytes;
  };

  const run = async (action: () => Promise<string>) => {
    setBusy(true);
    setError(null);
    setStatus(null);
    try {
      setStatus(await action());
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const save = () =>
    run(async () => {
      const outcome = await host.saveFile({ suggestedName: RECOVERY_KIT_FILE_NAME, filters: [{ name: 'PDF', extensions: ['pdf'] }], bytes: await pdf(), offDevice: true });
      return outcome.saved ? t('recoveryKit.savedAs', { fileName: outcome.fileName }) : t('recoveryKit.saveCancelled');
    });

  const proceed = async () => {
    setBusy(true);
    setError(null);
    try {
      await onContinue();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const print = () =>
    run(async () => {
      await host.printPdf({ title: t('recoveryKit.fileTitle'), bytes: await pdf() });
      return t('recoveryKit.printSent');
    });

  return (
    <Box>
      <Typography sx={{ mb: 2 }}>{t('recoveryKit.intro')}</Typography>
      <Alert severity="warning" role="note" sx={{ mb: 2 }}>
        {t('recoveryKit.offDevice')}
      </Alert>
      <Box
        role="group"
        aria-label={t('recoveryKit.keyLabel')}
        data-testid="recovery-key"
        sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, p: 3, border: 2, borderColor: 'primary.main', borderRadius: 1, bgcolor: 'background.default', fontFamily: monospaceFont, fontSize: { xs: '1.3rem', md: '1.75rem' }, fontWeight: 700, letterSpacing: '0.08em' }}
      >
        {recoveryKeyGroups(recoveryKey).map((group, i) => (
          <span key={i}>{group}</span>
        ))}
      </Box>
      <Stack direction="row" spacing={2} sx={{ mt: 3, flexWrap: 'wrap' }}>
        <Button variant="outlined" onClick={() => void save()} disabled={busy}>
          {t('recoveryKit.save')}
        </Button>
        <Button variant="outlined" onClick={() => void print()} disabled={busy}>
          {t('recoveryKit.print')}
        </Button>
      </Stack>
      <Typography role="status" variant="body2" sx={{ mt: 1, minHeight: '1.5em' }}>
        {status ?? ''}
      </Typography>
      <ErrorAlert error={error} />
      <FormControlLabel
        sx={{ mt: 2 }}
        control={<Checkbox checked={confirmed} onChange={(event) => setConfirmed(event.target.checked)} />}
        label={t('recoveryKit.confirm')}
      />
      <FormActions>
        <Button variant="contained" disabled={!confirmed || busy} onClick={() => void proceed()}>
          {continueLabel ?? t('recoveryKit.continue')}
        </Button>
      </FormActions>
    </Box>
  );
}
