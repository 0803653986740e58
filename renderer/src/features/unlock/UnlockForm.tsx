// Unlock with the passphrase. A wrong one says so, with the count of failed tries; after too many
// the vault refuses for a while and the button waits out the countdown.
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useServices } from '../../app/services';
import type { FirstScreen, Session } from '../../store/contract';
import { TooManyAttemptsError, WrongPassphraseError } from '../../store/errors';
import { useCountdown } from './useCountdown';

interface Props {
  onUnlocked: (session: Session) => void;
  onUseRecoveryKey: () => void;
  /** The dashboard before the records are open (see VaultGate.unlock); resolves once painted. */
  onFirstScreen?: (screen: FirstScreen) => Promise<void>;
  /** An error after the first screen replaced this form: the form cannot show it, its parent must. */
  onFailed?: (error: unknown) => void;
}

export function UnlockForm({ onUnlocked, onUseRecoveryKey, onFirstScreen, onFailed }: Props) {
  const { t } = useTranslation();
  const { gate } = useServices();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(0);
  const [nextTryAt, setNextTryAt] = useState<number | null>(null);
  const [wrong, setWrong] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const input = useRef<HTMLInputElement>(null);
  const waitSeconds = useCountdown(nextTryAt);
  const countdownId = useId();
  const reasonId = useId();

  // A restart must not reset the wait: ask the vault where the count stands.
  useEffect(() => {
    let current = true;
    gate.attempts().then(
      (a) => {
        if (!current) return;
        setFailed(a.failed);
        setNextTryAt(a.nextTryAt !== null && a.nextTryAt > Date.now() ? a.nextTryAt : null);
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [gate]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!passphrase || waitSeconds > 0 || busy) return;
    setBusy(true);
    setWrong(false);
    setError(null);
    try {
      const session = await gate.unlock(passphrase, onFirstScreen ? { onFirstScreen } : undefined);
      onUnlocked(session);
      return;
    } catch (e) {
      setPassphrase('');
      if (e instanceof WrongPassphraseError) {
        setWrong(true);
        setFailed(e.failedAttempts);
        const attempts = await gate.attempts().catch(() => null);
        if (attempts?.nextTryAt && attempts.nextTryAt > Date.now()) setNextTryAt(attempts.nextTryAt);
      } else if (e instanceof TooManyAttemptsError) {
        setNextTryAt(Date.now() + e.retryAfterMs);
      } else {
        setError(e);
        onFailed?.(e);
      }
    }
    setBusy(false);
    input.current?.focus();
  };

  const waiting = waitSeconds > 0;
  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <TextField
        inputRef={input}
        label={t('unlock.passphrase')}
        type="password"
        autoComplete="current-password"
        autoFocus
        value={passphrase}
        onChange={(event) => setPassphrase(event.target.value)}
        error={wrong}
        required
      />
      {wrong && (
        <Alert severity="error" role="alert" sx={{ my: 1 }}>
          {t('errors.wrongPassphrase')} {t('unlock.failedCount', { count: failed })}
        </Alert>
      )}
      {!wrong && failed > 0 && <Typography variant="body2">{t('unlock.failedCount', { count: failed })}</Typography>}
      {waiting && (
        <Alert id={countdownId} severity="warning" role="status" sx={{ my: 1 }}>
          {t('unlock.waitCountdown', { count: waitSeconds })}
        </Alert>
      )}
      <ErrorAlert error={error} />
      <Stack direction="row" spacing={2} sx={{ mt: 2, alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <Link component="button" type="button" onClick={onUseRecoveryKey} variant="body1">
          {t('unlock.useRecoveryKey')}
        </Link>
        {/* A greyed-out button says why: the countdown while waiting, else the empty field. */}
        <Stack sx={{ alignItems: 'flex-end' }}>
          <Button
            type="submit"
            variant="contained"
            size="large"
            disabled={busy || waiting || !passphrase}
            aria-describedby={waiting ? countdownId : !passphrase ? reasonId : undefined}
          >
            {busy ? t('unlock.unlocking') : t('unlock.submit')}
          </Button>
          {!waiting && !passphrase && (
            <Typography id={reasonId} variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
              {t('unlock.needPassphrase')}
            </Typography>
          )}
        </Stack>
      </Stack>
    </form>
  );
}
