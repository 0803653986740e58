// A choice among fixed options, bound to react-hook-form: a native <select> inside a MUI TextField,
// as the people form's "kind" (a native list works with every screen reader and the keyboard's
// type-ahead). The error shows under it the app's way (FormTextField, fieldError.ts).
import type { TextFieldProps } from '@mui/material/TextField';
import type { FieldValues, Path, Control } from 'react-hook-form';
import { FormTextField } from './FormTextField';

export interface SelectOption {
  value: string;
  label: string;
}

type Props<T extends FieldValues, TT> = Omit<TextFieldProps, 'name' | 'value' | 'onChange' | 'onBlur' | 'error' | 'inputRef' | 'select' | 'children'> & {
  control: Control<T, unknown, TT>;
  name: Path<T>;
  options: readonly SelectOption[];
  /** An empty first choice (value ''), for an optional field or one with no sensible default. */
  emptyLabel?: string;
};

export function SelectField<T extends FieldValues, TT = T>({ options, emptyLabel, slotProps, ...rest }: Props<T, TT>) {
  return (
    <FormTextField {...rest} select slotProps={{ ...slotProps, select: { native: true }, inputLabel: { shrink: true } }}>
      {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </FormTextField>
  );
}
