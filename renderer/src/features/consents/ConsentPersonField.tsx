// Choose the person a consent is about, by typing part of a name, email or reference (at most 20
// matches at a time). A copy of the without-consent register's field typed for this form: the access
// request's PersonPicker would import the person dialog, which lists this register's tab (a cycle).
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useMemo, useState } from 'react';
import { Controller, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { displayName, type Person } from '../../domain/person';
import type { ConsentInput } from '../../domain/registers/consents';
import type { PeopleRepository } from '../../store/contract';
import { fieldMessage } from '../../ui/forms/fieldError';

const LIMIT = 20;

export function ConsentPersonField({ control, people, label }: { control: Control<ConsentInput>; people: PeopleRepository; label: string }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const options = useMemo(() => (query.trim() ? people.search(query, { limit: LIMIT }) : people.list().slice(0, LIMIT)), [people, query]);
  return (
    <Controller
      control={control}
      name="personId"
      render={({ field, fieldState }) => {
        const selected = field.value ? (people.get(field.value) ?? null) : null;
        return (
          <Autocomplete<Person>
            options={selected && !options.some((p) => p.id === selected.id) ? [selected, ...options] : options}
            value={selected}
            onChange={(_, person) => field.onChange(person?.id ?? '')}
            onInputChange={(_, value, reason) => reason !== 'reset' && setQuery(value)}
            filterOptions={(x) => x}
            getOptionLabel={displayName}
            isOptionEqualToValue={(a, b) => a.id === b.id}
            noOptionsText={t('accessRequests.form.noPeople')}
            renderInput={(params) => (
              <TextField
                {...params}
                autoComplete="off"
                label={label}
                required
                autoFocus
                name={field.name}
                inputRef={field.ref}
                onBlur={field.onBlur}
                error={fieldState.error !== undefined}
                helperText={fieldState.error ? fieldMessage(t, fieldState.error) : undefined}
              />
            )}
          />
        );
      }}
    />
  );
}
