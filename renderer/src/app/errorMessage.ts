// Turns any thrown value into a sentence for the officer, in their language. Store errors carry a
// stable `code` (store/errors.ts); anything else gets the generic message with its text as detail,
// which never holds personal information by the store's contract.
import type { TFunction } from 'i18next';
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
]);

export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

export function errorMessage(t: TFunction, error: unknown): string {
  const code = errorCode(error);
  if (code && KNOWN_CODES.has(code)) {
    const seconds = error instanceof TooManyAttemptsError ? Math.ceil(error.retryAfterMs / 1000) : undefined;
    const minLength = error instanceof WeakPassphraseError ? error.minLength : undefined;
    return t(`errors.${code}`, { seconds, minLength });
  }
  const detail = error instanceof Error ? error.message : String(error);
  return t('errors.generic', { detail });
}
