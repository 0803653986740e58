// Record a notice version, or change one that has not yet taken effect (the store refuses any other
// change: rules.noticeVersionInEffect). The purposes offered are those in use, plus any the version
// already names; the store checks them again.
import { useMemo } from 'react';
import type { DefaultValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useUnlocked } from '../../app/unlocked';
import { NOTICE_DOCUMENTS, noticesRegister, type NoticeVersion, type NoticeVersionInput } from '../../domain/registers/notices';
import { CheckboxGroupField } from '../../ui/forms/CheckboxGroupField';
import { FormTextField } from '../../ui/forms/FormTextField';
import { isoDateSlotProps } from '../../ui/forms/isoDateInput';
import { SelectField } from '../../ui/forms/SelectField';
import { RecordDialog } from '../../ui/registers/RecordDialog';
import type { Editing } from './NoticesPage';
import { useNoticesRepository } from './useNotices';

const schema = noticesRegister.fields('entered');

interface Props {
  editing: Editing;
  onSaved(version: NoticeVersion): void;
  onClose(): void;
}

export function NoticeDialog({ editing, onSaved, onClose }: Props) {
  const { t } = useTranslation();
  const { session } = useUnlocked();
  const repository = useNoticesRepository();
  const existing = 'version' in editing ? editing.version : null;
  const defaults = useMemo<DefaultValues<NoticeVersionInput>>(() => {
    const from = existing ?? ('draft' in editing ? editing.draft : {});
    return {
      document: from.document ?? 'privacyNotice',
      version: from.version ?? '',
      effectiveOn: from.effectiveOn ?? session.today(),
      text: from.text ?? '',
      changes: from.changes ?? '',
      changedPurposeIds: [...(from.changedPurposeIds ?? [])],
    };
  }, [existing, editing, session]);
  const purposes = session.registers.byName('purposes');
  const named = existing?.changedPurposeIds ?? [];
  const purposeOptions = (purposes?.list() ?? []).filter((p) => !p.retiredAt || named.includes(p.id)).map((p) => ({ value: p.id, label: purposes!.definition.label(p) }));
  const label = (field: string) => t(`registers.notices.fields.${field}`);
  return (
    <RecordDialog<NoticeVersionInput>
      open
      title={existing ? t('registers.notices.editTitle', { version: existing.version }) : t('registers.notices.newTitle')}
      submitLabel={t('common.save')}
      schema={schema}
      defaultValues={defaults}
      onSubmit={async (values) => onSaved(existing ? await repository.update(existing.id, values) : await repository.create(values))}
      onClose={onClose}
    >
      {({ control }) => (
        <>
          <SelectField control={control} name="document" label={label('document')} options={NOTICE_DOCUMENTS.map((d) => ({ value: d, label: t(`registers.notices.documents.${d}`) }))} fullWidth margin="normal" />
          <FormTextField control={control} name="version" label={label('version')} helperText={label('versionHelp')} required fullWidth margin="normal" autoFocus />
          <FormTextField control={control} name="effectiveOn" label={label('effectiveOn')} helperText={label('effectiveOnHelp')} required fullWidth margin="normal" slotProps={isoDateSlotProps(t)} />
          <FormTextField control={control} name="text" label={label('text')} required fullWidth margin="normal" multiline minRows={6} maxRows={16} />
          <FormTextField control={control} name="changes" label={label('changes')} fullWidth margin="normal" multiline minRows={2} />
          <CheckboxGroupField control={control} name="changedPurposeIds" label={label('changedPurposeIds')} helperText={label('changedPurposesHelp')} options={purposeOptions} />
        </>
      )}
    </RecordDialog>
  );
}
