// The passphrase rule, enforced here and not only on the form: a vault created by any caller
// (a script, a future import) gets the same floor.
import { WeakPassphraseError } from './errors';

export const MIN_PASSPHRASE_LENGTH = 12;

/**
 * NFC so that "é" typed as one code point or as e + combining accent derives the same key
 * (macOS and Windows keyboards differ).
 */
export function normalisePassphrase(passphrase: string): string {
  return passphrase.normalize('NFC');
}

/** Counted in code points, so an emoji or an accented letter counts as one character. */
export function assertPassphrasePolicy(passphrase: string): void {
  if ([...normalisePassphrase(passphrase)].length < MIN_PASSPHRASE_LENGTH) {
    throw new WeakPassphraseError(MIN_PASSPHRASE_LENGTH);
  }
}
