// The recovery key as the officer writes it down: 32 random bytes in Crockford base32, groups of
// four, then one group of checksum. Crockford's alphabet has no I, L, O or U, so reading it aloud
// or copying it by hand is forgiving, and the parser maps the look-alikes back.
//
// The checksum is a CRC-20 over the 52 key symbols (5 bits each). Any generator with x^20 and x^0
// terms catches every burst of up to 20 bits, so every single wrong character (5 bits) and every
// swap of two neighbours (10 bits) is caught for certain; other typos slip through about once in
// a million. That lets the screen say "check group 7" before any decryption is tried.
import { WrongRecoveryKeyError } from './errors';
import type { Bytes } from './bytes';

export const RECOVERY_KEY_BYTES = 32;
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const KEY_SYMBOLS = Math.ceil((RECOVERY_KEY_BYTES * 8) / 5); // 52
const CHECK_SYMBOLS = 4; // 20 bits
const GROUP = 4;
const CRC20_POLY = 0x9a5d3; // x^20 + … + 1: low 20 bits, bit 0 set
const CRC20_MASK = 0xfffff;

const LOOK_ALIKES: Record<string, string> = { O: '0', I: '1', L: '1' };

function crc20(symbols: readonly number[]): number {
  let crc = CRC20_MASK; // non-zero start so a key of zeros does not have a zero checksum
  for (const symbol of symbols) {
    for (let bit = 4; bit >= 0; bit--) {
      const top = ((crc >> 19) & 1) ^ ((symbol >> bit) & 1);
      crc = (crc << 1) & CRC20_MASK;
      if (top) crc ^= CRC20_POLY;
    }
  }
  return crc;
}

function bytesToSymbols(bytes: Uint8Array): number[] {
  const symbols: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      symbols.push((buffer >> (bits - 5)) & 31);
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) symbols.push((buffer << (5 - bits)) & 31);
  return symbols;
}

/** Null if the trailing padding bits are not zero (the symbols cannot come from 32 bytes). */
function symbolsToBytes(symbols: readonly number[]): Bytes | null {
  const bytes = new Uint8Array(RECOVERY_KEY_BYTES);
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (const symbol of symbols) {
    buffer = (buffer << 5) | symbol;
    bits += 5;
    if (bits >= 8) {
      if (index < RECOVERY_KEY_BYTES) bytes[index++] = (buffer >> (bits - 8)) & 0xff;
      bits -= 8;
    }
    buffer &= (1 << bits) - 1;
  }
  return buffer === 0 ? bytes : null;
}

function checkSymbols(keySymbols: readonly number[]): number[] {
  const crc = crc20(keySymbols);
  return [15, 10, 5, 0].map((shift) => (crc >> shift) & 31);
}

/** `XXXX-XXXX-…` : 13 key groups and one checksum group. */
export function formatRecoveryKey(key: Uint8Array): string {
  if (key.length !== RECOVERY_KEY_BYTES) throw new RangeError('A recovery key is 32 bytes.');
  const symbols = bytesToSymbols(key);
  const text = [...symbols, ...checkSymbols(symbols)].map((s) => ALPHABET[s]).join('');
  return text.match(new RegExp(`.{1,${GROUP}}`, 'g'))!.join('-');
}

export type RecoveryKeyCheck = 'ok' | 'incomplete' | 'tooLong' | 'invalidCharacter' | 'typo';

function toSymbols(text: string): number[] | 'invalidCharacter' {
  const symbols: number[] = [];
  for (const raw of text.toUpperCase()) {
    if (raw === '-' || /\s/.test(raw)) continue;
    const value = ALPHABET.indexOf(LOOK_ALIKES[raw] ?? raw);
    if (value < 0) return 'invalidCharacter';
    symbols.push(value);
  }
  return symbols;
}

function decode(text: string): { check: RecoveryKeyCheck; key?: Bytes } {
  const symbols = toSymbols(text);
  if (symbols === 'invalidCharacter') return { check: symbols };
  if (symbols.length < KEY_SYMBOLS + CHECK_SYMBOLS) return { check: 'incomplete' };
  if (symbols.length > KEY_SYMBOLS + CHECK_SYMBOLS) return { check: 'tooLong' };
  const keySymbols = symbols.slice(0, KEY_SYMBOLS);
  const expected = checkSymbols(keySymbols);
  if (expected.some((s, i) => s !== symbols[KEY_SYMBOLS + i])) return { check: 'typo' };
  const key = symbolsToBytes(keySymbols);
  return key ? { check: 'ok', key } : { check: 'typo' };
}

/** For the form, while the officer types: is the text a well-formed key? Tries no decryption. */
export function checkRecoveryKey(text: string): RecoveryKeyCheck {
  return decode(text).check;
}

/** The 32 key bytes. Case, spaces, dashes and O/0, I/1, L/1 confusions are tolerated. */
export function parseRecoveryKey(text: string): Bytes {
  const { key } = decode(text);
  if (!key) throw new WrongRecoveryKeyError();
  return key;
}
