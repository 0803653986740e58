// Forgotten passphrase: the recovery key opens the vault and a new passphrase replaces the old one.
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { FormTextField } from '../../ui/forms/FormTextField';
import { useServices } from '../../app/services';
import { monospaceFont } from '../../app/theme';
import type { Session } from '../../store/contract';
import { WrongRecoveryKeyError } from '../../store/errors';
import { passphraseIsStrongEnough } from '../passphrase/checkStrength';
import { NewPassphraseFields } from '../passphrase/NewPassphraseFields';
import { newPassphraseShape, refineMatchingPassphrases } from '../passphrase/newPassphraseSchema';

const recoverySchema = refineMatchingPassphrases(
  z.object({ recoveryKey: z.string().trim().min(1, 'validation.recoveryKeyRequired'), ...newPassphraseShape }),
);
type RecoveryValues = z.infer<typeof recoverySchema>;

interface Props {
  onUnlocked: (session: Session) => void;
  onBack: () => void;
}

export function RecoveryForm({ onUnlocked, onBack }: Props) {
  const { t } = useTranslation();
  const { gate } = useServices();
  const [error, setError] = useState<unknown>(null);
  const form = useForm<RecoveryValues>({
    resolver: zodResolver(recoverySchema),
    defaultValues: { recoveryKey: '', passphrase: '', confirmation: '' },
    mode: 'onTouched',
  });
  const { control, handleSubmit, formState } = form;

  const submit = handleSubmit(async ({ recoveryKey, passphrase }) => {
    setError(null);
    if (!(await passphraseIsStrongEnough(passphrase, form.setError))) return;
    try {
      // Whitespace is layout from the printed kit; the vault decides what else to normalise.
      onUnlocked(await gate.recover(recoveryKey.replace(/\s+/g, ' ').trim(), passphrase));
    } catch (e) {
      if (e instanceof WrongRecoveryKeyError) {
        form.setError('recoveryKey', { type: 'store', message: 'validation.wrongRecoveryKey' }, { shouldFocus: true });
      } else {
        setError(e);
      }
    }
  });

  return (
    <form noValidate onSubmit={submit}>
      <Typography sx={{ mb: 1 }}>{t('recovery.intro')}</Typography>
      <FormTextField
        control={control}
        name="recoveryKey"
        label={t('recovery.key')}
        helperText={t('recovery.keyHelp')}
        autoComplete="off"
        autoFocus
        required
        slotProps={{ htmlInput: { spellCheck: false, autoCapitalize: 'characters', style: { fontFamily: monospaceFont, letterSpacing: '0.06em' } } }}
      />
      <NewPassphraseFields control={control} />
      <ErrorAlert error={error} />
      <Stack direction="row" spacing={2} sx={{ mt: 2, alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <Link component="button" type="button" onClick={onBack} variant="body1">
          {t('recovery.back')}
        </Link>
        <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t('recovery.recovering') : t('recovery.submit')}
        </Button>
      </Stack>
    </form>
  );
}
