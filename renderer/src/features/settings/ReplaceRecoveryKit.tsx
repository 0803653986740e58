// A new recovery key in place of the old (whose kit stops working at once), then the same kit step
// as on first run. The current passphrase proves it is the officer: someone at an unlocked laptop
// cannot quietly revoke the kit the officer keeps.
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { FormActions } from '../../ui/forms/FormActions';
import { FormTextField } from '../../ui/forms/FormTextField';
import { SavedStatus } from '../../ui/forms/SavedStatus';
import { useUnlocked } from '../../app/unlocked';
import { WrongPassphraseError } from '../../store/errors';
import { RecoveryKitStep } from '../onboarding/RecoveryKitStep';

const replaceSchema = z.object({ current: z.string().min(1, 'validation.required') });
type ReplaceValues = z.infer<typeof replaceSchema>;

/** The kit of a recovery key just made, shown until the officer confirms it is kept. */
export function NewRecoveryKit({ recoveryKey, createdAt, onConfirmed }: { recoveryKey: string; createdAt: Date; onConfirmed: () => void }) {
  const { t } = useTranslation();
  const { session } = useUnlocked();
  return (
    <RecoveryKitStep
      recoveryKey={recoveryKey}
      organisationName={session.organisation().legalName}
      createdAt={createdAt}
      continueLabel={t('common.close')}
      onContinue={async () => {
        await session.confirmRecoveryKit();
        onConfirmed();
      }}
    />
  );
}

export function ReplaceRecoveryKit({ onConfirmed }: { onConfirmed?: () => void }) {
  const { t } = useTranslation();
  const { session } = useUnlocked();
  const [error, setError] = useState<unknown>(null);
  const [made, setMade] = useState<{ recoveryKey: string; createdAt: Date } | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const form = useForm<ReplaceValues>({ resolver: zodResolver(replaceSchema), defaultValues: { current: '' }, mode: 'onTouched' });

  const submit = form.handleSubmit(async ({ current }) => {
    setError(null);
    setConfirmed(false);
    try {
      const recoveryKey = await session.replaceRecoveryKey(current);
      form.reset();
      setMade({ recoveryKey, createdAt: new Date() });
    } catch (e) {
      if (e instanceof WrongPassphraseError) form.setError('current', { type: 'store', message: 'validation.wrongPassphrase' }, { shouldFocus: true });
      else setError(e);
    }
  });

  if (made) {
    return (
      <>
        <Alert severity="success" sx={{ mb: 2 }}>
          {t('recoveryKit.replace.replaced')}
        </Alert>
        <NewRecoveryKit
          recoveryKey={made.recoveryKey}
          createdAt={made.createdAt}
          onConfirmed={() => {
            setMade(null);
            setConfirmed(true);
            onConfirmed?.();
          }}
        />
      </>
    );
  }

  return (
    <form noValidate onSubmit={submit}>
      <Typography sx={{ mb: 1 }}>{t('recoveryKit.replace.intro')}</Typography>
      <FormTextField control={form.control} name="current" label={t('passphrase.current')} type="password" autoComplete="current-password" required />
      <ErrorAlert error={error} />
      <SavedStatus message={confirmed ? t('recoveryKit.replace.confirmed') : null} />
      <FormActions>
        <Button type="submit" variant="contained" disabled={form.formState.isSubmitting}>
          {t('recoveryKit.replace.submit')}
        </Button>
      </FormActions>
    </form>
  );
}
