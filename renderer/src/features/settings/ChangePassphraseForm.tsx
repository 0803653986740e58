// Change the passphrase: the current one proves it is the officer; the vault rewraps its key. Or,
// when the officer fears the laptop's files were copied, rotate: every record re-encrypted under a
// new key (with progress; all or nothing), after which the old kit is dead and a new one is shown.
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Alert from '@mui/material/Alert';
import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { FormActions } from '../../ui/forms/FormActions';
import { FormTextField } from '../../ui/forms/FormTextField';
import { SavedStatus } from '../../ui/forms/SavedStatus';
import { useUnlocked } from '../../app/unlocked';
import { WrongPassphraseError } from '../../store/errors';
import { StageProgress } from '../backup/StageProgress';
import { passphraseIsStrongEnough } from '../passphrase/checkStrength';
import { NewPassphraseFields } from '../passphrase/NewPassphraseFields';
import { newPassphraseShape, refineMatchingPassphrases } from '../passphrase/newPassphraseSchema';
import { NewRecoveryKit } from './ReplaceRecoveryKit';

const changeSchema = refineMatchingPassphrases(z.object({ current: z.string().min(1, 'validation.required'), ...newPassphraseShape }));
type ChangeValues = z.infer<typeof changeSchema>;

export function ChangePassphraseForm() {
  const { t } = useTranslation();
  const { session } = useUnlocked();
  const helpId = useId();
  const [error, setError] = useState<unknown>(null);
  const [changed, setChanged] = useState(false);
  const [rotate, setRotate] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [rotated, setRotated] = useState<{ recoveryKey: string; createdAt: Date } | null>(null);
  const form = useForm<ChangeValues>({
    resolver: zodResolver(changeSchema),
    defaultValues: { current: '', passphrase: '', confirmation: '' },
    mode: 'onTouched',
  });
  const organisation = session.organisation();
  const officer = session.officer();

  const submit = form.handleSubmit(async ({ current, passphrase }) => {
    setError(null);
    setChanged(false);
    if (!(await passphraseIsStrongEnough(passphrase, form.setError, [organisation.legalName, officer.name]))) return;
    try {
      if (rotate) {
        setProgress(0);
        const recoveryKey = await session.rotateKeys(current, passphrase, setProgress);
        setRotated({ recoveryKey, createdAt: new Date() });
        setRotate(false);
      } else {
        await session.changePassphrase(current, passphrase);
        setChanged(true);
      }
      form.reset();
    } catch (e) {
      if (e instanceof WrongPassphraseError) form.setError('current', { type: 'store', message: 'validation.wrongPassphrase' }, { shouldFocus: true });
      else setError(e);
    } finally {
      setProgress(null);
    }
  });

  if (rotated) {
    // The old kit opens nothing now: the new one must be shown before anything else.
    return (
      <>
        <Alert severity="success" sx={{ mb: 2 }}>
          {t('settings.passphrase.rotated')}
        </Alert>
        <NewRecoveryKit recoveryKey={rotated.recoveryKey} createdAt={rotated.createdAt} onConfirmed={() => setRotated(null)} />
      </>
    );
  }

  return (
    <form noValidate onSubmit={submit}>
      <FormTextField control={form.control} name="current" label={t('passphrase.current')} type="password" autoComplete="current-password" required />
      <NewPassphraseFields control={form.control} userInputs={[organisation.legalName, officer.name]} />
      <FormControlLabel
        sx={{ mt: 1 }}
        control={<Checkbox checked={rotate} onChange={(event) => setRotate(event.target.checked)} slotProps={{ input: { 'aria-describedby': helpId } }} />}
        label={t('settings.passphrase.rotate')}
        disabled={form.formState.isSubmitting}
      />
      <FormHelperText id={helpId}>{t('settings.passphrase.rotateHelp')}</FormHelperText>
      {progress !== null && <StageProgress label={t('settings.passphrase.rotating')} fraction={progress} />}
      <ErrorAlert error={error} />
      <SavedStatus message={changed ? t('settings.passphrase.changed') : null} />
      <FormActions>
        <Button type="submit" variant="contained" disabled={form.formState.isSubmitting}>
          {t('settings.passphrase.submit')}
        </Button>
      </FormActions>
    </form>
  );
}
