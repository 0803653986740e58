// The privacy officer form, used by first run (step 2) and by Settings.
import Button from '@mui/material/Button';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { applyFieldErrors } from '../../ui/forms/applyFieldErrors';
import { FormActions } from '../../ui/forms/FormActions';
import { FormTextField } from '../../ui/forms/FormTextField';
import { SavedStatus } from '../../ui/forms/SavedStatus';
import { privacyOfficerSchema, type PrivacyOfficer } from '../../domain/organisation';
import { SignatureField } from './SignatureField';

const officerTextSchema = privacyOfficerSchema.pick({ name: true, title: true, titleFr: true });
type OfficerText = { name: string; title: string; titleFr?: string };
const FIELDS = ['name', 'title', 'titleFr'] as const;

interface Props {
  defaultValues?: PrivacyOfficer;
  submitLabel: string;
  onSubmit: (officer: PrivacyOfficer) => Promise<void> | void;
  onBack?: () => void;
  savedMessage?: string;
}

export function OfficerForm({ defaultValues, submitLabel, onSubmit, onBack, savedMessage }: Props) {
  const { t } = useTranslation();
  const [signature, setSignature] = useState<Uint8Array<ArrayBuffer> | undefined>(defaultValues?.signatureImage);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<OfficerText>({
    resolver: zodResolver(officerTextSchema),
    defaultValues: { name: defaultValues?.name ?? '', title: defaultValues?.title ?? '', titleFr: defaultValues?.titleFr ?? '' },
    mode: 'onTouched',
  });
  const { control, handleSubmit, formState } = form;

  const submit = handleSubmit(async ({ titleFr, ...text }) => {
    setError(null);
    setSaved(false);
    // An empty French title is no title: French letters then print the title as entered.
    const officer: PrivacyOfficer = titleFr ? { ...text, titleFr } : text;
    try {
      await onSubmit(signature ? { ...officer, signatureImage: signature } : officer);
      setSaved(true);
    } catch (e) {
      if (!applyFieldErrors(e, FIELDS, form.setError)) setError(e);
    }
  });

  return (
    <form noValidate autoComplete="off" onSubmit={submit}>
      <FormTextField control={control} name="name" label={t('officer.name')} required />
      <FormTextField control={control} name="title" label={t('officer.title')} required placeholder={t('officer.titlePlaceholder')} />
      <FormTextField
        control={control}
        name="titleFr"
        label={t('officer.titleFr')}
        helperText={t('officer.titleFrHelp')}
        placeholder={t('officer.titleFrPlaceholder')}
      />
      <SignatureField
        value={signature}
        onChange={(bytes) => {
          setSaved(false);
          setSignature(bytes);
        }}
      />
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
