// Choose a person by typing part of a name, email or reference: the search runs in memory over the
// decrypted index, at most 20 matches at a time. Every form that names a person uses this one field;
// the access request form adds its "New person" button through `addPerson` (the person dialog lives
// in features/people, which ui/ may not import).
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import { useMemo, useState, type ReactNode } from 'react';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { displayName, type Person } from '../../domain/person';
import type { PeopleRepository } from '../../store/contract';
import { fieldMessage } from './fieldError';

const LIMIT = 20;

interface Props<T extends FieldValues, TT> {
  control: Control<T, unknown, TT>;
  name: Path<T>;
  people: PeopleRepository;
  label: string;
  helperText?: string;
  autoFocus?: boolean;
  /** Beside the field: e.g. a button that adds someone, then selects them with `select`. */
  addPerson?: (select: (personId: string) => void) => ReactNode;
}

/** What tells two people of the same name apart in the list. */
function detailOf(person: Person): string {
  return [person.email, person.externalRef].filter(Boolean).join(' · ');
}

export function PersonField<T extends FieldValues, TT = T>({ control, name, people, label, helperText, autoFocus, addPerson }: Props<T, TT>) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
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
              const detail = detailOf(person);
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
        if (!addPerson) return picker;
        return (
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'flex-start' }}>
            {picker}
            {addPerson((personId) => field.onChange(personId))}
          </Box>
        );
      }}
    />
  );
}
