// Change the passphrase: the current one proves it is the officer; the vault rewraps its key.
import Button from '@mui/material/Button';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ErrorAlert } from '../../app/ErrorAlert';
import { FormActions } from '../../app/forms/FormActions';
import { FormTextField } from '../../app/forms/FormTextField';
import { SavedStatus } from '../../app/forms/SavedStatus';
import { useUnlocked } from '../../app/unlocked';
import { WrongPassphraseError } from '../../store/errors';
import { passphraseIsStrongEnough } from '../passphrase/checkStrength';
import { NewPassphraseFields } from '../passphrase/NewPassphraseFields';
import { newPassphraseShape, refineMatchingPassphrases } from '../passphrase/newPassphraseSchema';

const changeSchema = refineMatchingPassphrases(z.object({ current: z.string().min(1, 'validation.required'), ...newPassphraseShape }));
type ChangeValues = z.infer<typeof changeSchema>;

export function ChangePassphraseForm() {
  const { t } = useTranslation();
  const { session } = useUnlocked();
  const [error, setError] = useState<unknown>(null);
  const [changed, setChanged] = useState(false);
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
      await session.changePassphrase(current, passphrase);
      form.reset();
      setChanged(true);
    } catch (e) {
      if (e instanceof WrongPassphraseError) form.setError('current', { type: 'store', message: 'validation.wrongPassphrase' }, { shouldFocus: true });
      else setError(e);
    }
  });

  return (
    <form noValidate onSubmit={submit}>
      <FormTextField control={form.control} name="current" label={t('passphrase.current')} type="password" autoComplete="current-password" required />
      <NewPassphraseFields control={form.control} userInputs={[organisation.legalName, officer.name]} />
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
