// Maps a store ValidationError back onto the form's fields, so the officer sees the message next to
// the field the store refused. Returns false when no field matched (the caller shows an alert).
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ValidationError } from '../../store/errors';

export function applyFieldErrors<T extends FieldValues>(error: unknown, fieldNames: readonly string[], setError: UseFormSetError<T>): boolean {
  if (!(error instanceof ValidationError)) return false;
  let applied = false;
  for (const [path, message] of Object.entries(error.fields)) {
    if (!fieldNames.includes(path)) continue;
    setError(path as Path<T>, { type: 'store', message }, { shouldFocus: !applied });
    applied = true;
  }
  return applied;
}
