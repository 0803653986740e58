// How long to wait after wrong passphrases. Argon2id already costs ~0.2 s a guess; the delay makes
// an attacker at the keyboard (or a script driving the UI) wait hours for a few hundred guesses
// while an officer who mistypes five times waits a second.

export const FREE_ATTEMPTS = 5;
export const MAX_RETRY_DELAY_MS = 15 * 60 * 1000;

export interface FailedAttempts {
  /** Wrong passphrases since the last success. */
  failed: number;
  /** Clock time (ms) of the latest wrong passphrase, or null. */
  lastFailedAt: number | null;
}

export const NO_FAILED_ATTEMPTS: FailedAttempts = { failed: 0, lastFailedAt: null };

/** Delay owed after `failed` wrong tries: none for the first four, then 1 s, 2 s, 4 s … capped at 15 min. */
export function retryDelayMs(failed: number): number {
  if (failed < FREE_ATTEMPTS) return 0;
  const exponent = failed - FREE_ATTEMPTS;
  // 2^20 s is far past the cap; stopping there keeps the arithmetic finite for any counter.
  return Math.min(2 ** Math.min(exponent, 20) * 1000, MAX_RETRY_DELAY_MS);
}

/** When the next try is allowed, or null if it is allowed now regardless of the clock. */
export function nextTryAt(attempts: FailedAttempts): number | null {
  const delay = retryDelayMs(attempts.failed);
  if (delay === 0 || attempts.lastFailedAt === null) return null;
  return attempts.lastFailedAt + delay;
}

/**
 * Milliseconds to wait before trying again (0 = go ahead). Never more than the full delay: if the
 * clock was set back, the officer is not locked out for the difference.
 */
export function retryAfterMs(attempts: FailedAttempts, now: number): number {
  const at = nextTryAt(attempts);
  if (at === null) return 0;
  return Math.max(0, Math.min(at - now, retryDelayMs(attempts.failed)));
}
