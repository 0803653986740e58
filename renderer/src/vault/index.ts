// The vault: key derivation, wrapping and sealing. No storage here; store/ persists the header.
export type { Bytes } from './bytes';
export { DEFAULT_KDF, KDF_LIMITS, kdfParamsProblem, resolveKdfParams, type KdfParams } from './kdfParams';
export { MIN_PASSPHRASE_LENGTH, assertPassphrasePolicy } from './passphrasePolicy';
export { checkRecoveryKey, formatRecoveryKey, parseRecoveryKey, type RecoveryKeyCheck } from './recoveryKeyText';
export { openBytes, sealBytes } from './seal';
export {
  FREE_ATTEMPTS,
  MAX_RETRY_DELAY_MS,
  NO_FAILED_ATTEMPTS,
  nextTryAt,
  retryAfterMs,
  retryDelayMs,
  type FailedAttempts,
} from './throttle';
export { assertVaultHeader, VAULT_HEADER_ID, type VaultHeader } from './vaultHeader';
export { createVaultKeys, importDataKey, openWithPassphrase, openWithRecoveryKey, wrapForPassphrase, wrapForRecovery } from './vaultKeys';
