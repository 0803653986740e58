import { describe, expect, it } from 'vitest';
import { WeakPassphraseError } from '../../../renderer/src/store/errors';
import { assertPassphrasePolicy } from '../../../renderer/src/vault/passphrasePolicy';

describe('passphrase policy', () => {
  it('refuses eleven characters and says how many are needed', () => {
    expect(() => assertPassphrasePolicy('abcdefghijk')).toThrow(WeakPassphraseError);
    expect(() => assertPassphrasePolicy('abcdefghijk')).toThrow(/at least 12 characters/);
  });

  it('accepts twelve characters, counting an accented letter once however it was typed', () => {
    expect(() => assertPassphrasePolicy('abcdefghijkl')).not.toThrow();
    expect(() => assertPassphrasePolicy('e\u0301'.repeat(11))).toThrow(WeakPassphraseError);
    expect(() => assertPassphrasePolicy('é'.repeat(12))).not.toThrow();
  });
});
