// The request form's person field: the shared PersonField, with a "New person" button that adds
// someone without leaving the form, then selects them.
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import Button from '@mui/material/Button';
import { useState } from 'react';
import type { Control, FieldValues, Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { AccessRequestRepository, PeopleRepository } from '../../../store/contract';
import { PersonField } from '../../../ui/forms/PersonField';
import { PersonDialog } from '../../people/PersonDialog';

interface Props<T extends FieldValues, TT> {
  control: Control<T, unknown, TT>;
  name: Path<T>;
  people: PeopleRepository;
  label: string;
  helperText?: string;
  autoFocus?: boolean;
  accessRequests: AccessRequestRepository;
}

export function PersonPicker<T extends FieldValues, TT = T>({ accessRequests, ...field }: Props<T, TT>) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  return (
    <PersonField
      {...field}
      addPerson={(select) => (
        <>
          <Button variant="outlined" startIcon={<PersonAddIcon />} onClick={() => setAdding(true)} sx={{ mt: 3 }}>
            {t('people.newPerson')}
          </Button>
          {adding && <PersonDialog people={field.people} accessRequests={accessRequests} person={null} onClose={() => setAdding(false)} onSaved={(person) => select(person.id)} />}
        </>
      )}
    />
  );
}
