// Add or edit one person, and archive or unarchive them; an existing person's access requests are
// listed below the form. Store refusals land on the fields they name; anything else shows as an
// alert, and the dialog stays open with nothing changed.
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Box from '@mui/material/Box';
import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { applyFieldErrors } from '../../ui/forms/applyFieldErrors';
import { FormTextField } from '../../ui/forms/FormTextField';
import { isOpen } from '../../domain/accessRequest';
import { displayName, PERSON_KINDS, personInputSchema, type Person, type PersonInput } from '../../domain/person';
import type { AccessRequestRepository, PeopleRepository } from '../../store/contract';
import { AnnotationsNotice } from '../correctionRequests/AnnotationsNotice';
import { PersonRecords } from './PersonRecords';

type PersonFormValues = z.input<typeof personInputSchema>;
const FIELDS = ['kind', 'givenName', 'familyName', 'email', 'phone', 'address', 'externalRef', 'notes'] as const;

function formValues(person: Person | null): PersonFormValues {
  return {
    kind: person?.kind ?? 'client',
    givenName: person?.givenName ?? '',
    familyName: person?.familyName ?? '',
    email: person?.email ?? '',
    phone: person?.phone ?? '',
    address: person?.address ?? '',
    externalRef: person?.externalRef ?? '',
    notes: person?.notes ?? '',
  };
}

interface Props {
  people: PeopleRepository;
  accessRequests: AccessRequestRepository;
  /** null to add a new person. */
  person: Person | null;
  onClose: () => void;
  /** Told the saved person before the dialog closes (the request form selects a person added from it). */
  onSaved?: (person: Person) => void;
}

export function PersonDialog({ people, accessRequests, person, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const formId = useId();
  const [error, setError] = useState<unknown>(null);
  const [confirming, setConfirming] = useState(false);
  const [archiving, setArchiving] = useState(false);
  const form = useForm<PersonFormValues, unknown, PersonInput>({
    resolver: zodResolver(personInputSchema),
    defaultValues: formValues(person),
    mode: 'onTouched',
  });
  const { control, handleSubmit, formState } = form;

  const submit = handleSubmit(async (input) => {
    setError(null);
    try {
      const saved = person ? await people.update(person.id, input) : await people.add(input);
      onSaved?.(saved);
      onClose();
    } catch (e) {
      if (!applyFieldErrors(e, FIELDS, form.setError)) setError(e);
    }
  });

  const toggleArchive = async () => {
    if (!person) return;
    setArchiving(true);
    setError(null);
    try {
      if (person.archivedAt) await people.unarchive(person.id);
      else await people.archive(person.id);
      setConfirming(false);
      onClose();
    } catch (e) {
      setConfirming(false);
      setError(e);
    } finally {
      setArchiving(false);
    }
  };

  const name = person ? displayName(person) : '';
  const archived = Boolean(person?.archivedAt);
  // Archiving hides the person from the picker, not their open requests: the officer must know
  // which deadlines are still running before doing it.
  const openReferences = person && !archived && confirming ? accessRequests.forPerson(person.id).filter(isOpen).map((r) => r.reference) : [];
  const archiveBody = openReferences.length > 0
    ? `${t('people.archiveOpenWarning', { count: openReferences.length, references: openReferences.join(', ') })} ${t('people.archiveConfirmBody')}`
    : t('people.archiveConfirmBody');
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{person ? t('people.editTitle') : t('people.addTitle')}</DialogTitle>
      <DialogContent dividers>
        {/* React sends a portal's events up the component tree: opened from the request form, this
            submit would also submit that form. */}
        <form
          id={formId}
          noValidate
          autoComplete="off"
          onSubmit={(event) => {
            event.stopPropagation();
            void submit(event);
          }}
        >
          <FormTextField control={control} name="kind" label={t('people.fields.kind')} select slotProps={{ select: { native: true } }}>
            {PERSON_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`people.kinds.${kind}`)}
              </option>
            ))}
          </FormTextField>
          <FormTextField control={control} name="givenName" label={t('people.fields.givenName')} required autoFocus />
          <FormTextField control={control} name="familyName" label={t('people.fields.familyName')} required />
          <FormTextField control={control} name="email" label={t('people.fields.email')} type="email" />
          <FormTextField control={control} name="phone" label={t('people.fields.phone')} type="tel" />
          <FormTextField control={control} name="address" label={t('people.fields.address')} multiline minRows={2} />
          <FormTextField control={control} name="externalRef" label={t('people.fields.externalRef')} />
          <FormTextField control={control} name="notes" label={t('people.fields.notes')} multiline minRows={3} />
        </form>
        <ErrorAlert error={error} />
        {person && (
          <Box sx={{ mt: 2 }}>
            <AnnotationsNotice personId={person.id} />
          </Box>
        )}
        {person && <PersonRecords repository={accessRequests} personId={person.id} personName={name} />}
      </DialogContent>
      <DialogActions>
        {person && (
          <Box sx={{ flexGrow: 1 }}>
            <Button color={archived ? 'primary' : 'error'} onClick={() => setConfirming(true)}>
              {archived ? t('people.unarchive') : t('people.archive')}
            </Button>
          </Box>
        )}
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="submit" form={formId} variant="contained" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t('common.saving') : t('common.save')}
        </Button>
      </DialogActions>
      <ConfirmDialog
        open={confirming}
        title={archived ? t('people.unarchiveConfirmTitle', { name }) : t('people.archiveConfirmTitle', { name })}
        body={archived ? t('people.unarchiveConfirmBody', { name }) : archiveBody}
        confirmLabel={archived ? t('people.unarchive') : t('people.archive')}
        busy={archiving}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void toggleArchive()}
      />
    </Dialog>
  );
}
