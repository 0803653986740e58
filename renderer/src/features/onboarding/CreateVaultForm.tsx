// First run, step 3: choose the passphrase and create the vault.
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { FormActions } from '../../ui/forms/FormActions';
import { passphraseIsStrongEnough } from '../passphrase/checkStrength';
import { NewPassphraseFields } from '../passphrase/NewPassphraseFields';
import { newPassphraseSchema, type NewPassphrase } from '../passphrase/newPassphraseSchema';

interface Props {
  userInputs: string[];
  onCreate: (passphrase: string) => Promise<void>;
  onBack: () => void;
}

export function CreateVaultForm({ userInputs, onCreate, onBack }: Props) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const form = useForm<NewPassphrase>({
    resolver: zodResolver(newPassphraseSchema),
    defaultValues: { passphrase: '', confirmation: '' },
    mode: 'onTouched',
  });
  const { control, handleSubmit, formState } = form;

  const submit = handleSubmit(async ({ passphrase }) => {
    setError(null);
    if (!(await passphraseIsStrongEnough(passphrase, form.setError, userInputs))) return;
    try {
      await onCreate(passphrase);
    } catch (e) {
      setError(e);
    }
  });

  return (
    <form noValidate onSubmit={submit}>
      <Typography sx={{ mb: 1 }}>{t('passphrase.intro')}</Typography>
      <NewPassphraseFields control={control} userInputs={userInputs} />
      <ErrorAlert error={error} />
      {formState.isSubmitting && <Typography role="status">{t('firstRun.creating')}</Typography>}
      <FormActions>
        <Button onClick={onBack} disabled={formState.isSubmitting}>
          {t('common.back')}
        </Button>
        <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
          {t('firstRun.create')}
        </Button>
      </FormActions>
    </form>
  );
}
