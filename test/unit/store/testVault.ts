// A fresh vault per test, each in its own database.
import 'fake-indexeddb/auto';
import { openVaultGate, type StoreVaultGate, type VaultGateOptions } from '../../../renderer/src/store';
import { SYNTHETIC_OFFICER, SYNTHETIC_ORGANISATION } from '../../fixtures/people';

export const PASSPHRASE = 'correct horse battery staple';
export const NEW_PASSPHRASE = 'a brand new passphrase 2';

let counter = 0;
export function uniqueDbName(): string {
  return `custodian-test-${process.pid}-${++counter}-${Math.random().toString(36).slice(2)}`;
}

/** A settable clock, so throttle tests do not sleep. */
export function testClock(start = Date.UTC(2025, 0, 15, 9, 0, 0)) {
  let time = start;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

export async function createTestVault(options: VaultGateOptions = {}) {
  const dbName = options.dbName ?? uniqueDbName();
  const gate: StoreVaultGate = openVaultGate({ ...options, dbName });
  const { session, recoveryKey } = await gate.create({
    passphrase: PASSPHRASE,
    organisation: { ...SYNTHETIC_ORGANISATION },
    officer: { ...SYNTHETIC_OFFICER },
  });
  return { dbName, gate, session, recoveryKey, reopen: () => openVaultGate({ ...options, dbName }) };
}
