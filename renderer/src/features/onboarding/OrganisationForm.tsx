// The organisation profile form, used by first run (step 1) and by Settings: one form, two places.
import Button from '@mui/material/Button';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { applyFieldErrors } from '../../ui/forms/applyFieldErrors';
import { FormActions } from '../../ui/forms/FormActions';
import { FormTextField } from '../../ui/forms/FormTextField';
import { SavedStatus } from '../../ui/forms/SavedStatus';
import { organisationProfileSchema, type OrganisationProfile } from '../../domain/organisation';
import { DEFAULT_REGIME, REGIMES } from '../../domain/regime';

type OrganisationFormValues = z.input<typeof organisationProfileSchema>;
const FIELDS = ['legalName', 'address', 'phone', 'email', 'defaultRegime'] as const;

export const EMPTY_ORGANISATION: OrganisationFormValues = { legalName: '', address: '', phone: '', email: '', defaultRegime: DEFAULT_REGIME };

interface Props {
  defaultValues?: OrganisationFormValues;
  submitLabel: string;
  onSubmit: (profile: OrganisationProfile) => Promise<void> | void;
  onBack?: () => void;
  /** Shown after a successful submit (Settings); first run moves on instead. */
  savedMessage?: string;
}

export function OrganisationForm({ defaultValues = EMPTY_ORGANISATION, submitLabel, onSubmit, onBack, savedMessage }: Props) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<OrganisationFormValues, unknown, OrganisationProfile>({
    resolver: zodResolver(organisationProfileSchema),
    defaultValues,
    mode: 'onTouched',
  });
  const { control, handleSubmit, formState } = form;

  const submit = handleSubmit(async (profile) => {
    setError(null);
    setSaved(false);
    try {
      await onSubmit(profile);
      setSaved(true);
    } catch (e) {
      if (!applyFieldErrors(e, FIELDS, form.setError)) setError(e);
    }
  });

  return (
    <form noValidate autoComplete="off" onSubmit={submit}>
      <FormTextField control={control} name="legalName" label={t('organisation.legalName')} required />
      <FormTextField control={control} name="address" label={t('organisation.address')} required multiline minRows={3} />
      <FormTextField control={control} name="phone" label={t('organisation.phone')} required type="tel" />
      <FormTextField control={control} name="email" label={t('organisation.email')} required type="email" />
      <FormTextField control={control} name="defaultRegime" label={t('organisation.defaultRegime')} select slotProps={{ select: { native: true } }}>
        {REGIMES.map((regime) => (
          <option key={regime} value={regime}>
            {t(`regimes.${regime}`)}
          </option>
        ))}
      </FormTextField>
      <ErrorAlert error={error} />
      {savedMessage && <SavedStatus message={saved && !formState.isDirty ? savedMessage : null} />}
      <FormActions>
        {onBack && <Button onClick={onBack}>{t('common.back')}</Button>}
        <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
          {submitLabel}
        </Button>
      </FormActions>
    </form>
  );
}
