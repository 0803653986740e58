import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { KeyReplacedError, WrongPassphraseError, WrongRecoveryKeyError } from '../../../renderer/src/store';
import { openAccessRequest, openDocument } from '../../../renderer/src/store/accessRequestRows';
import { openPerson } from '../../../renderer/src/store/peopleRows';
import { openRecord } from '../../../renderer/src/store/sealedRecords';
import { CustodianDatabase } from '../../../renderer/src/store/database';
import { IntegrityError } from '../../../renderer/src/store/errors';
import { ROTATION_PLANS, resealVault, unplannedTables } from '../../../renderer/src/store/rekey';
import type { Bytes } from '../../../renderer/src/vault/bytes';
import type { VaultHeader } from '../../../renderer/src/vault/vaultHeader';
import { importDataKey, openWithPassphrase } from '../../../renderer/src/vault/vaultKeys';
import { syntheticPeople } from '../../fixtures/people';
import { putRawRows, readRawDatabase, readRawRow } from './rawDatabase';
import { NEW_PASSPHRASE, PASSPHRASE, populatedVault, uniqueDbName } from './testVault';

vi.mock('hash-wasm', () => import('./cheapArgon2'));

async function dataKeyOf(dbName: string, passphrase: string): Promise<CryptoKey> {
  const raw = await openWithPassphrase(await readRawRow<VaultHeader>(dbName, 'vault', 'header'), passphrase);
  if (!raw) throw new Error('passphrase did not open the header');
  return importDataKey(raw);
}

type Row = Record<string, unknown> & { id: string; sealed: Bytes };

/** How each table's rows open, written out here rather than taken from the code under test. */
const OPENERS: Record<string, (key: CryptoKey, row: Row) => Promise<unknown>> = {
  settings: (key, row) => openRecord(key, 'settings', row.id, row.sealed),
  profile: (key, row) => openRecord(key, 'profile', row.id, row.sealed),
  people: (key, row) => openPerson(key, row as never),
  accessRequests: (key, row) => openAccessRequest(key, row as never),
  documents: (key, row) => openDocument(key, row as never),
  audit: (key, row) => openRecord(key, 'audit', 'entry', row.sealed),
  auditHead: (key, row) => openRecord(key, 'auditHead', row.id, row.sealed),
};

/** Opens every sealed row of the raw database with `key`: how many opened and how many did not. */
async function openAll(dbName: string, key: CryptoKey): Promise<{ opened: number; refused: number }> {
  const dump = await readRawDatabase(dbName);
  let opened = 0;
  let refused = 0;
  for (const [table, rows] of Object.entries(dump)) {
    for (const row of rows as Row[]) {
      if (!(row.sealed instanceof Uint8Array)) continue;
      const open = OPENERS[table];
      if (!open) throw new Error(`no opener for the sealed table ${table}`);
      try {
        await open(key, row);
        opened++;
      } catch (error) {
        if (!(error instanceof IntegrityError)) throw error;
        refused++;
      }
    }
  }
  return { opened, refused };
}

/** Every byte column of every row outside the header, as `table/key/column` → bytes. */
function byteColumns(dump: Record<string, unknown[]>): Map<string, Uint8Array> {
  const columns = new Map<string, Uint8Array>();
  for (const [table, rows] of Object.entries(dump)) {
    if (table === 'vault') continue;
    for (const row of rows as Record<string, unknown>[]) {
      for (const [column, value] of Object.entries(row)) {
        if (value instanceof Uint8Array) columns.set(`${table}/${String(row.id ?? row.seq)}/${column}`, value);
      }
    }
  }
  return columns;
}

describe('key rotation', () => {
  it('every table of the database has a rotation plan, and a table without one stops rotation before anything is written', async () => {
    const db = new CustodianDatabase(uniqueDbName());
    expect(db.tables.map((t) => t.name).sort()).toEqual(Object.keys(ROTATION_PLANS).sort());
    expect(unplannedTables(db)).toEqual([]);
    db.close();

    class GrownDatabase extends CustodianDatabase {
      constructor(name: string) {
        super(name);
        this.version(99).stores({ somethingNew: 'id' });
      }
    }
    const grown = new GrownDatabase(uniqueDbName());
    expect(unplannedTables(grown)).toEqual(['somethingNew']);
    const key = await importDataKey(new Uint8Array(32));
    await expect(resealVault(grown, key, key)).rejects.toThrow(/somethingNew/);
    grown.close();
  });

  it('re-encrypts every record: afterwards the old data key opens nothing and the new one opens everything', async () => {
    const { gate, session, dbName, recoveryKey } = await populatedVault();
    const oldKey = await dataKeyOf(dbName, PASSPHRASE);
    const before = await openAll(dbName, oldKey);
    expect(before.refused).toBe(0);
    const columnsBefore = byteColumns(await readRawDatabase(dbName));
    const peopleBefore = session.people.list({ includeArchived: true });
    const progress: number[] = [];

    const newRecoveryKey = await session.rotateKeys(PASSPHRASE, NEW_PASSPHRASE, (f) => progress.push(f));

    expect(newRecoveryKey).not.toBe(recoveryKey);
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(1);
    // Every sealed column of every table changed, whatever the table.
    const columnsAfter = byteColumns(await readRawDatabase(dbName));
    expect([...columnsAfter.keys()].sort()).toEqual(expect.arrayContaining([...columnsBefore.keys()].sort()));
    for (const [where, bytes] of columnsBefore) expect(columnsAfter.get(where), where).not.toEqual(bytes);

    // One more row than before: the rotation's own audit entry.
    expect(await openAll(dbName, oldKey)).toEqual({ opened: 0, refused: before.opened + 1 });
    const newKey = await dataKeyOf(dbName, NEW_PASSPHRASE);
    expect(await openAll(dbName, newKey)).toEqual({ opened: before.opened + 1, refused: 0 });

    // The open session carries on under the new key; its writes open at the next unlock.
    const [added] = await session.people.bulkAdd(syntheticPeople(1, 99));
    expect((await session.audit.verify()).ok).toBe(true);
    const last = session.audit.list()[1]!;
    expect([last.action, last.detail, last.fields]).toEqual(['passphraseChanged', 'keysRotated', ['dataKey', 'passphrase', 'recoveryKey']]);
    session.lock();

    await expect(gate.unlock(PASSPHRASE)).rejects.toThrow(WrongPassphraseError);
    await expect(gate.recover(recoveryKey, 'yet another passphrase 3')).rejects.toThrow(WrongRecoveryKeyError);
    const reopened = await gate.unlock(NEW_PASSPHRASE);
    expect(reopened.people.list({ includeArchived: true })).toEqual(expect.arrayContaining(peopleBefore));
    expect(reopened.people.get(added!.id)).toEqual(added);
    const [request] = reopened.accessRequests.list().filter((r) => r.letters.length);
    expect((await reopened.accessRequests.readLetter(request!.id, request!.letters[0]!.id)).pdf.length).toBeGreaterThan(0);
    expect((await reopened.audit.verify()).ok).toBe(true);
    expect(reopened.audit.damage()).toEqual([]); // versions kept: nothing reads as rolled back
    expect(reopened.recoveryKitConfirmed()).toBe(false);
    reopened.lock();
    expect((await gate.recover(newRecoveryKey, 'yet another passphrase 3')).people.count({ includeArchived: true })).toBe(peopleBefore.length + 1);
  });

  it('a failure mid-rotation (the disk refuses the documents) leaves the old passphrase, kit and every record as they were', async () => {
    const { gate, session, db, dbName, recoveryKey } = await populatedVault();
    const before = await readRawDatabase(dbName);
    vi.spyOn(db.documents, 'bulkPut').mockRejectedValueOnce(new Error('disk full'));

    await expect(session.rotateKeys(PASSPHRASE, NEW_PASSPHRASE)).rejects.toThrow('disk full');

    const after = await readRawDatabase(dbName);
    for (const table of Object.keys(before)) expect(after[table], table).toEqual(before[table]);
    // The session still writes under the key the disk holds.
    await session.people.bulkAdd(syntheticPeople(1, 42));
    const people = session.people.count({ includeArchived: true });
    session.lock();
    await expect(gate.unlock(NEW_PASSPHRASE)).rejects.toThrow(WrongPassphraseError);
    const reopened = await gate.unlock(PASSPHRASE);
    expect(reopened.people.count({ includeArchived: true })).toBe(people);
    expect((await reopened.audit.verify()).ok).toBe(true);
    reopened.lock();
    expect((await gate.recover(recoveryKey, 'yet another passphrase 3')).locked).toBe(false);
  });

  it('a record that does not open stops rotation before anything is written, naming the record', async () => {
    const { session, dbName, people } = await populatedVault();
    const row = await readRawRow<{ sealed: Uint8Array }>(dbName, 'people', people[1]!.id);
    row.sealed[row.sealed.length - 1]! ^= 1;
    await putRawRows(dbName, 'people', [row]);
    const before = await readRawDatabase(dbName);

    await expect(session.rotateKeys(PASSPHRASE, NEW_PASSPHRASE)).rejects.toThrow(new IntegrityError('people', people[1]!.id));
    expect(await readRawDatabase(dbName)).toEqual(before);
  });

  it('refuses a wrong current passphrase, re-encrypting nothing', async () => {
    const { gate, session, dbName } = await populatedVault();
    const before = await readRawDatabase(dbName);
    await expect(session.rotateKeys('not my passphrase!', NEW_PASSPHRASE)).rejects.toThrow(WrongPassphraseError);
    const after = await readRawDatabase(dbName);
    for (const table of ['people', 'accessRequests', 'documents', 'settings', 'profile']) expect(after[table]).toEqual(before[table]);
    expect(session.audit.list()[0]!.action).toBe('unlockFailed');
    session.lock();
    expect((await gate.unlock(PASSPHRASE)).locked).toBe(false);
  });

  it('a write sealed under the old key while the rotation ran is refused, not written where nothing could open it', async () => {
    const { gate, session } = await populatedVault();
    let late: Promise<unknown> | null = null;
    await session.rotateKeys(PASSPHRASE, NEW_PASSPHRASE, (fraction) => {
      // Inside the rotation: this write seals under the old key and queues behind it.
      if (fraction === 0 && !late) late = session.people.bulkAdd(syntheticPeople(1, 7)).catch((error: unknown) => error);
    });
    expect(await late).toBeInstanceOf(KeyReplacedError);
    const count = session.people.count({ includeArchived: true });
    session.lock();
    const reopened = await gate.unlock(NEW_PASSPHRASE);
    expect(reopened.people.count({ includeArchived: true })).toBe(count);
    expect((await reopened.audit.verify()).ok).toBe(true);
  });
});
