// A labelled radio group bound to react-hook-form (values are strings).
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import { useId } from 'react';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldMessage } from './fieldError';

interface Props<T extends FieldValues, TT> {
  control: Control<T, unknown, TT>;
  name: Path<T>;
  label: string;
  options: { value: string; label: string }[];
  row?: boolean;
}

export function RadioField<T extends FieldValues, TT = T>({ control, name, label, options, row }: Props<T, TT>) {
  const { t } = useTranslation();
  const labelId = useId();
  const helperId = useId();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <FormControl error={fieldState.error !== undefined} sx={{ mt: 2, display: 'flex' }}>
          <FormLabel id={labelId}>{label}</FormLabel>
          <RadioGroup
            row={row}
            aria-labelledby={labelId}
            aria-describedby={fieldState.error ? helperId : undefined}
            name={field.name}
            value={field.value ?? ''}
            onChange={(event) => field.onChange(event.target.value)}
            onBlur={field.onBlur}
          >
            {options.map((option) => (
              <FormControlLabel key={option.value} value={option.value} control={<Radio />} label={option.label} />
            ))}
          </RadioGroup>
          {fieldState.error && <FormHelperText id={helperId}>{fieldMessage(t, fieldState.error)}</FormHelperText>}
        </FormControl>
      )}
    />
  );
}
