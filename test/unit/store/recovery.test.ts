import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { WeakPassphraseError, WrongPassphraseError, WrongRecoveryKeyError } from '../../../renderer/src/store';
import { syntheticPeople } from '../../fixtures/people';
import { kdfRuns } from './cheapArgon2';
import { readRawRow } from './rawDatabase';
import { createTestVault, NEW_PASSPHRASE, PASSPHRASE } from './testVault';

vi.mock('hash-wasm', () => import('./cheapArgon2'));

describe('recovery with the recovery key', () => {
  it('opens the vault with a new passphrase; the old passphrase then fails and the new one works', async () => {
    const { gate, session, recoveryKey } = await createTestVault();
    await session.people.bulkAdd(syntheticPeople(5, 7));
    session.lock();

    const recovered = await gate.recover(recoveryKey, NEW_PASSPHRASE);
    expect(recovered.people.count()).toBe(5);
    recovered.lock();
    await expect(gate.unlock(PASSPHRASE)).rejects.toThrow(WrongPassphraseError);
    expect((await gate.unlock(NEW_PASSPHRASE)).people.count()).toBe(5);
  });

  it('accepts the key typed sloppily: lower case, spaces for dashes, O for 0', async () => {
    const { gate, session, recoveryKey } = await createTestVault();
    session.lock();
    const sloppy = recoveryKey.toLowerCase().replaceAll('-', ' ').replaceAll('0', 'o');
    expect((await gate.recover(sloppy, NEW_PASSPHRASE)).locked).toBe(false);
  });

  it('requires an acceptable new passphrase, and changes nothing without one', async () => {
    const { gate, session, recoveryKey, dbName } = await createTestVault();
    session.lock();
    const before = await readRawRow(dbName, 'vault', 'header');
    await expect(gate.recover(recoveryKey, 'too short')).rejects.toThrow(WeakPassphraseError);
    expect(await readRawRow(dbName, 'vault', 'header')).toEqual(before);
  });

  it('catches a typo before trying anything, and refuses another vault’s key', async () => {
    const { gate, session, recoveryKey, dbName } = await createTestVault();
    const other = await createTestVault();
    session.lock();
    const before = await readRawRow(dbName, 'vault', 'header');
    const typo = recoveryKey.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));

    kdfRuns.count = 0;
    await expect(gate.recover(typo, NEW_PASSPHRASE)).rejects.toThrow(WrongRecoveryKeyError);
    expect(kdfRuns.count).toBe(0);
    await expect(gate.recover(other.recoveryKey, NEW_PASSPHRASE)).rejects.toThrow(WrongRecoveryKeyError);
    expect(await readRawRow(dbName, 'vault', 'header')).toEqual(before);
    expect((await gate.unlock(PASSPHRASE)).locked).toBe(false);
  });

  it('clears the failed-try counter, since the officer proved who they are', async () => {
    const { gate, session, recoveryKey } = await createTestVault();
    session.lock();
    for (let i = 0; i < 6; i++) await gate.unlock('wrong wrong wrong').catch(() => undefined);
    expect((await gate.attempts()).failed).toBeGreaterThanOrEqual(5);
    await gate.recover(recoveryKey, NEW_PASSPHRASE);
    expect(await gate.attempts()).toEqual({ failed: 0, nextTryAt: null });
  });
});
