// Record (or correct) a consent: person, purpose, kind, how and by whom, date, notice, expiry. A
// retired purpose is not offered and the store refuses one anyway (rules.consentPurposeRetired).
import Stack from '@mui/material/Stack';
import { useMemo } from 'react';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useUnlocked } from '../../app/unlocked';
import { CONSENT_KINDS } from '../../domain/consentState';
import { displayName } from '../../domain/person';
import { CONSENT_GIVERS, CONSENT_HOWS, consentsRegister, type ConsentEntry, type ConsentInput } from '../../domain/registers/consents';
import { FormTextField } from '../../ui/forms/FormTextField';
import { isoDateSlotProps } from '../../ui/forms/isoDateInput';
import { SelectField, type SelectOption } from '../../ui/forms/SelectField';
import { RecordDialog } from '../../ui/registers/RecordDialog';
import { FixedPersonField } from '../accessRequests/forms/FixedPersonField';
import { useNoticeVersionOptions } from '../notices/noticeOptions';
import { PersonField } from '../../ui/forms/PersonField';
import { useConsentsRepository } from './useConsents';

const schema = consentsRegister.fields('entered');

interface Props {
  open: boolean;
  /** The consent to correct; null records a new one. */
  entry: ConsentEntry | null;
  /** Opened from a person's tab: the person is fixed. */
  personId?: string;
  onClose(): void;
}

export function ConsentDialog({ open, entry, personId, onClose }: Props) {
  const { t } = useTranslation();
  const { session } = useUnlocked();
  const repository = useConsentsRepository();
  const defaults = useMemo<ConsentInput>(
    () => ({
      action: 'given',
      personId: entry?.personId ?? personId ?? '',
      purposeId: entry?.purposeId ?? '',
      how: entry?.how ?? 'written',
      kind: entry?.kind ?? 'express',
      givenBy: entry?.givenBy ?? 'person',
      representativeName: entry?.representativeName ?? '',
      givenOn: entry?.givenOn ?? session.today(),
      notice: entry?.notice ?? '',
      noticeVersionId: entry?.noticeVersionId ?? '',
      expiresOn: entry?.expiresOn ?? '',
    }),
    [entry, personId, session],
  );
  return (
    <RecordDialog<ConsentInput>
      open={open}
      title={entry ? t('registers.consents.editTitle', { reference: entry.reference ?? '' }) : t('registers.consents.newTitle')}
      submitLabel={t('common.save')}
      schema={schema}
      defaultValues={defaults}
      onSubmit={async (values) => {
        if (entry) await repository.update(entry.id, values);
        else await repository.create(values);
        onClose();
      }}
      onClose={onClose}
    >
      {(form) => <ConsentFields form={form} fixedPerson={entry?.personId ?? personId} />}
    </RecordDialog>
  );
}

function ConsentFields({ form, fixedPerson }: { form: UseFormReturn<ConsentInput>; fixedPerson?: string }) {
  const { t } = useTranslation();
  const { session } = useUnlocked();
  const { control } = form;
  const [givenBy, purposeId, noticeVersionId] = useWatch({ control, name: ['givenBy', 'purposeId', 'noticeVersionId'] });
  const purposes = session.registers.byName('purposes');
  // Retired purposes are not offered, except the one a consent being corrected already names.
  const purposeOptions: SelectOption[] = (purposes?.list() ?? [])
    .filter((p) => !p.retiredAt || p.id === purposeId)
    .map((p) => ({ value: p.id, label: purposes!.definition.label(p) }));
  const person = fixedPerson ? session.people.get(fixedPerson) : undefined;
  const noticeOptions = useNoticeVersionOptions(noticeVersionId);
  const options = (group: string, values: readonly string[]) => values.map((v) => ({ value: v, label: t(`registers.consents.${group}.${v}`) }));
  return (
    <Stack spacing={2}>
      {fixedPerson ? (
        <FixedPersonField control={control} name="personId" label={t('registers.consents.fields.person')} personName={person ? displayName(person) : t('registers.consents.unknownPerson')} helperText="" />
      ) : (
        <PersonField control={control} name="personId" autoFocus people={session.people} label={t('registers.consents.fields.person')} />
      )}
      <SelectField control={control} name="purposeId" label={t('registers.consents.fields.purpose')} required emptyLabel={t('registers.consents.fields.purposeEmpty')} options={purposeOptions} />
      <SelectField control={control} name="kind" label={t('registers.consents.fields.kind')} options={options('kinds', CONSENT_KINDS)} />
      <SelectField control={control} name="how" label={t('registers.consents.fields.how')} options={options('hows', CONSENT_HOWS)} />
      <SelectField control={control} name="givenBy" label={t('registers.consents.fields.givenBy')} options={options('givers', CONSENT_GIVERS)} />
      {givenBy === 'representative' && <FormTextField control={control} name="representativeName" label={t('registers.consents.fields.representativeName')} required />}
      <FormTextField control={control} name="givenOn" label={t('registers.consents.fields.givenOn')} required slotProps={isoDateSlotProps(t)} />
      <SelectField control={control} name="noticeVersionId" label={t('registers.consents.fields.noticeVersionId')} emptyLabel={t('registers.consents.fields.noticeVersionNone')} options={noticeOptions} />
      <FormTextField control={control} name="notice" label={t('registers.consents.fields.notice')} helperText={t('registers.consents.fields.noticeHelp')} required={!noticeVersionId} multiline minRows={2} />
      <FormTextField control={control} name="expiresOn" label={t('registers.consents.fields.expiresOn')} helperText={t('registers.consents.fields.expiresOnHelp')} slotProps={isoDateSlotProps(t)} />
    </Stack>
  );
}
