// The two keys that wrap the data key. Neither is ever stored; both are re-derived on each use.
import { argon2id } from 'hash-wasm';
import { utf8, wipe, type Bytes } from './bytes';
import type { KdfParams } from './kdfParams';
import { normalisePassphrase } from './passphrasePolicy';

const AES_KEY = { name: 'AES-GCM', length: 256 } as const;

async function importWrappingKey(raw: Bytes): Promise<CryptoKey> {
  try {
    return await globalThis.crypto.subtle.importKey('raw', raw, AES_KEY, false, ['encrypt', 'decrypt']);
  } finally {
    wipe(raw);
  }
}

/** Argon2id: a passphrase is low-entropy, so each guess must cost memory and time. */
export async function passphraseWrappingKey(passphrase: string, salt: Bytes, kdf: KdfParams): Promise<CryptoKey> {
  const password = utf8(normalisePassphrase(passphrase));
  const derived = await argon2id({
    password,
    salt,
    iterations: kdf.iterations,
    parallelism: kdf.parallelism,
    memorySize: kdf.memoryKiB,
    hashLength: 32,
    outputType: 'binary',
  });
  wipe(password);
  const raw = new Uint8Array(derived);
  wipe(derived);
  return importWrappingKey(raw);
}

/**
 * HKDF-SHA256, not Argon2id: the recovery key is 256 uniformly random bits, so there is nothing
 * for a slow hash to protect: guessing it is already 2^256 work. HKDF only turns it into an AES key
 * bound to its purpose (the `info`), and keeps recovery instant on a slow machine. No salt is
 * needed for a uniformly random input (RFC 5869 §3.1); the empty salt means HashLen zero bytes.
 */
export async function recoveryWrappingKey(recoveryKey: Bytes): Promise<CryptoKey> {
  const material = await globalThis.crypto.subtle.importKey('raw', recoveryKey, 'HKDF', false, ['deriveKey']);
  return globalThis.crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: utf8('custodian/vault/v1/recovery-wrapping-key') },
    material,
    AES_KEY,
    false,
    ['encrypt', 'decrypt'],
  );
}
