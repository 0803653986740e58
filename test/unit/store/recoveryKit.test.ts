import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { openVaultGate, WrongPassphraseError, WrongRecoveryKeyError } from '../../../renderer/src/store';
import { VaultFormatError } from '../../../renderer/src/store/errors';
import { syntheticPeople } from '../../fixtures/people';
import { putRawRows, readRawRow } from './rawDatabase';
import { createTestVault, NEW_PASSPHRASE, PASSPHRASE, uniqueDbName } from './testVault';

vi.mock('hash-wasm', () => import('./cheapArgon2'));

const ANOTHER_PASSPHRASE = 'yet another passphrase 3';

describe('replacing the recovery key', () => {
  it('revokes the old kit: the old recovery key no longer unlocks, the new one does', async () => {
    const { gate, session, recoveryKey } = await createTestVault();
    await session.people.bulkAdd(syntheticPeople(3, 11));

    const replaced = await session.replaceRecoveryKey(PASSPHRASE);

    expect(replaced).not.toBe(recoveryKey);
    const [entry] = session.audit.list();
    expect([entry!.action, entry!.detail, entry!.fields]).toEqual(['passphraseChanged', 'recoveryKeyReplaced', ['recoveryKey']]);
    session.lock();
    await expect(gate.recover(recoveryKey, NEW_PASSPHRASE)).rejects.toThrow(WrongRecoveryKeyError);
    const recovered = await gate.recover(replaced, NEW_PASSPHRASE);
    expect(recovered.people.count()).toBe(3);
    expect((await recovered.audit.verify()).ok).toBe(true);
  });

  it('requires the current passphrase and changes nothing without it', async () => {
    const { gate, session, recoveryKey, dbName } = await createTestVault();
    const before = await readRawRow<Record<string, unknown>>(dbName, 'vault', 'header');
    await expect(session.replaceRecoveryKey('not my passphrase!')).rejects.toThrow(WrongPassphraseError);
    const after = await readRawRow<Record<string, unknown>>(dbName, 'vault', 'header');
    expect({ ...after, attempts: null }).toEqual({ ...before, attempts: null });
    session.lock();
    expect((await gate.recover(recoveryKey, NEW_PASSPHRASE)).locked).toBe(false);
  });
});

describe('a recovery kit never confirmed', () => {
  it('a new vault whose kit step never finished asks for a new kit at the next unlock, until one is confirmed', async () => {
    const { gate, session } = await createTestVault();
    expect(session.recoveryKitConfirmed()).toBe(false);
    session.lock(); // the app killed before the kit step's Continue

    const next = await gate.unlock(PASSPHRASE);
    expect(next.recoveryKitConfirmed()).toBe(false);
    await next.replaceRecoveryKey(PASSPHRASE);
    expect(next.recoveryKitConfirmed()).toBe(false);
    await next.confirmRecoveryKit();
    expect(next.recoveryKitConfirmed()).toBe(true);
    next.lock();

    expect((await gate.unlock(PASSPHRASE)).recoveryKitConfirmed()).toBe(true);
  });

  it('a vault restored on first run and killed before its kit was shown asks too', async () => {
    const { session } = await createTestVault();
    const snapshot = await session.exportSnapshot();
    const gate = openVaultGate({ dbName: uniqueDbName() });
    const restored = await gate.createFromSnapshot(ANOTHER_PASSPHRASE, snapshot);
    expect(restored.session.recoveryKitConfirmed()).toBe(false);
    restored.session.lock();
    expect((await gate.unlock(ANOTHER_PASSPHRASE)).recoveryKitConfirmed()).toBe(false);
  });

  it('recovering with the kit proves it is kept', async () => {
    const { gate, session, recoveryKey } = await createTestVault();
    session.lock();
    expect((await gate.recover(recoveryKey, NEW_PASSPHRASE)).recoveryKitConfirmed()).toBe(true);
    expect((await gate.unlock(NEW_PASSPHRASE)).recoveryKitConfirmed()).toBe(true);
  });

  it('a vault from before the flag existed still opens, as confirmed', async () => {
    const old = await createTestVault();
    old.session.lock();
    const { kitConfirmed: _dropped, ...header } = await readRawRow<Record<string, unknown>>(old.dbName, 'vault', 'header');
    await putRawRows(old.dbName, 'vault', [header]);
    expect((await old.gate.unlock(PASSPHRASE)).recoveryKitConfirmed()).toBe(true);
  });

  it('a header whose kit flag is not a yes or no is refused before any key is derived', async () => {
    const { gate, session, dbName } = await createTestVault();
    session.lock();
    const header = await readRawRow<Record<string, unknown>>(dbName, 'vault', 'header');
    await putRawRows(dbName, 'vault', [{ ...header, kitConfirmed: 'yes' }]);
    await expect(gate.unlock(PASSPHRASE)).rejects.toThrow(VaultFormatError);
  });
});
