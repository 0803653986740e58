// Damage found at unlock is never silently dropped: an unreadable audit entry is kept in its place as
// a lost entry, named, backed up and restored as such; a person or request put back to an older copy,
// or deleted, is found against the sealed record pins and named by id or reference.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { readArchive, verifyArchive, writeArchive } from '../../../renderer/src/archive';
import { verifyAuditChain } from '../../../renderer/src/domain/auditChain';
import { openVaultGate } from '../../../renderer/src/store';
import type { PersonRow } from '../../../renderer/src/store/database';
import { openPerson, sealPerson } from '../../../renderer/src/store/peopleRows';
import { bucketOf, PIN_BUCKETS, PINNED_TABLES, pinRowId } from '../../../renderer/src/store/recordPins';
import type { VaultHeader } from '../../../renderer/src/vault/vaultHeader';
import { importDataKey, openWithPassphrase } from '../../../renderer/src/vault/vaultKeys';
import { syntheticPeople } from '../../fixtures/people';
import { deleteRawRow, putRawRows, readRawDatabase, readRawRow } from './rawDatabase';
import { createTestVault, NEW_PASSPHRASE, PASSPHRASE, populatedVault, uniqueDbName } from './testVault';

// The archive needs hash-wasm's scrypt as well as the cheap argon2id the store tests use.
vi.mock('hash-wasm', async (importOriginal) => ({ ...(await importOriginal<object>()), ...(await import('./cheapArgon2')) }));

type Row = Record<string, unknown> & { sealed: Uint8Array };


/** A vault with a trail of 4 entries whose entry 2 no longer opens, unlocked again. */
async function damagedTrail() {
  const vault = await createTestVault();
  for (const input of syntheticPeople(3, 4)) await vault.session.people.add(input);
  vault.session.lock();
  const rows = (await readRawDatabase(vault.dbName)).audit as Row[];
  const sealed = rows[1]!.sealed.slice();
  sealed[sealed.length - 3]! ^= 0x40;
  await putRawRows(vault.dbName, 'audit', [{ ...rows[1]!, sealed }]);
  const session = await vault.gate.unlock(PASSPHRASE);
  await session.audit.ready(); // the entries open after unlock
  return { ...vault, session };
}

describe('an unreadable audit entry at unlock', () => {
  it('is kept in its place as a lost entry and named, not silently dropped', async () => {
    const { session } = await damagedTrail();
    expect(session.audit.list().map((e) => `${e.seq} ${e.action}`)).toEqual(['4 create', '3 create', '2 entryLost', '1 create']);
    expect(session.audit.list({ action: 'entryLost' })[0]).toMatchObject({ entityKind: 'vault', entityId: null, fields: [], detail: 'unreadable' });
    expect(session.audit.damage()).toEqual([{ kind: 'entry', seq: 2, reason: 'unreadable' }]);
  });

  it('lets the app keep working: new entries chain on the sealed head, and verify still names the damaged entry', async () => {
    const { session, reopen } = await damagedTrail();
    const person = await session.people.add(syntheticPeople(1, 8)[0]!);
    expect(session.audit.list()[0]).toMatchObject({ seq: 5, action: 'create', entityId: person.id });
    expect(session.audit.list()[0]!.prevHash).toBe(session.audit.list()[1]!.hash);
    expect(await session.audit.verify()).toMatchObject({ ok: false, brokenAt: 2, reason: 'unreadable' });
    session.lock();
    const again = await reopen().unlock(PASSPHRASE);
    await again.audit.ready();
    expect(again.audit.list().map((e) => e.seq)).toEqual([5, 4, 3, 2, 1]);
    expect(again.audit.damage()).toEqual([{ kind: 'entry', seq: 2, reason: 'unreadable' }]);
  });

  it('is backed up as a lost entry, the archive verifies and restores, and the restored trail verifies with the loss named', async () => {
    const { session } = await damagedTrail();
    const snapshot = await session.exportSnapshot();
    expect(await verifyAuditChain(snapshot.audit)).toMatchObject({ ok: true, entries: 4, lost: [2] });

    const bytes = await writeArchive(snapshot, 'archive passphrase (test)', { appVersion: 'test', scryptWorkFactor: 10 });
    expect(await verifyArchive(bytes, 'archive passphrase (test)')).toMatchObject({ ok: true });
    const { snapshot: back } = await readArchive(bytes, 'archive passphrase (test)');
    expect(back.audit[1]).toMatchObject({ seq: 2, action: 'entryLost' });

    const gate = openVaultGate({ dbName: uniqueDbName(), seedRegisters: false });
    const { session: restored } = await gate.createFromSnapshot(NEW_PASSPHRASE, back);
    expect(await restored.audit.verify()).toMatchObject({ ok: true, entries: 5, lost: [2] });
    expect(restored.audit.damage()).toEqual([]); // carried over and recorded, not new damage
    await restored.people.add(syntheticPeople(1, 9)[0]!);
    expect(await restored.audit.verify()).toMatchObject({ ok: true, entries: 6, lost: [2] });
  });

  it('restores over an existing vault too (restoreSnapshot), the marker kept and verified', async () => {
    const { session } = await damagedTrail();
    const snapshot = await session.exportSnapshot();
    const other = await createTestVault();
    await other.session.restoreSnapshot(snapshot);
    expect(await other.session.audit.verify()).toMatchObject({ ok: true, entries: 5, lost: [2] });
  });

  it('a row deleted from the middle is kept as a lost entry marked removed', async () => {
    const vault = await createTestVault();
    for (const input of syntheticPeople(3, 4)) await vault.session.people.add(input);
    vault.session.lock();
    await deleteRawRow(vault.dbName, 'audit', 3);
    const session = await vault.gate.unlock(PASSPHRASE);
    await session.audit.ready();
    expect(session.audit.list({ action: 'entryLost' })).toMatchObject([{ seq: 3, detail: 'removed' }]);
    expect(session.audit.damage()).toEqual([{ kind: 'entry', seq: 3, reason: 'removed' }]);
    expect(await verifyAuditChain((await session.exportSnapshot()).audit)).toMatchObject({ ok: true, lost: [3] });
  });

  it('an untouched trail reports no damage', async () => {
    const { session, gate } = await createTestVault();
    await session.people.add(syntheticPeople(1, 4)[0]!);
    session.lock();
    const again = await gate.unlock(PASSPHRASE);
    await again.audit.ready();
    expect(again.audit.damage()).toEqual([]);
    expect(again.audit.list().some((e) => e.action === 'entryLost')).toBe(false);
  });
});

describe('rolling back one record', () => {
  it('finds a person put back to an older copy of its row, at unlock and by verify, naming the person', async () => {
    const { session, gate, dbName, people } = await populatedVault();
    const person = people[1]!;
    const older = await readRawRow<Row>(dbName, 'people', person.id);
    await session.people.update(person.id, { ...person, notes: 'A later note' });
    expect(await session.audit.verify()).not.toHaveProperty('records');
    await putRawRows(dbName, 'people', [older]);
    expect(await session.audit.verify()).toMatchObject({ ok: true, records: [{ table: 'people', id: person.id, problem: 'rolledBack' }] });
    session.lock();
    const again = await gate.unlock(PASSPHRASE);
    expect(again.audit.damage()).toEqual([{ kind: 'record', table: 'people', id: person.id, problem: 'rolledBack' }]);
  });

  it('finds an access request put back to an older copy, naming it by reference', async () => {
    const { session, gate, dbName, requests } = await populatedVault();
    const request = session.accessRequests.get(requests[1]!.id)!;
    const older = await readRawRow<Row>(dbName, 'accessRequests', request.id);
    await session.accessRequests.apply(request.id, { type: 'acknowledge', on: '2026-03-04' });
    await putRawRows(dbName, 'accessRequests', [older]);
    session.lock();
    const again = await gate.unlock(PASSPHRASE);
    expect(again.audit.damage()).toEqual([{ kind: 'record', table: 'accessRequests', id: request.id, reference: request.reference, problem: 'rolledBack' }]);
    // The next write supersedes the old copy and clears the finding.
    await again.accessRequests.update(request.id, { ...again.accessRequests.get(request.id)!, informationSought: 'Corrected' });
    expect(await again.audit.verify()).not.toHaveProperty('records');
  });

  it('finds a deleted person and a deleted request, naming the request by reference', async () => {
    const { session, dbName, people, requests } = await populatedVault();
    await deleteRawRow(dbName, 'people', people[4]!.id);
    await deleteRawRow(dbName, 'accessRequests', requests[1]!.id);
    const result = await session.audit.verify();
    expect(result.records).toEqual([
      { table: 'people', id: people[4]!.id, problem: 'removed' },
      { table: 'accessRequests', id: requests[1]!.id, reference: requests[1]!.reference, problem: 'removed' },
    ]);
  });

  it('refuses to open when one sealed summary row is deleted (it would hide the records it pins), like the head', async () => {
    const { session, gate, dbName, people } = await populatedVault();
    session.lock();
    await deleteRawRow(dbName, 'auditHead', pinRowId('people', bucketOf(people[0]!.id)));
    await expect(gate.unlock(PASSPHRASE)).rejects.toMatchObject({ name: 'IntegrityError', table: 'auditHead' });
  });

  it('reports an untouched vault clean, after a reload and after a restore', async () => {
    const { session, reopen } = await populatedVault();
    expect(await session.audit.verify()).toMatchObject({ ok: true });
    expect(await session.audit.verify()).not.toHaveProperty('records');
    const snapshot = await session.exportSnapshot();
    await session.restoreSnapshot(snapshot);
    expect(await session.audit.verify()).not.toHaveProperty('records');
    session.lock();
    const again = await reopen().unlock(PASSPHRASE);
    expect(again.audit.damage()).toEqual([]);
  });

  it('opens a vault from before versions (rows without one, no pins), pins it at the first unlock, then finds a rollback', async () => {
    const { session, gate, dbName, people } = await populatedVault();
    session.lock();
    // What an older version of the app left: no pins rows, and rows sealed without a version.
    for (const row of (await readRawDatabase(dbName)).auditHead as { id: string }[]) if (row.id !== 'head') await deleteRawRow(dbName, 'auditHead', row.id);
    const legacy = await legacyPersonRow(dbName, people[2]!.id);
    const again = await gate.unlock(PASSPHRASE);
    expect(again.people.get(people[2]!.id)).toEqual(people[2]);
    expect(again.audit.damage()).toEqual([]);
    expect(((await readRawDatabase(dbName)).auditHead as unknown[]).length).toBe(1 + PINNED_TABLES.length * PIN_BUCKETS);
    await again.people.update(people[2]!.id, { ...people[2]!, notes: 'Edited after the upgrade' });
    await putRawRows(dbName, 'people', [legacy]);
    expect((await again.audit.verify()).records).toEqual([{ table: 'people', id: people[2]!.id, problem: 'rolledBack' }]);
  });
});

/** Rewrites a person's row as the release before versions sealed it (AAD without a version, no column). */
async function legacyPersonRow(dbName: string, id: string): Promise<Row> {
  const header = await readRawRow<VaultHeader>(dbName, 'vault', 'header');
  const raw = await openWithPassphrase(header, PASSPHRASE);
  const key = await importDataKey(raw!);
  const row = await readRawRow<PersonRow>(dbName, 'people', id);
  const person = await openPerson(key, row);
  const { version: _dropped, ...legacy } = await sealPerson(key, person, 0);
  await putRawRows(dbName, 'people', [legacy]);
  return legacy as unknown as Row;
}
