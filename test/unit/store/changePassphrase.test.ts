import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { WeakPassphraseError, WrongPassphraseError } from '../../../renderer/src/store';
import { syntheticPeople } from '../../fixtures/people';
import { readRawDatabase, readRawRow } from './rawDatabase';
import { createTestVault, NEW_PASSPHRASE, PASSPHRASE } from './testVault';

vi.mock('hash-wasm', () => import('./cheapArgon2'));

type RawHeader = { salt: Uint8Array; passphraseWrap: Uint8Array; recoveryWrap: Uint8Array };

describe('changing the passphrase', () => {
  it('rewraps the data key under a new salt and re-encrypts no record', async () => {
    const { gate, session, dbName } = await createTestVault();
    await session.people.bulkAdd(syntheticPeople(20, 3));
    const before = await readRawDatabase(dbName);
    const headerBefore = await readRawRow<RawHeader>(dbName, 'vault', 'header');

    await session.changePassphrase(PASSPHRASE, NEW_PASSPHRASE);

    const after = await readRawDatabase(dbName);
    const headerAfter = await readRawRow<RawHeader>(dbName, 'vault', 'header');
    expect(headerAfter.salt).not.toEqual(headerBefore.salt);
    expect(headerAfter.passphraseWrap).not.toEqual(headerBefore.passphraseWrap);
    expect(headerAfter.recoveryWrap).toEqual(headerBefore.recoveryWrap);
    for (const table of ['people', 'profile', 'settings', 'prefs']) expect(after[table]).toEqual(before[table]);

    session.lock();
    await expect(gate.unlock(PASSPHRASE)).rejects.toThrow(WrongPassphraseError);
    expect((await gate.unlock(NEW_PASSPHRASE)).people.count()).toBe(20);
  });

  it('refuses a wrong current passphrase (and counts it) or a weak new one, changing nothing', async () => {
    const { gate, session, dbName } = await createTestVault();
    const before = await readRawRow<Record<string, unknown>>(dbName, 'vault', 'header');
    await expect(session.changePassphrase('not my passphrase!', NEW_PASSPHRASE)).rejects.toThrow(WrongPassphraseError);
    await expect(session.changePassphrase(PASSPHRASE, 'short')).rejects.toThrow(WeakPassphraseError);
    const after = await readRawRow<Record<string, unknown>>(dbName, 'vault', 'header');
    expect({ ...after, attempts: null }).toEqual({ ...before, attempts: null });
    expect((await gate.attempts()).failed).toBe(1);
    session.lock();
    expect((await gate.unlock(PASSPHRASE)).locked).toBe(false);
  });
});
