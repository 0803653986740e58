// The privacy officer form, used by first run (step 2) and by Settings.
import Button from '@mui/material/Button';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/ErrorAlert';
import { applyFieldErrors } from '../../app/forms/applyFieldErrors';
import { FormActions } from '../../app/forms/FormActions';
import { FormTextField } from '../../app/forms/FormTextField';
import { SavedStatus } from '../../app/forms/SavedStatus';
import { privacyOfficerSchema, type PrivacyOfficer } from '../../domain/organisation';
import { SignatureField } from './SignatureField';

const officerTextSchema = privacyOfficerSchema.pick({ name: true, title: true });
type OfficerText = { name: string; title: string };
const FIELDS = ['name', 'title'] as const;

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
    defaultValues: { name: defaultValues?.name ?? '', title: defaultValues?.title ?? '' },
    mode: 'onTouched',
  });
  const { control, handleSubmit, formState } = form;

  const submit = handleSubmit(async (text) => {
    setError(null);
    setSaved(false);
    try {
      await onSubmit(signature ? { ...text, signatureImage: signature } : text);
      setSaved(true);
    } catch (e) {
      if (!applyFieldErrors(e, FIELDS, form.setError)) setError(e);
    }
  });

  return (
    <form noValidate autoComplete="off" onSubmit={submit}>
      <FormTextField control={control} name="name" label={t('officer.name')} required />
      <FormTextField control={control} name="title" label={t('officer.title')} required placeholder={t('officer.titlePlaceholder')} />
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
