import { describe, expect, it } from 'vitest';
import { WrongRecoveryKeyError } from '../../../renderer/src/store/errors';
import { checkRecoveryKey, formatRecoveryKey, parseRecoveryKey } from '../../../renderer/src/vault/recoveryKeyText';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const key = Uint8Array.from({ length: 32 }, (_, i) => (i * 37 + 11) & 0xff);

describe('recovery key text', () => {
  it('is thirteen groups of four Crockford characters plus one checksum group', () => {
    const text = formatRecoveryKey(key);
    expect(text).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){13}[0-9A-HJKMNP-TV-Z]{4}$/);
  });

  it('round-trips random keys', () => {
    for (let i = 0; i < 50; i++) {
      const random = crypto.getRandomValues(new Uint8Array(32));
      expect(parseRecoveryKey(formatRecoveryKey(random))).toEqual(random);
    }
  });

  it('tolerates lower case, spaces, missing dashes and O/0, I/1, L/1 confusions', () => {
    const text = formatRecoveryKey(key);
    const sloppy = text.toLowerCase().replaceAll('-', '  ').replaceAll('0', 'o').replaceAll('1', 'l');
    expect(parseRecoveryKey(sloppy)).toEqual(key);
    expect(parseRecoveryKey(text.replaceAll('1', 'I').replaceAll('-', ''))).toEqual(key);
  });

  it('catches every single wrong character before any decryption', () => {
    const text = formatRecoveryKey(key).replaceAll('-', '');
    for (let position = 0; position < text.length; position++) {
      for (const replacement of ALPHABET) {
        if (replacement === text[position]) continue;
        const typo = text.slice(0, position) + replacement + text.slice(position + 1);
        expect(checkRecoveryKey(typo), `position ${position}`).toBe('typo');
      }
    }
  });

  it('catches two neighbouring characters swapped', () => {
    const text = formatRecoveryKey(key).replaceAll('-', '');
    for (let position = 0; position + 1 < text.length; position++) {
      if (text[position] === text[position + 1]) continue;
      const swapped = text.slice(0, position) + text[position + 1] + text[position] + text.slice(position + 2);
      expect(checkRecoveryKey(swapped)).toBe('typo');
    }
  });

  it('says what is wrong with a malformed key, and parse refuses it with WrongRecoveryKeyError', () => {
    const text = formatRecoveryKey(key);
    expect(checkRecoveryKey(text)).toBe('ok');
    expect(checkRecoveryKey(text.slice(0, -5))).toBe('incomplete');
    expect(checkRecoveryKey(`${text}-7`)).toBe('tooLong');
    expect(checkRecoveryKey(text.replace(/^./, 'U'))).toBe('invalidCharacter');
    expect(() => parseRecoveryKey(text.slice(0, -1) + (text.endsWith('A') ? 'B' : 'A'))).toThrow(WrongRecoveryKeyError);
  });
});
