// Choose the person who made the request, by typing part of a name, email or reference. The
// search runs in memory over the decrypted index; at most 20 matches are offered at a time.
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { useMemo, useState } from 'react';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { displayName, type Person } from '../../../domain/person';
import type { AccessRequestRepository, PeopleRepository } from '../../../store/contract';
import { fieldMessage } from '../../../ui/forms/fieldError';
import { PersonDialog } from '../../people/PersonDialog';

const LIMIT = 20;

interface Props<T extends FieldValues, TT> {
  control: Control<T, unknown, TT>;
  name: Path<T>;
  people: PeopleRepository;
  label: string;
  helperText?: string;
  autoFocus?: boolean;
  /** Given, a "New person" button adds someone without leaving the form, then selects them. */
  accessRequests?: AccessRequestRepository;
}

function describe(person: Person): string {
  return [person.email, person.externalRef].filter(Boolean).join(' · ');
}

export function PersonPicker<T extends FieldValues, TT = T>({ control, name, people, label, helperText, autoFocus, accessRequests }: Props<T, TT>) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [adding, setAdding] = useState(false);
  const options = useMemo(() => (query.trim() ? people.search(query, { limit: LIMIT }) : people.list().slice(0, LIMIT)), [people, query]);
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => {
        const selected = field.value ? (people.get(field.value as string) ?? null) : null;
        const picker = (
          <Autocomplete<Person>
            sx={{ flex: 1, minWidth: 0 }}
            options={selected && !options.some((p) => p.id === selected.id) ? [selected, ...options] : options}
            value={selected}
            onChange={(_, person) => field.onChange(person?.id ?? '')}
            onInputChange={(_, value, reason) => reason !== 'reset' && setQuery(value)}
            filterOptions={(x) => x}
            getOptionLabel={displayName}
            isOptionEqualToValue={(a, b) => a.id === b.id}
            noOptionsText={t('accessRequests.form.noPeople')}
            renderOption={(props, person) => {
              const { key, ...rest } = props as typeof props & { key: string };
              const detail = describe(person);
              return (
                <li key={key} {...rest}>
                  <span>
                    {displayName(person)}
                    {detail && <span style={{ display: 'block', fontSize: '0.85em', opacity: 0.8 }}>{detail}</span>}
                  </span>
                </li>
              );
            }}
            renderInput={(params) => (
              <TextField
                {...params}
                autoComplete="off"
                label={label}
                required
                autoFocus={autoFocus}
                name={field.name}
                inputRef={field.ref}
                onBlur={field.onBlur}
                error={fieldState.error !== undefined}
                helperText={fieldState.error ? fieldMessage(t, fieldState.error) : helperText}
              />
            )}
          />
        );
        if (!accessRequests) return picker;
        return (
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'flex-start' }}>
            {picker}
            <Button variant="outlined" startIcon={<PersonAddIcon />} onClick={() => setAdding(true)} sx={{ mt: 3 }}>
              {t('people.newPerson')}
            </Button>
            {adding && (
              <PersonDialog
                people={people}
                accessRequests={accessRequests}
                person={null}
                onClose={() => setAdding(false)}
                onSaved={(person) => field.onChange(person.id)}
              />
            )}
          </Box>
        );
      }}
    />
  );
}
