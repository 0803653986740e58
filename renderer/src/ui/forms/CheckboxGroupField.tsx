// Several of a fixed list (categories of information, say) as checkboxes in a fieldset, bound to
// react-hook-form as a string[]. The value keeps the options' order, whatever order they were ticked
// in, so a saved record does not change just because it was edited.
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import { useId } from 'react';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldMessage } from './fieldError';
import type { SelectOption } from './SelectField';

interface Props<T extends FieldValues, TT> {
  control: Control<T, unknown, TT>;
  name: Path<T>;
  label: string;
  options: readonly SelectOption[];
  helperText?: string;
  required?: boolean;
  /** Side by side when the labels are short. */
  row?: boolean;
}

export function CheckboxGroupField<T extends FieldValues, TT = T>({ control, name, label, options, helperText, required, row }: Props<T, TT>) {
  const { t } = useTranslation();
  const helperId = useId();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => {
        const chosen: readonly string[] = Array.isArray(field.value) ? (field.value as string[]) : [];
        const toggle = (value: string, on: boolean) => {
          const next = new Set(chosen);
          if (on) next.add(value);
          else next.delete(value);
          field.onChange(options.map((option) => option.value).filter((v) => next.has(v)));
        };
        const message = fieldMessage(t, fieldState.error) ?? helperText;
        return (
          <FormControl
            component="fieldset"
            error={fieldState.error !== undefined}
            required={required}
            aria-describedby={message ? helperId : undefined}
            sx={{ display: 'flex', mt: 2, mb: 1 }}
          >
            <FormLabel component="legend">{label}</FormLabel>
            <FormGroup row={row}>
              {options.map((option, index) => (
                <FormControlLabel
                  key={option.value}
                  label={option.label}
                  control={
                    <Checkbox
                      name={field.name}
                      value={option.value}
                      checked={chosen.includes(option.value)}
                      onChange={(event) => toggle(option.value, event.target.checked)}
                      onBlur={field.onBlur}
                      // The first box takes the focus when the store refuses the field.
                      slotProps={{ input: { ref: index === 0 ? field.ref : undefined } as object }}
                    />
                  }
                />
              ))}
            </FormGroup>
            {message && <FormHelperText id={helperId}>{message}</FormHelperText>}
          </FormControl>
        );
      }}
    />
  );
}
