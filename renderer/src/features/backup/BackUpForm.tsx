// "Back up now": a passphrase for the archive (the vault's or another the administrator keeps),
// then makeBackup with its progress, and a success message only once the file is verified.
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../ui/forms/FormActions';
import { FormTextField } from '../../ui/forms/FormTextField';
import { useServices } from '../../app/services';
import { useUnlocked } from '../../app/unlocked';
import { errorMessage } from '../../ui/errorMessage';
import { passphraseIsStrongEnough } from '../passphrase/checkStrength';
import { newPassphraseSchema, type NewPassphrase } from '../passphrase/newPassphraseSchema';
import { StrengthMeter } from '../passphrase/StrengthMeter';
import { usePassphraseStrength } from '../passphrase/usePassphraseStrength';
import { APP_VERSION } from './appVersion';
import { BackupErrorAlert } from './BackupErrorAlert';
import { makeBackup, type BackupOutcome, type BackupProgress } from './makeBackup';
import { StageProgress } from './StageProgress';

export function BackUpForm() {
  const { t } = useTranslation();
  const { host } = useServices();
  const { session } = useUnlocked();
  const [progress, setProgress] = useState<BackupProgress | null>(null);
  const [outcome, setOutcome] = useState<BackupOutcome | null>(null);
  const [error, setError] = useState<unknown>(null);
  const form = useForm<NewPassphrase>({ resolver: zodResolver(newPassphraseSchema), defaultValues: { passphrase: '', confirmation: '' }, mode: 'onTouched' });
  const userInputs = [session.organisation().legalName, session.officer().name];
  const passphrase = useWatch({ control: form.control, name: 'passphrase' });
  const strength = usePassphraseStrength(passphrase, userInputs);

  const submit = form.handleSubmit(async ({ passphrase }) => {
    setError(null);
    setOutcome(null);
    // The archive leaves this computer: it must resist guessing at least as well as the vault.
    if (!(await passphraseIsStrongEnough(passphrase, form.setError, userInputs))) return;
    try {
      const result = await makeBackup({ session, host, passphrase, appVersion: APP_VERSION, fileTypeName: t('backup.fileType'), onProgress: setProgress });
      setOutcome(result);
      if (result.saved) form.reset();
    } catch (e) {
      setError(e);
    } finally {
      setProgress(null);
    }
  });

  return (
    <form noValidate onSubmit={submit}>
      <FormTextField control={form.control} name="passphrase" label={t('backup.create.passphrase')} type="password" autoComplete="new-password" helperText={t('backup.create.help')} required />
      <StrengthMeter strength={strength} empty={!passphrase} />
      <FormTextField control={form.control} name="confirmation" label={t('backup.create.confirm')} type="password" autoComplete="new-password" required />
      {progress && <StageProgress label={t(`backup.create.stages.${progress.stage}`)} fraction={progress.fraction} />}
      <BackupErrorAlert error={error} title={t('backup.create.failed')} />
      <Outcome outcome={outcome} />
      <FormActions>
        <Button type="submit" variant="contained" disabled={form.formState.isSubmitting}>
          {t('backup.create.submit')}
        </Button>
      </FormActions>
    </form>
  );
}

function Outcome({ outcome }: { outcome: BackupOutcome | null }) {
  const { t } = useTranslation();
  if (!outcome) return null;
  if (!outcome.saved) {
    return (
      <Typography role="status" sx={{ my: 2 }}>
        {t('backup.create.cancelled')}
      </Typography>
    );
  }
  const counts = { fileName: outcome.fileName, people: outcome.manifest.counts.people, requests: outcome.manifest.counts.accessRequests };
  return (
    <>
      <Alert severity="success" role="status" sx={{ my: 2 }}>
        {t(outcome.checkedOnDisk ? 'backup.create.successDisk' : 'backup.create.successDownload', counts)}
      </Alert>
      {outcome.auditError !== undefined && (
        <Alert severity="warning" role="status" sx={{ my: 2 }}>
          {t('backup.create.auditFailed', { detail: errorMessage(t, outcome.auditError) })}
        </Alert>
      )}
    </>
  );
}
