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

const autoLockSchema = z.object({
  autoLockMinutes: z.coerce.number<string>('validation.autoLockRange').int('validation.autoLockRange').min(1, 'validation.autoLockRange').max(120, 'validation.autoLockRange'),
});

export function AutoLockForm() {
  const { t } = useTranslation();
  const { settings, updateSettings } = useUnlocked();
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<z.input<typeof autoLockSchema>, unknown, z.output<typeof autoLockSchema>>({
    resolver: zodResolver(autoLockSchema),
    defaultValues: { autoLockMinutes: String(settings.autoLockMinutes) },
    mode: 'onTouched',
  });
  const submit = form.handleSubmit(async ({ autoLockMinutes }) => {
    setError(null);
    setSaved(false);
    try {
      await updateSettings({ autoLockMinutes });
      setSaved(true);
      form.reset({ autoLockMinutes: String(autoLockMinutes) });
    } catch (e) {
      setError(e);
    }
  });
  return (
    <form noValidate onSubmit={submit}>
      <FormTextField
        control={form.control}
        name="autoLockMinutes"
        label={t('settings.autoLock.minutes')}
        helperText={t('settings.autoLock.help')}
        type="number"
        slotProps={{ htmlInput: { min: 1, max: 120, step: 1, inputMode: 'numeric' } }}
        sx={{ maxWidth: 520 }}
      />
      <ErrorAlert error={error} />
      <SavedStatus message={saved ? t('common.saved') : null} />
      <FormActions>
        <Button type="submit" variant="contained" disabled={form.formState.isSubmitting}>
          {t('settings.autoLock.save')}
        </Button>
      </FormActions>
    </form>
  );
}
