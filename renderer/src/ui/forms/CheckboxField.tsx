// A checkbox bound to react-hook-form, with its error linked to it by aria-describedby.
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import { useId } from 'react';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldMessage } from './fieldError';

interface Props<T extends FieldValues, TT> {
  control: Control<T, unknown, TT>;
  name: Path<T>;
  label: string;
  helperText?: string;
}

export function CheckboxField<T extends FieldValues, TT = T>({ control, name, label, helperText }: Props<T, TT>) {
  const { t } = useTranslation();
  const helperId = useId();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => {
        const message = fieldMessage(t, fieldState.error) ?? helperText;
        return (
          <FormControl error={fieldState.error !== undefined} sx={{ display: 'flex', mt: 1 }}>
            <FormControlLabel
              label={label}
              control={
                <Checkbox
                  name={field.name}
                  checked={Boolean(field.value)}
                  onChange={(event) => field.onChange(event.target.checked)}
                  onBlur={field.onBlur}
                  slotProps={{ input: { ref: field.ref, 'aria-describedby': message ? helperId : undefined, 'aria-invalid': fieldState.error ? true : undefined } as object }}
                />
              }
            />
            {message && <FormHelperText id={helperId}>{message}</FormHelperText>}
          </FormControl>
        );
      }}
    />
  );
}
