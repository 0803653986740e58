// AES-256-GCM with a fresh random 96-bit IV per call, output IV || ciphertext+tag. The AAD names
// where the value belongs (a row, or the purpose of a wrapped key): the same ciphertext presented
// anywhere else fails its tag, so rows cannot be swapped or replayed into another slot unnoticed.
// Random IVs are safe here: at 2^32 writes under one key the collision odds stay below 2^-32, and
// an officer's record book writes orders of magnitude less.
import { concatBytes, utf8, type Bytes } from './bytes';

export const IV_BYTES = 12;
export const TAG_BYTES = 16;

export async function sealBytes(key: CryptoKey, aad: string, plaintext: Bytes): Promise<Bytes> {
  const iv = new Uint8Array(IV_BYTES);
  globalThis.crypto.getRandomValues(iv);
  const ciphertext = await globalThis.crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: utf8(aad), tagLength: TAG_BYTES * 8 },
    key,
    plaintext,
  );
  return concatBytes(iv, new Uint8Array(ciphertext));
}

/** The plaintext, or null if the value was altered, moved, or sealed under another key. */
export async function openBytes(key: CryptoKey, aad: string, sealed: Bytes): Promise<Bytes | null> {
  if (!(sealed instanceof Uint8Array) || sealed.length < IV_BYTES + TAG_BYTES) return null;
  try {
    const plaintext = await globalThis.crypto.subtle.decrypt(
      // subarray, not slice: WebCrypto copies its inputs anyway; at 50,000 rows the extra copies show.
      { name: 'AES-GCM', iv: sealed.subarray(0, IV_BYTES), additionalData: utf8(aad), tagLength: TAG_BYTES * 8 },
      key,
      sealed.subarray(IV_BYTES),
    );
    return new Uint8Array(plaintext);
  } catch {
    // WebCrypto reports a failed tag as a bare OperationError; the caller names the record.
    return null;
  }
}
