// The person a request belongs to, shown but not editable: a request never moves to another person
// (the store refuses it, RuleViolation 'personFixed'). Bound to the form so such a refusal, or a
// person no longer on file, still shows here.
import TextField from '@mui/material/TextField';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldMessage } from '../../../ui/forms/fieldError';

interface Props<T extends FieldValues, TT> {
  control: Control<T, unknown, TT>;
  name: Path<T>;
  label: string;
  personName: string;
  helperText: string;
}

export function FixedPersonField<T extends FieldValues, TT = T>({ control, name, label, personName, helperText }: Props<T, TT>) {
  const { t } = useTranslation();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextField
          autoComplete="off"
          label={label}
          name={field.name}
          value={personName}
          inputRef={field.ref}
          error={fieldState.error !== undefined}
          helperText={fieldState.error ? fieldMessage(t, fieldState.error) : helperText}
          slotProps={{ input: { readOnly: true } }}
        />
      )}
    />
  );
}
