// Record (or correct) one disclosure. The purpose list leaves out retired purposes, the ground list
// offers only what the chosen Act gives for a disclosure, and "received in return" says plainly that
// nothing may be sold; the store refuses the same things (rules.saleRefused,
// rules.disclosureGroundNotAllowed), so the lists are a help, not the guard.
import FormHelperText from '@mui/material/FormHelperText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect, useMemo } from 'react';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useUnlocked } from '../../app/unlocked';
import { displayName } from '../../domain/person';
import { REGIMES } from '../../domain/regime';
import { disclosuresRegister, EXCHANGES, RECIPIENT_KINDS, type Disclosure, type DisclosureInput } from '../../domain/registers/disclosures';
import { INFORMATION_CATEGORIES, purposesRegister } from '../../domain/registers/purposes';
import { groundLabelKey, groundsFor } from '../../domain/withoutConsentGrounds';
import { CheckboxGroupField } from '../../ui/forms/CheckboxGroupField';
import { fieldMessage } from '../../ui/forms/fieldError';
import { FormTextField } from '../../ui/forms/FormTextField';
import { isoDateSlotProps } from '../../ui/forms/isoDateInput';
import { RadioField } from '../../ui/forms/RadioField';
import { SelectField, type SelectOption } from '../../ui/forms/SelectField';
import { RecordDialog } from '../../ui/registers/RecordDialog';
import { FixedPersonField } from '../accessRequests/forms/FixedPersonField';
import { PersonField } from '../../ui/forms/PersonField';
import { useDisclosureRepository } from './useDisclosures';

const schema = disclosuresRegister.fields('entered');

interface Props {
  open: boolean;
  /** The disclosure to correct; null records a new one. */
  disclosure: Disclosure | null;
  /** Opened from a person's tab: the disclosure is about them and the person cannot be changed. */
  personId?: string;
  onClose(): void;
}

/** The form's values: optional texts as '' so every field is controlled from the start. */
function formValues(d: Disclosure): DisclosureInput {
  return {
    disclosedOn: d.disclosedOn,
    personId: d.personId,
    recipient: { kind: d.recipient.kind, name: d.recipient.name, address: d.recipient.address ?? '', contact: d.recipient.contact ?? '' },
    categories: [...d.categories],
    purposeId: d.purposeId,
    basis: d.basis.kind === 'consent' ? { kind: 'consent', note: d.basis.note ?? '' } : { ...d.basis },
    exchange: d.exchange,
    notes: d.notes ?? '',
  };
}

export function DisclosureDialog({ open, disclosure, personId, onClose }: Props) {
  const { t } = useTranslation();
  const { session } = useUnlocked();
  const repository = useDisclosureRepository();
  const defaults = useMemo<DisclosureInput>(
    () =>
      disclosure
        ? formValues(disclosure)
        : {
            disclosedOn: session.today(),
            personId: personId ?? '',
            recipient: { kind: 'organisation', name: '', address: '', contact: '' },
            categories: [],
            purposeId: '',
            basis: { kind: 'consent', note: '' },
            exchange: 'none',
            notes: '',
          },
    [disclosure, personId, session],
  );
  return (
    <RecordDialog<DisclosureInput>
      open={open}
      title={disclosure ? t('registers.disclosures.editTitle', { reference: disclosure.reference ?? '' }) : t('registers.disclosures.newTitle')}
      submitLabel={disclosure ? t('registers.disclosures.save') : t('registers.disclosures.create')}
      schema={schema}
      defaultValues={defaults}
      onSubmit={async (values) => {
        if (disclosure) await repository.update(disclosure.id, values);
        else await repository.create(values);
        onClose();
      }}
      onClose={onClose}
    >
      {(form) => <DisclosureFields form={form} fixedPerson={disclosure?.personId ?? personId} />}
    </RecordDialog>
  );
}

function DisclosureFields({ form, fixedPerson }: { form: UseFormReturn<DisclosureInput>; fixedPerson?: string }) {
  const { t } = useTranslation();
  const { session } = useUnlocked();
  const { control } = form;
  const purposeId = useWatch({ control, name: 'purposeId' });
  const purposes = session.registers.get(purposesRegister);
  // Retired purposes are not offered, except the one a disclosure being corrected already names.
  const purposeOptions: SelectOption[] = purposes
    .list()
    .filter((p) => !p.retiredAt || p.id === purposeId)
    .map((p) => ({ value: p.id, label: purposesRegister.label(p) }));
  const person = fixedPerson ? session.people.get(fixedPerson) : undefined;
  const label = (key: string) => t(`registers.disclosures.fields.${key}`);

  return (
    <Stack spacing={2}>
      {fixedPerson ? (
        <FixedPersonField control={control} name="personId" label={label('person')} personName={person ? displayName(person) : t('registers.disclosures.unknownPerson')} helperText="" />
      ) : (
        <PersonField control={control} name="personId" people={session.people} label={label('person')} autoFocus />
      )}
      <FormTextField control={control} name="disclosedOn" label={label('disclosedOn')} required slotProps={isoDateSlotProps(t)} />
      <Typography variant="h3" component="h3" sx={{ pt: 1 }}>
        {label('recipient')}
      </Typography>
      <RadioField control={control} name="recipient.kind" row label={label('recipientKind')} options={RECIPIENT_KINDS.map((k) => ({ value: k, label: t(`registers.disclosures.recipientKinds.${k}`) }))} />
      <FormTextField control={control} name="recipient.name" label={label('recipientName')} required />
      <FormTextField control={control} name="recipient.address" label={label('recipientAddress')} helperText={label('recipientAddressHelp')} multiline minRows={2} />
      <FormTextField control={control} name="recipient.contact" label={label('recipientContact')} />
      <GroupError form={form} name="recipient" />
      <CheckboxGroupField
        control={control}
        name="categories"
        label={label('categories')}
        required
        row
        options={INFORMATION_CATEGORIES.map((c) => ({ value: c, label: t(`registers.purposes.categories.${c}`) }))}
      />
      <SelectField control={control} name="purposeId" label={label('purpose')} required emptyLabel={label('purposeEmpty')} options={purposeOptions} />
      <BasisFields form={form} />
      <SelectField
        control={control}
        name="exchange"
        label={label('exchange')}
        helperText={label('exchangeHelp')}
        options={EXCHANGES.map((e) => ({ value: e, label: t(`registers.disclosures.exchanges.${e}`) }))}
      />
      <FormTextField control={control} name="notes" label={label('notes')} multiline minRows={2} />
    </Stack>
  );
}

/** Consent, or a ground of the chosen Act that allows a disclosure without it. */
function BasisFields({ form }: { form: UseFormReturn<DisclosureInput> }) {
  const { t } = useTranslation();
  const { session } = useUnlocked();
  const { control, getValues, setValue } = form;
  const basis = useWatch({ control, name: 'basis' });
  const regime = basis.kind === 'withoutConsent' ? basis.regime : undefined;
  // The union's other half is filled in when the kind changes, so the form never holds a mix of both.
  useEffect(() => {
    const current = getValues('basis');
    if (current.kind === 'withoutConsent' && current.regime === undefined) {
      setValue('basis', { kind: 'withoutConsent', regime: session.organisation().defaultRegime, groundId: '' });
    } else if (current.kind === 'consent' && 'groundId' in current) {
      setValue('basis', { kind: 'consent', note: '' });
    }
  }, [basis.kind, getValues, setValue, session]);
  // A ground of another Act is no longer a choice: cleared rather than kept out of sight.
  useEffect(() => {
    const current = getValues('basis');
    if (current.kind === 'withoutConsent' && current.groundId && !groundsFor(current.regime, 'disclose').some((g) => g.id === current.groundId)) {
      setValue('basis.groundId', '');
    }
  }, [regime, getValues, setValue]);
  const label = (key: string) => t(`registers.disclosures.fields.${key}`);
  return (
    <>
      <RadioField
        control={control}
        name="basis.kind"
        label={label('basis')}
        options={(['consent', 'withoutConsent'] as const).map((k) => ({ value: k, label: t(`registers.disclosures.basisKinds.${k}`) }))}
      />
      {basis.kind === 'consent' && <FormTextField control={control} name="basis.note" label={label('consentNote')} multiline minRows={2} />}
      {basis.kind === 'withoutConsent' && regime !== undefined && (
        <>
          <SelectField control={control} name="basis.regime" label={label('regime')} options={REGIMES.map((r) => ({ value: r, label: t(`regimes.${r}`) }))} />
          <SelectField
            control={control}
            name="basis.groundId"
            label={label('ground')}
            required
            emptyLabel={label('groundEmpty')}
            helperText={label('groundHelp')}
            options={groundsFor(regime, 'disclose').map((g) => ({ value: g.id, label: `${t(groundLabelKey(g.id))} (${g.provision})` }))}
          />
        </>
      )}
      <GroupError form={form} name="basis" />
    </>
  );
}

/**
 * A store refusal about a part of a group ("basis.groundId") lands on the group itself (the record
 * dialog maps store paths to top-level fields): shown here, under the group, so it is never lost.
 */
function GroupError({ form, name }: { form: UseFormReturn<DisclosureInput>; name: 'recipient' | 'basis' }) {
  const { t } = useTranslation();
  const error = form.formState.errors[name];
  const message = error && typeof error.message === 'string' ? fieldMessage(t, { type: String(error.type), message: error.message }) : undefined;
  return message ? <FormHelperText error>{message}</FormHelperText> : null;
}
