// A MUI TextField bound to react-hook-form. MUI links the helper text (hint or error) to the input
// with aria-describedby and sets aria-invalid from `error`, so a screen reader reads the error.
// autoComplete is "off" unless a field asks otherwise: nearly every field holds personal information,
// which the browser must not copy into its autofill store (issue #13, item 9).
import TextField, { type TextFieldProps } from '@mui/material/TextField';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldMessage } from './fieldError';

type Props<T extends FieldValues, TT> = Omit<TextFieldProps, 'name' | 'value' | 'onChange' | 'onBlur' | 'error' | 'inputRef'> & {
  control: Control<T, unknown, TT>;
  name: Path<T>;
};

export function FormTextField<T extends FieldValues, TT = T>({ control, name, helperText, autoComplete = 'off', ...rest }: Props<T, TT>) {
  const { t } = useTranslation();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextField
          {...rest}
          autoComplete={autoComplete}
          name={field.name}
          value={field.value ?? ''}
          onChange={field.onChange}
          onBlur={field.onBlur}
          inputRef={field.ref}
          error={fieldState.error !== undefined}
          helperText={fieldState.error ? fieldMessage(t, fieldState.error) : helperText}
        />
      )}
    />
  );
}
