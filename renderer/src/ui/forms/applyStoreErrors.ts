// Puts a store or workflow refusal on the field it is about, so the officer sees why next to the
// value to change. ValidationError names fields by path; RuleViolation names at most one. `fields`
// maps the store's paths to this form's field names. Returns false when nothing matched (the
// caller shows the error as an alert instead).
import type { TFunction } from 'i18next';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ruleMessage } from '../errorMessage';
import { RuleViolation } from '../../domain/ruleViolation';
import { ValidationError } from '../../store/errors';
import { RULE_ERROR_TYPE } from './fieldError';

export function applyStoreErrors<T extends FieldValues>(
  error: unknown,
  fields: Readonly<Record<string, Path<T>>> | ((storeField: string) => string | undefined),
  setError: UseFormSetError<T>,
  t: TFunction,
): boolean {
  const targetOf = (path: string) => (typeof fields === 'function' ? (fields(path) as Path<T> | undefined) : fields[path]);
  if (error instanceof RuleViolation) {
    const target = error.field ? targetOf(error.field) : undefined;
    if (!target) return false;
    setError(target, { type: RULE_ERROR_TYPE, message: ruleMessage(t, error) }, { shouldFocus: true });
    return true;
  }
  if (error instanceof ValidationError) {
    let applied = false;
    for (const [path, message] of Object.entries(error.fields)) {
      const target = targetOf(path);
      if (!target) continue;
      setError(target, { type: 'store', message }, { shouldFocus: !applied });
      applied = true;
    }
    return applied;
  }
  return false;
}
