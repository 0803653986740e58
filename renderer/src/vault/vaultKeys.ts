// Creating, opening and rewrapping the data key. The data key encrypts every record; it is random,
// never derived from the passphrase, so changing the passphrase or recovering rewraps 32 bytes
// instead of re-encrypting the database. Rotating it (store/rekey.ts) re-encrypts every record.
import { randomBytes, wipe, type Bytes } from './bytes';
import type { KdfParams } from './kdfParams';
import { SALT_BYTES } from './kdfParams';
import { formatRecoveryKey, RECOVERY_KEY_BYTES } from './recoveryKeyText';
import { openBytes, sealBytes } from './seal';
import { NO_FAILED_ATTEMPTS } from './throttle';
import {
  DATA_KEY_BYTES,
  VAULT_FORMAT_VERSION,
  VAULT_HEADER_ID,
  WRAP_PURPOSE,
  type PassphraseWrap,
  type VaultHeader,
} from './vaultHeader';
import { passphraseWrappingKey, recoveryWrappingKey } from './wrappingKeys';

/** Non-extractable: once imported, script in the renderer can use the key but never read it. */
export async function importDataKey(raw: Bytes): Promise<CryptoKey> {
  try {
    return await globalThis.crypto.subtle.importKey('raw', raw, { name: 'AES-GCM', length: 256 }, false, [
      'encrypt',
      'decrypt',
    ]);
  } finally {
    wipe(raw);
  }
}

/** A new salt and wrapping for `rawDataKey` under `passphrase`. Does not wipe `rawDataKey`. */
export async function wrapForPassphrase(rawDataKey: Bytes, passphrase: string, kdf: KdfParams): Promise<PassphraseWrap> {
  const salt = randomBytes(SALT_BYTES);
  const wrappingKey = await passphraseWrappingKey(passphrase, salt, kdf);
  const passphraseWrap = await sealBytes(wrappingKey, WRAP_PURPOSE.passphrase, rawDataKey);
  return { kdf, salt, passphraseWrap };
}

/** A new random recovery key and the data key wrapped under it. Does not wipe `rawDataKey`. */
export async function wrapForRecovery(rawDataKey: Bytes): Promise<{ recoveryWrap: Bytes; recoveryKey: string }> {
  const rawRecoveryKey = randomBytes(RECOVERY_KEY_BYTES);
  try {
    const recoveryWrap = await sealBytes(await recoveryWrappingKey(rawRecoveryKey), WRAP_PURPOSE.recovery, rawDataKey);
    return { recoveryWrap, recoveryKey: formatRecoveryKey(rawRecoveryKey) };
  } finally {
    wipe(rawRecoveryKey);
  }
}

/** A new vault's header and keys; also a rotation's, whose new header replaces the old one whole. */
export async function createVaultKeys(
  passphrase: string,
  kdf: KdfParams,
  now: number,
): Promise<{ header: VaultHeader; dataKey: CryptoKey; recoveryKey: string }> {
  const rawDataKey = randomBytes(DATA_KEY_BYTES);
  try {
    const wrap = await wrapForPassphrase(rawDataKey, passphrase, kdf);
    const { recoveryWrap, recoveryKey } = await wrapForRecovery(rawDataKey);
    const header: VaultHeader = {
      id: VAULT_HEADER_ID,
      version: VAULT_FORMAT_VERSION,
      ...wrap,
      recoveryWrap,
      attempts: NO_FAILED_ATTEMPTS,
      createdAt: now,
      kitConfirmed: false,
    };
    return { header, dataKey: await importDataKey(rawDataKey), recoveryKey };
  } finally {
    wipe(rawDataKey);
  }
}

/** The raw data key (caller wipes it), or null if the passphrase is wrong. Runs Argon2id. */
export async function openWithPassphrase(header: VaultHeader, passphrase: string): Promise<Bytes | null> {
  const wrappingKey = await passphraseWrappingKey(passphrase, header.salt, header.kdf);
  return openBytes(wrappingKey, WRAP_PURPOSE.passphrase, header.passphraseWrap);
}

/** The raw data key (caller wipes it), or null if the recovery key is not this vault's. */
export async function openWithRecoveryKey(header: VaultHeader, recoveryKey: Bytes): Promise<Bytes | null> {
  const wrappingKey = await recoveryWrappingKey(recoveryKey);
  return openBytes(wrappingKey, WRAP_PURPOSE.recovery, header.recoveryWrap);
}
