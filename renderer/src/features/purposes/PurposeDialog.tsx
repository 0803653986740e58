// Add or edit a purpose, and retire one no longer used. The definition's own schema checks the form;
// the store runs its rules (a unique active name, a provision without consent) and a refusal lands on
// the field it names, with the dialog left open and nothing lost (ui/registers/RecordDialog).
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useMemo, useState } from 'react';
import type { DefaultValues, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { purposesRegister, type Purpose, type PurposeInput } from '../../domain/registers/purposes';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { CheckboxGroupField } from '../../ui/forms/CheckboxGroupField';
import { FormTextField } from '../../ui/forms/FormTextField';
import { SelectField } from '../../ui/forms/SelectField';
import { RecordDialog } from '../../ui/registers/RecordDialog';
import { purposeOptions } from './purposeWords';
import { usePurposeRepository } from './usePurposes';

const schema = purposesRegister.fields('entered');

function formValues(purpose: Purpose | null): DefaultValues<PurposeInput> {
  return {
    name: purpose?.name ?? '',
    description: purpose?.description ?? '',
    authority: purpose?.authority ?? 'consent',
    provision: purpose?.provision ?? '',
    categories: purpose ? [...purpose.categories] : [],
    retention: purpose?.retention ?? '',
    recipients: purpose?.recipients ?? '',
    noticeMethod: purpose?.noticeMethod ?? 'written',
    noticeTiming: purpose?.noticeTiming ?? 'atCollection',
  };
}

interface Props {
  open: boolean;
  /** null to add a new purpose. */
  purpose: Purpose | null;
  onClose(): void;
}

export function PurposeDialog({ open, purpose, onClose }: Props) {
  const { t } = useTranslation();
  const repository = usePurposeRepository();
  const defaultValues = useMemo(() => formValues(purpose), [purpose]);

  const submit = async (values: PurposeInput) => {
    // A provision typed and then left behind by switching to consent is not part of the purpose.
    const input: PurposeInput = values.authority === 'consent' ? { ...values, provision: undefined } : values;
    if (purpose) await repository.update(purpose.id, input);
    else await repository.create(input);
    onClose();
  };

  return (
    <RecordDialog<PurposeInput>
      open={open}
      title={t(purpose ? 'registers.purposes.editTitle' : 'registers.purposes.newTitle')}
      submitLabel={t('common.save')}
      schema={schema}
      defaultValues={defaultValues}
      onSubmit={submit}
      onClose={onClose}
    >
      {(form) => (
        <>
          {purpose?.retiredAt && <RetiredNote retiredAt={purpose.retiredAt} />}
          <PurposeFields form={form} />
          {purpose && !purpose.retiredAt && <RetireButton purpose={purpose} onRetired={onClose} />}
        </>
      )}
    </RecordDialog>
  );
}

function PurposeFields({ form }: { form: UseFormReturn<PurposeInput> }) {
  const { t } = useTranslation();
  const options = purposeOptions(t);
  const { control } = form;
  const label = (field: string) => t(`registers.purposes.fields.${field}`);
  return (
    <>
      <FormTextField control={control} name="name" label={label('name')} helperText={label('nameHelp')} required fullWidth margin="normal" autoFocus />
      <FormTextField control={control} name="description" label={label('description')} fullWidth margin="normal" multiline minRows={2} />
      <SelectField control={control} name="authority" label={label('authority')} options={options.authorities} fullWidth margin="normal" />
      {form.watch('authority') === 'withoutConsent' && (
        <FormTextField control={control} name="provision" label={label('provision')} helperText={label('provisionHelp')} required fullWidth margin="normal" />
      )}
      <CheckboxGroupField control={control} name="categories" label={label('categories')} options={options.categories} required row />
      <FormTextField control={control} name="retention" label={label('retention')} helperText={label('retentionHelp')} fullWidth margin="normal" />
      <FormTextField control={control} name="recipients" label={label('recipients')} fullWidth margin="normal" multiline minRows={2} />
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <SelectField control={control} name="noticeMethod" label={label('noticeMethod')} options={options.noticeMethods} margin="normal" sx={{ flex: '1 1 12rem' }} />
        <SelectField control={control} name="noticeTiming" label={label('noticeTiming')} options={options.noticeTimings} margin="normal" sx={{ flex: '1 1 12rem' }} />
      </Box>
    </>
  );
}

function RetiredNote({ retiredAt }: { retiredAt: string }) {
  const { t } = useTranslation();
  const date = new Intl.DateTimeFormat(t('format.locale'), { dateStyle: 'long' }).format(new Date(retiredAt));
  return (
    <Alert severity="info" sx={{ mb: 1 }}>
      {t('registers.purposes.retiredOn', { date })}
    </Alert>
  );
}

/** Retiring keeps the purpose and every record naming it; the store then refuses it in new records. */
function RetireButton({ purpose, onRetired }: { purpose: Purpose; onRetired(): void }) {
  const { t } = useTranslation();
  const repository = usePurposeRepository();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const retire = async () => {
    setBusy(true);
    setError(null);
    try {
      await repository.retire(purpose.id);
      setConfirming(false);
      onRetired();
    } catch (e) {
      setConfirming(false);
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box sx={{ mt: 2 }}>
      <Button variant="outlined" color="warning" onClick={() => setConfirming(true)}>
        {t('registers.purposes.retire.action')}
      </Button>
      <ErrorAlert error={error} onClose={() => setError(null)} />
      <ConfirmDialog
        open={confirming}
        title={t('registers.purposes.retire.title')}
        body={t('registers.purposes.retire.body', { name: purpose.name })}
        confirmLabel={t('registers.purposes.retire.confirm')}
        busy={busy}
        onConfirm={() => void retire()}
        onCancel={() => setConfirming(false)}
      />
    </Box>
  );
}
