// A MUI TextField bound to react-hook-form. MUI links the helper text (hint or error) to the input
// with aria-describedby and sets aria-invalid from `error`, so a screen reader reads the error.
import TextField, { type TextFieldProps } from '@mui/material/TextField';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldMessage } from './fieldError';

type Props<T extends FieldValues, TT> = Omit<TextFieldProps, 'name' | 'value' | 'onChange' | 'onBlur' | 'error' | 'inputRef'> & {
  control: Control<T, unknown, TT>;
  name: Path<T>;
};

export function FormTextField<T extends FieldValues, TT = T>({ control, name, helperText, ...rest }: Props<T, TT>) {
  const { t } = useTranslation();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextField
          {...rest}
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
