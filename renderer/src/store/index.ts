// The store's front door: one factory, the contract types, and the errors screens translate.
import { resolveKdfParams, type KdfParams } from '../vault/kdfParams';
import { CustodianDatabase, DEFAULT_DB_NAME } from './database';
import { DexieVaultGate, type StoreVaultGate } from './vaultGate';

export interface VaultGateOptions {
  /** IndexedDB database name; tests and benchmarks give each run its own. */
  dbName?: string;
  /** Clock for timestamps and the failed-try throttle (epoch ms). */
  now?: () => number;
  /**
   * KDF cost for new wrappings (create, change passphrase, recover). Checked against the same floors
   * as a stored header, so there is no way to ask for a weaker KDF; the floor (64 MiB, t=3) is
   * itself fast enough for tests (~0.2 s).
   */
  kdf?: Partial<KdfParams>;
  /**
   * Write the registers' seeds (the policy's purposes) into a new vault and at unlock where a
   * register is empty. Default true; store tests that count audit entries turn it off.
   */
  seedRegisters?: boolean;
}

export function openVaultGate(options: VaultGateOptions = {}): StoreVaultGate {
  const kdf = resolveKdfParams(options.kdf);
  return new DexieVaultGate(new CustodianDatabase(options.dbName ?? DEFAULT_DB_NAME), options.now ?? Date.now, kdf, options.seedRegisters ?? true);
}

export type { StoreVaultGate } from './vaultGate';
export type { StoreSession } from './session';
export type { StorePeopleRepository } from './peopleRepository';
export type { UnlockTimings } from './sessionData';
export type { VaultSnapshot, SnapshotDocument } from './snapshot';
export type { KdfParams } from '../vault/kdfParams';
export { DEFAULT_SEARCH_LIMIT } from './peopleRepository';
export { DEFAULT_DB_NAME } from './database';
export { MIN_PASSPHRASE_LENGTH } from '../vault/passphrasePolicy';
export { checkRecoveryKey, type RecoveryKeyCheck } from '../vault/recoveryKeyText';
export * from './contract';
export * from './errors';
