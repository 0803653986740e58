// One whole-number setting with its own Save button (auto-lock minutes, backup reminder days). The
// range is checked here for a message at the field, and again by the store's settings schema.
import Button from '@mui/material/Button';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { FormActions } from '../../ui/forms/FormActions';
import { FormTextField } from '../../ui/forms/FormTextField';
import { SavedStatus } from '../../ui/forms/SavedStatus';
import { useUnlocked } from '../../app/unlocked';
import type { AppSettings } from '../../store/contract';

type NumberSetting = { [K in keyof AppSettings]: AppSettings[K] extends number ? K : never }[keyof AppSettings];

export interface NumberSettingFormProps {
  setting: NumberSetting;
  min: number;
  max: number;
  /** i18n keys: the field label, its help, the button, and the out-of-range message (a `validation.*` key). */
  labelKey: string;
  helpKey: string;
  saveKey: string;
  rangeKey: string;
}

export function NumberSettingForm({ setting, min, max, labelKey, helpKey, saveKey, rangeKey }: NumberSettingFormProps) {
  const { t } = useTranslation();
  const { settings, updateSettings } = useUnlocked();
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const schema = useMemo(() => z.object({ value: z.coerce.number<string>(rangeKey).int(rangeKey).min(min, rangeKey).max(max, rangeKey) }), [min, max, rangeKey]);
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { value: String(settings[setting]) },
    mode: 'onTouched',
  });
  const submit = form.handleSubmit(async ({ value }) => {
    setError(null);
    setSaved(false);
    try {
      await updateSettings({ [setting]: value });
      setSaved(true);
      form.reset({ value: String(value) });
    } catch (e) {
      setError(e);
    }
  });
  return (
    <form noValidate onSubmit={submit}>
      <FormTextField
        control={form.control}
        name="value"
        label={t(labelKey)}
        helperText={t(helpKey)}
        type="number"
        slotProps={{ htmlInput: { min, max, step: 1, inputMode: 'numeric' } }}
        sx={{ maxWidth: 520 }}
      />
      <ErrorAlert error={error} />
      <SavedStatus message={saved ? t('common.saved') : null} />
      <FormActions>
        <Button type="submit" variant="contained" disabled={form.formState.isSubmitting}>
          {t(saveKey)}
        </Button>
      </FormActions>
    </form>
  );
}
