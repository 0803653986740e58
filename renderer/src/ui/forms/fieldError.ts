// The text under a field. Schema messages are i18n keys ('validation.required'); a store rule
// refusal arrives already translated, with its dates (type 'rule', see
// applyStoreErrors.ts); anything else (zod's own English defaults)
// falls back to a generic sentence rather than showing English text.
import type { TFunction } from 'i18next';
import type { FieldError } from 'react-hook-form';

export const RULE_ERROR_TYPE = 'rule';

export function fieldErrorText(t: TFunction, message: string | undefined): string {
  if (message && /^validation\.[A-Za-z]+$/.test(message)) return t(message);
  return t('validation.invalid');
}

export function fieldMessage(t: TFunction, error: Pick<FieldError, 'type' | 'message'> | undefined): string | undefined {
  if (!error) return undefined;
  if (error.type === RULE_ERROR_TYPE && error.message) return error.message;
  return fieldErrorText(t, error.message);
}
