// Choose the person an entry is about, by typing part of a name, email or reference (at most 20
// matches at a time, searched in memory). Not the access request form's PersonPicker: that one
// imports the person dialog, which lists every register's person tab, and this register's screens
// are among them, so importing it here would make a cycle through features/registerScreens.ts.
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useMemo, useState } from 'react';
import { Controller, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { displayName, type Person } from '../../domain/person';
import type { WithoutConsentInput } from '../../domain/registers/withoutConsent';
import type { PeopleRepository } from '../../store/contract';
import { fieldMessage } from '../../ui/forms/fieldError';

const LIMIT = 20;

export function PersonField({ control, people, label }: { control: Control<WithoutConsentInput>; people: PeopleRepository; label: string }) {
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
