// Record (or correct) one collection, use or disclosure without consent. The ground list offers only
// what the chosen Act gives for the chosen act, and the provision shown is the ground's own; the
// store refuses anything else the same way (rules.groundNotAllowed), so the list is a help, not the guard.
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useEffect, useMemo } from 'react';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useUnlocked } from '../../app/unlocked';
import { displayName } from '../../domain/person';
import { REGIMES } from '../../domain/regime';
import { withoutConsentRegister, type WithoutConsentEntry, type WithoutConsentInput } from '../../domain/registers/withoutConsent';
import { WITHOUT_CONSENT_ACTS, groundLabelKey, groundsFor, withoutConsentGround } from '../../domain/withoutConsentGrounds';
import { FormTextField } from '../../ui/forms/FormTextField';
import { isoDateSlotProps } from '../../ui/forms/isoDateInput';
import { SelectField, type SelectOption } from '../../ui/forms/SelectField';
import { RecordDialog } from '../../ui/registers/RecordDialog';
import { FixedPersonField } from '../accessRequests/forms/FixedPersonField';
import { PersonField } from '../../ui/forms/PersonField';
import { useWithoutConsentRepository } from './useWithoutConsent';

const schema = withoutConsentRegister.fields('entered');

interface Props {
  open: boolean;
  /** The entry to correct; null records a new one. */
  entry: WithoutConsentEntry | null;
  /** Opened from a person's tab: the entry is about them and the person cannot be changed. */
  personId?: string;
  onClose(): void;
}

export function WithoutConsentDialog({ open, entry, personId, onClose }: Props) {
  const { t } = useTranslation();
  const { session } = useUnlocked();
  const repository = useWithoutConsentRepository();
  const defaults = useMemo<WithoutConsentInput>(
    () =>
      entry
        ? { date: entry.date, personId: entry.personId, act: entry.act, regime: entry.regime, what: entry.what, groundId: entry.groundId, provision: entry.provision, purposeId: entry.purposeId ?? '', notes: entry.notes ?? '' }
        : { date: session.today(), personId: personId ?? '', act: 'disclose', regime: session.organisation().defaultRegime, what: '', groundId: '', provision: '', purposeId: '', notes: '' },
    [entry, personId, session],
  );
  const fixedPerson = entry?.personId ?? personId;
  return (
    <RecordDialog<WithoutConsentInput>
      open={open}
      title={entry ? t('registers.withoutConsent.editTitle', { reference: entry.reference ?? '' }) : t('registers.withoutConsent.newTitle')}
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
      {(form) => <EntryFields form={form} fixedPerson={fixedPerson} />}
    </RecordDialog>
  );
}

function EntryFields({ form, fixedPerson }: { form: UseFormReturn<WithoutConsentInput>; fixedPerson?: string }) {
  const { t } = useTranslation();
  const { session } = useUnlocked();
  const { control, getValues, setValue } = form;
  const [regime, act, groundId, purposeId] = useWatch({ control, name: ['regime', 'act', 'groundId', 'purposeId'] });
  const grounds = groundsFor(regime, act);
  // A ground chosen under another Act or act is no longer a choice: clear it rather than keep a value the list does not show.
  useEffect(() => {
    const current = getValues('groundId');
    if (current && !grounds.some((g) => g.id === current)) setValue('groundId', '');
  }, [grounds, getValues, setValue]);

  const groundOptions: SelectOption[] = grounds.map((g) => ({ value: g.id, label: `${t(groundLabelKey(g.id))} (${g.provision})` }));
  const provision = withoutConsentGround(regime, act, groundId)?.provision ?? '';
  const purposes = session.registers.byName('purposes');
  // Retired purposes are not offered, except the one an entry being corrected already names.
  const purposeOptions: SelectOption[] = (purposes?.list() ?? [])
    .filter((p) => !p.retiredAt || p.id === purposeId)
    .map((p) => ({ value: p.id, label: purposes!.definition.label(p) }));
  const person = fixedPerson ? session.people.get(fixedPerson) : undefined;

  return (
    <Stack spacing={2}>
      {fixedPerson ? (
        <FixedPersonField
          control={control}
          name="personId"
          label={t('registers.withoutConsent.fields.person')}
          personName={person ? displayName(person) : t('registers.withoutConsent.unknownPerson')}
          helperText=""
        />
      ) : (
        <PersonField control={control} name="personId" autoFocus people={session.people} label={t('registers.withoutConsent.fields.person')} />
      )}
      <FormTextField control={control} name="date" label={t('registers.withoutConsent.fields.date')} required slotProps={isoDateSlotProps(t)} />
      <SelectField
        control={control}
        name="act"
        label={t('registers.withoutConsent.fields.act')}
        options={WITHOUT_CONSENT_ACTS.map((a) => ({ value: a, label: t(`registers.withoutConsent.acts.${a}`) }))}
      />
      <SelectField control={control} name="regime" label={t('registers.withoutConsent.fields.regime')} options={REGIMES.map((r) => ({ value: r, label: t(`regimes.${r}`) }))} />
      <SelectField
        control={control}
        name="groundId"
        label={t('registers.withoutConsent.fields.ground')}
        required
        emptyLabel={t('registers.withoutConsent.fields.groundEmpty')}
        options={groundOptions}
        helperText={t('registers.withoutConsent.fields.groundHelp')}
      />
      <TextField
        label={t('registers.withoutConsent.fields.provision')}
        value={provision}
        autoComplete="off"
        slotProps={{ input: { readOnly: true }, inputLabel: { shrink: true } }}
      />
      <FormTextField
        control={control}
        name="what"
        label={t('registers.withoutConsent.fields.what')}
        helperText={t('registers.withoutConsent.fields.whatHelp')}
        required
        multiline
        minRows={2}
      />
      <SelectField
        control={control}
        name="purposeId"
        label={t('registers.withoutConsent.fields.purpose')}
        emptyLabel={t('registers.withoutConsent.fields.purposeNone')}
        options={purposeOptions}
      />
      <FormTextField control={control} name="notes" label={t('registers.withoutConsent.fields.notes')} multiline minRows={2} />
    </Stack>
  );
}
