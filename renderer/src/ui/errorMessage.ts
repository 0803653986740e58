// Turns any thrown value into a sentence for the officer, in their language. Store errors carry a
// stable `code` (store/errors.ts); a RuleViolation (domain/ruleViolation.ts) names the rule of law
// or of the workflow it broke, translated under `rules.` with its parameters; anything else gets the
// generic message with its text as detail, which never holds personal information by the store's
// contract.
import type { TFunction } from 'i18next';
import { isIsoDate } from '../domain/isoDate';
import { RuleViolation } from '../domain/ruleViolation';
import { TooManyAttemptsError, WeakPassphraseError } from '../store/errors';

const KNOWN_CODES = new Set([
  'wrongPassphrase',
  'wrongRecoveryKey',
  'tooManyAttempts',
  'vaultLocked',
  'integrity',
  'validation',
  'notFound',
  'vaultFormat',
  'weakPassphrase',
  'vaultExists',
  // A form's refusal already shown at its field (SHOWN_AT_FIELD).
  'shownAtField',
  // The browser could not print (host/browserHost.ts): the message points to Save.
  'print-failed',
  // Letters (letters/accessLetter.ts, letters/letterDocument.ts): nothing is recorded when they fail.
  'signatureImage',
  'letterUnfinished',
]);

/**
 * What a form's alert holds once the refusal itself is shown at the field it names: the alert then
 * says only that nothing was saved and where to look, so the officer does not read the same sentence twice.
 */
export const SHOWN_AT_FIELD = Object.freeze({ code: 'shownAtField' });

export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

/** Dates in the officer's format, and workflow codes (status, action, regime) in words. */
function ruleParams(t: TFunction, params: Record<string, string | number>): Record<string, string | number> {
  const locale = t('format.locale');
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'string' && isIsoDate(value)) {
      out[key] = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${value}T00:00:00Z`));
    } else if (key === 'status' && typeof value === 'string') {
      out[key] = t(`accessRequests.status.${value}`, { defaultValue: value });
    } else if (key === 'action' && typeof value === 'string') {
      out[key] = t(`accessRequests.actions.${value}.label`, { defaultValue: value });
    } else if (key === 'regime' && typeof value === 'string') {
      out[key] = t(`regimesShort.${value}`, { defaultValue: value });
    } else {
      out[key] = value;
    }
  }
  return out;
}

/** The rule's sentence alone, for the field it is about. */
export function ruleMessage(t: TFunction, violation: RuleViolation): string {
  return t(`rules.${violation.rule}`, { ...ruleParams(t, violation.params), defaultValue: t('rules.unknown') });
}

export function errorMessage(t: TFunction, error: unknown): string {
  if (error instanceof RuleViolation) return `${ruleMessage(t, error)} ${t('rules.nothingSaved')}`;
  const code = errorCode(error);
  if (code && KNOWN_CODES.has(code)) {
    // `count` picks the plural form ("1 second", "30 seconds").
    const count = error instanceof TooManyAttemptsError ? Math.ceil(error.retryAfterMs / 1000) : undefined;
    const minLength = error instanceof WeakPassphraseError ? error.minLength : undefined;
    return t(`errors.${code}`, { count, minLength });
  }
  const detail = error instanceof Error ? error.message : String(error);
  return t('errors.generic', { detail });
}
