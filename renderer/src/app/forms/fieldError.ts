// Schema messages are i18n keys ('validation.required'); a message that is not one (zod's own
// defaults, e.g. for an enum) falls back to a generic sentence rather than showing English text.
import type { TFunction } from 'i18next';

export function fieldErrorText(t: TFunction, message: string | undefined): string {
  if (message && /^validation\.[A-Za-z]+$/.test(message)) return t(message);
  return t('validation.invalid');
}
