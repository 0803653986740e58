// The one clear row that describes a vault. It holds no personal information: KDF parameters,
// salt, the two wrapped copies of the data key, the failed-try counter (kept here so that
// restarting the app does not reset the throttle) and whether the recovery kit was confirmed.
import { VaultFormatError } from './errors';
import type { Bytes } from './bytes';
import { kdfParamsProblem, type KdfParams } from './kdfParams';
import { IV_BYTES, TAG_BYTES } from './seal';
import type { FailedAttempts } from './throttle';

export const VAULT_FORMAT_VERSION = 1;
export const VAULT_HEADER_ID = 'header';
export const DATA_KEY_BYTES = 32;
const WRAPPED_KEY_BYTES = IV_BYTES + DATA_KEY_BYTES + TAG_BYTES;

/** AAD of each wrapped copy of the data key: a copy cannot be passed off as the other. */
export const WRAP_PURPOSE = {
  passphrase: 'custodian/vault/v1/passphrase',
  recovery: 'custodian/vault/v1/recovery',
} as const;

export interface PassphraseWrap {
  kdf: KdfParams;
  salt: Bytes;
  passphraseWrap: Bytes;
}

export interface VaultHeader extends PassphraseWrap {
  id: typeof VAULT_HEADER_ID;
  version: typeof VAULT_FORMAT_VERSION;
  recoveryWrap: Bytes;
  attempts: FailedAttempts;
  /** Epoch ms. */
  createdAt: number;
  /**
   * False from the moment a recovery key is made until the officer confirms its kit is kept, so a
   * first run killed before the kit step asks for a new kit at the next unlock. Absent in vaults
   * made before the flag existed: treated as confirmed.
   */
  kitConfirmed?: boolean;
}

function attemptsProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return 'the failed-try counter is missing';
  const { failed, lastFailedAt } = value as Record<string, unknown>;
  if (typeof failed !== 'number' || !Number.isInteger(failed) || failed < 0) return 'the failed-try counter is not a count';
  if (lastFailedAt !== null && (typeof lastFailedAt !== 'number' || !Number.isFinite(lastFailedAt))) {
    return 'the time of the last failed try is not a time';
  }
  return null;
}

const isWrappedKey = (value: unknown) => value instanceof Uint8Array && value.length === WRAPPED_KEY_BYTES;

/** Checked before any key derivation, so a tampered header cannot make the KDF cheap. */
export function assertVaultHeader(row: unknown): asserts row is VaultHeader {
  if (typeof row !== 'object' || row === null) throw new VaultFormatError('the header row is missing');
  const h = row as Record<string, unknown>;
  if (h.version !== VAULT_FORMAT_VERSION) throw new VaultFormatError('the vault format version is not supported');
  const problem =
    kdfParamsProblem(h.kdf, h.salt) ??
    (isWrappedKey(h.passphraseWrap) ? null : 'the passphrase-wrapped key is malformed') ??
    (isWrappedKey(h.recoveryWrap) ? null : 'the recovery-wrapped key is malformed') ??
    attemptsProblem(h.attempts) ??
    (h.kitConfirmed === undefined || typeof h.kitConfirmed === 'boolean' ? null : 'the recovery-kit flag is not a yes or no');
  if (problem) throw new VaultFormatError(problem);
}
