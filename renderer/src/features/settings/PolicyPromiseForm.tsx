// What the office's privacy policy promises: an answer within so many business or calendar days.
// It is shown beside each Act's deadline and never changes it (domain/policyPromise.ts). The range
// is checked here for a message at the field, and again by the store's settings schema.
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
import { DEFAULT_POLICY_PROMISE, POLICY_PROMISE_MAX_DAYS, PROMISE_UNITS } from '../../domain/policyPromise';
import { RadioField } from '../../ui/forms/RadioField';

const RANGE = 'validation.policyPromiseRange';
const schema = z.object({
  days: z.coerce.number<string>(RANGE).int(RANGE).min(1, RANGE).max(POLICY_PROMISE_MAX_DAYS, RANGE),
  unit: z.enum(PROMISE_UNITS),
});

export function PolicyPromiseForm() {
  const { t } = useTranslation();
  const { settings, updateSettings } = useUnlocked();
  const current = settings.policyPromise ?? DEFAULT_POLICY_PROMISE;
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { days: String(current.days), unit: current.unit },
    mode: 'onTouched',
  });
  const submit = form.handleSubmit(async (policyPromise) => {
    setError(null);
    setSaved(false);
    try {
      await updateSettings({ policyPromise });
      setSaved(true);
      form.reset({ days: String(policyPromise.days), unit: policyPromise.unit });
    } catch (e) {
      setError(e);
    }
  });
  return (
    <form noValidate onSubmit={submit}>
      <Typography sx={{ mb: 1 }}>{t('settings.policyPromise.intro')}</Typography>
      <Typography sx={{ mb: 2, fontWeight: 600 }}>{t('settings.policyPromise.neverDeadline')}</Typography>
      <FormTextField
        control={form.control}
        name="days"
        label={t('settings.policyPromise.days')}
        helperText={t('settings.policyPromise.help')}
        type="number"
        slotProps={{ htmlInput: { min: 1, max: POLICY_PROMISE_MAX_DAYS, step: 1, inputMode: 'numeric' } }}
        sx={{ maxWidth: 520 }}
      />
      <RadioField
        control={form.control}
        name="unit"
        label={t('settings.policyPromise.unit')}
        options={PROMISE_UNITS.map((unit) => ({ value: unit, label: t(`settings.policyPromise.units.${unit}`) }))}
      />
      <ErrorAlert error={error} />
      <SavedStatus message={saved ? t('common.saved') : null} />
      <FormActions>
        <Button type="submit" variant="contained" disabled={form.formState.isSubmitting}>
          {t('settings.policyPromise.save')}
        </Button>
      </FormActions>
    </form>
  );
}
