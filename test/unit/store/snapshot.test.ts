// Export and restore of the whole vault, the store's half of backup and restore: everything out
// decrypted and checked; everything back re-encrypted under the current key in one transaction,
// or nothing at all.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { IntegrityError, openVaultGate, VaultExistsError, WrongPassphraseError } from '../../../renderer/src/store';
import type { ArchiveErrorCode } from '../../../renderer/src/archive';
import type { VaultSnapshot } from '../../../renderer/src/store/snapshot';
import { syntheticPeople } from '../../fixtures/people';
import { putRawRows, readRawDatabase, readRawRow } from './rawDatabase';
import { createTestVaultWithDb, FAKE_PDF, NEW_PASSPHRASE, PASSPHRASE, populatedVault, uniqueDbName } from './testVault';
import { CustodianDatabase } from '../../../renderer/src/store/database';
import { DexieVaultGate } from '../../../renderer/src/store/vaultGate';
import { resolveKdfParams } from '../../../renderer/src/vault/kdfParams';

vi.mock('hash-wasm', () => import('./cheapArgon2'));

type Row = { id: string; sealed: Uint8Array };

async function sourceSnapshot() {
  const source = await populatedVault(21);
  const snapshot = await source.session.exportSnapshot();
  return { source, snapshot };
}

/** What a session shows: compared before and after a failed restore. */
function memoryOf(session: Awaited<ReturnType<typeof createTestVaultWithDb>>['session']) {
  return {
    people: session.people.list({ includeArchived: true }),
    requests: session.accessRequests.list(),
    audit: session.audit.list(),
    organisation: session.organisation(),
    officer: session.officer(),
    settings: session.settings(),
  };
}

describe('exportSnapshot', () => {
  it('returns every record decrypted, documents checked against their SHA-256, sequences and the trail', async () => {
    const { source, snapshot } = await sourceSnapshot();
    expect(snapshot.people).toHaveLength(6);
    expect(snapshot.people.filter((p) => p.archivedAt)).toHaveLength(1);
    expect(snapshot.accessRequests.map((r) => r.reference).sort()).toEqual(['AR-2026-0001', 'AR-2026-0002']);
    expect(snapshot.sequences).toEqual([{ id: 'AR-2026', last: 2 }]);
    expect(snapshot.documents.map((d) => d.kind).sort()).toEqual(['attachment', 'letter']);
    for (const d of snapshot.documents) expect(Buffer.from(d.bytes).equals(Buffer.from(FAKE_PDF))).toBe(true);
    expect(snapshot.settings.autoLockMinutes).toBe(15);
    expect(snapshot.audit.map((e) => e.seq)).toEqual(snapshot.audit.map((_, i) => i + 1));
    expect(snapshot.organisation).toEqual(source.session.organisation());
  });

  it('refuses to export a document that no longer matches its recorded SHA-256', async () => {
    const { session, dbName, requests } = await populatedVault();
    const letterId = session.accessRequests.get(requests[0]!.id)!.letters[0]!.id;
    const attachmentRow = ((await readRawDatabase(dbName)).documents as (Row & { kind: string })[]).find((d) => d.kind === 'attachment')!;
    // The attachment's sealed bytes put under the letter's id: fails its AAD, named by id.
    await putRawRows(dbName, 'documents', [{ ...attachmentRow, id: letterId, kind: 'letter', requestId: requests[0]!.id }]);
    await expect(session.exportSnapshot()).rejects.toThrow(IntegrityError);
  });
});

describe('restoreSnapshot', () => {
  it('replaces every record, re-encrypted under this vault’s key, and chains a restore entry after the backup’s trail', async () => {
    const { source, snapshot } = await sourceSnapshot();
    const target = await createTestVaultWithDb();
    await target.session.people.bulkAdd(syntheticPeople(3, 99));
    const replacedHead = target.session.audit.list()[0]!;

    await target.session.restoreSnapshot(snapshot);

    expect(target.session.people.list({ includeArchived: true })).toEqual(source.session.people.list({ includeArchived: true }));
    expect(target.session.accessRequests.list()).toEqual(source.session.accessRequests.list());
    expect(target.session.settings()).toEqual(source.session.settings());
    const trail = target.session.audit.list();
    expect(trail.slice(1)).toEqual(source.session.audit.list());
    expect(trail[0]).toMatchObject({ action: 'restore', entityKind: 'vault', seq: snapshot.audit.length + 1, prevHash: snapshot.audit.at(-1)!.hash });
    expect(trail[0]!.detail).toContain(`replaced a trail of ${replacedHead.seq} entries ending ${replacedHead.hash.slice(0, 16)}`);
    expect(await target.session.audit.verify()).toMatchObject({ ok: true, entries: snapshot.audit.length + 1 });

    // Re-encrypted: the same ids, other ciphertexts, and they open only with the target's key.
    const sourceRaw = await readRawDatabase(source.dbName);
    const targetRaw = await readRawDatabase(target.dbName);
    for (const table of ['people', 'accessRequests', 'documents', 'audit']) {
      const sourceRows = sourceRaw[table] as Row[];
      const targetRows = targetRaw[table] as Row[];
      expect(targetRows.map((r) => r.id)).toEqual(expect.arrayContaining(sourceRows.map((r) => r.id)));
      for (const row of sourceRows) {
        const twin = targetRows.find((t) => (t.id ?? (t as unknown as { seq: number }).seq) === (row.id ?? (row as unknown as { seq: number }).seq))!;
        expect(Buffer.from(twin.sealed).equals(Buffer.from(row.sealed))).toBe(false);
      }
    }
    // A source row copied into the target is refused: it was sealed under another key.
    const person = snapshot.people[0]!;
    target.session.lock();
    await putRawRows(target.dbName, 'people', [await readRawRow(source.dbName, 'people', person.id)]);
    await expect(target.reopen().unlock(PASSPHRASE)).rejects.toThrow(IntegrityError);
  });

  it('a restored vault unlocks after a reload with the same data, and references continue after the backup’s', async () => {
    const { source, snapshot } = await sourceSnapshot();
    const target = await createTestVaultWithDb();
    await target.session.restoreSnapshot(snapshot);
    target.session.lock();
    const again = await target.reopen().unlock(PASSPHRASE);
    expect(again.people.list({ includeArchived: true })).toEqual(source.session.people.list({ includeArchived: true }));
    expect(again.accessRequests.list()).toEqual(source.session.accessRequests.list());
    expect(again.organisation()).toEqual(source.session.organisation());
    const letter = again.accessRequests.list().flatMap((r) => r.letters.map((l) => ({ r, l })))[0]!;
    expect(Buffer.from((await again.accessRequests.readLetter(letter.r.id, letter.l.id)).pdf).equals(Buffer.from(FAKE_PDF))).toBe(true);
    const next = await again.accessRequests.create({
      personId: snapshot.people[0]!.id,
      regime: 'PIPEDA',
      receivedOn: '2026-03-10',
      channel: 'email',
      inWriting: true,
      informationSought: 'More synthetic records',
      language: 'fr',
    });
    expect(next.reference).toBe('AR-2026-0003');
    expect(await again.audit.verify()).toMatchObject({ ok: true });
  });

  it.each([
    ['people', 'bulkAdd'],
    ['accessRequests', 'bulkAdd'],
    ['documents', 'bulkAdd'],
    ['audit', 'bulkAdd'],
    ['auditHead', 'put'],
  ] as const)('on a failure mid-way (%s.%s throws), leaves the database and memory exactly as before', async (table, method) => {
    const { snapshot } = await sourceSnapshot();
    const target = await populatedVault(33);
    const rawBefore = await readRawDatabase(target.dbName);
    const memoryBefore = memoryOf(target.session);
    const spy = vi.spyOn(target.db[table], method).mockImplementation((() => Promise.reject(new Error('device failed (injected)'))) as never);
    await expect(target.session.restoreSnapshot(snapshot)).rejects.toThrow('device failed');
    spy.mockRestore();
    expect(await readRawDatabase(target.dbName)).toEqual(rawBefore);
    expect(memoryOf(target.session)).toEqual(memoryBefore);
    // And the session still works, its chain continuing from the untouched head.
    await target.session.people.add(syntheticPeople(1, 1)[0]!);
    expect(await target.session.audit.verify()).toMatchObject({ ok: true });
  });

  describe('refuses a snapshot that is not whole, before anything is sealed or written', () => {
    // The codes readArchive gives for the same archive (test/unit/archive/verifyMeansRestorable.test.ts).
    const cases: [string, ArchiveErrorCode, (s: VaultSnapshot) => VaultSnapshot][] = [
      ['a duplicate person id', 'duplicateId', (s) => ({ ...s, people: [...s.people, s.people[0]!] })],
      ['a duplicate request reference', 'duplicateId', (s) => ({ ...s, accessRequests: [s.accessRequests[0]!, { ...s.accessRequests[1]!, reference: s.accessRequests[0]!.reference }] })],
      ['a request whose person is missing', 'invalidRecord', (s) => ({ ...s, people: s.people.filter((p) => p.id !== s.accessRequests[0]!.personId) })],
      ['a letter without its document', 'missingEntry', (s) => ({ ...s, documents: s.documents.filter((d) => d.kind !== 'letter') })],
      ['a document no request refers to', 'unexpectedEntry', (s) => ({ ...s, documents: [...s.documents, { ...s.documents[0]!, id: 'stray-document' }] })],
      ['a document changed after it was issued', 'documentMismatch', (s) => ({ ...s, documents: s.documents.map((d) => ({ ...d, bytes: d.bytes.map((b, i) => (i === 3 ? b ^ 1 : b)) })) })],
      ['a sequence behind its references', 'sequenceBehind', (s) => ({ ...s, sequences: [{ id: 'AR-2026', last: 1 }] })],
      ['an audit entry removed', 'auditBroken', (s) => ({ ...s, audit: s.audit.filter((e) => e.seq !== 2) })],
      ['an audit entry altered', 'auditBroken', (s) => ({ ...s, audit: s.audit.map((e) => (e.seq === 2 ? { ...e, fields: ['notes'] } : e)) })],
      ['invalid settings', 'invalidRecord', (s) => ({ ...s, settings: { ...s.settings, autoLockMinutes: 0 } })],
    ];
    it.each(cases)('%s', async (_name, code, spoil) => {
      const { snapshot } = await sourceSnapshot();
      const target = await populatedVault(44);
      const rawBefore = await readRawDatabase(target.dbName);
      await expect(target.session.restoreSnapshot(spoil(snapshot))).rejects.toMatchObject({ name: 'ArchiveError', code });
      expect(await readRawDatabase(target.dbName)).toEqual(rawBefore);
    });
  });
});

describe('createFromSnapshot (a new laptop)', () => {
  it('creates a vault whose records are the snapshot’s, with new keys and a recovery key', async () => {
    const { source, snapshot } = await sourceSnapshot();
    const dbName = uniqueDbName();
    const gate = openVaultGate({ dbName, seedRegisters: false });
    const { session, recoveryKey } = await gate.createFromSnapshot(NEW_PASSPHRASE, snapshot);
    expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){13}[0-9A-Z]{4}$/);
    expect(session.people.list({ includeArchived: true })).toEqual(source.session.people.list({ includeArchived: true }));
    expect(session.audit.list()[0]).toMatchObject({ action: 'restore', seq: snapshot.audit.length + 1 });
    expect(await session.audit.verify()).toMatchObject({ ok: true });
    session.lock();

    const reopened = openVaultGate({ dbName });
    await expect(reopened.unlock(PASSPHRASE)).rejects.toThrow(WrongPassphraseError);
    const again = await reopened.recover(recoveryKey, 'yet another passphrase 3');
    expect(again.accessRequests.list()).toEqual(source.session.accessRequests.list());
    expect(again.settings()).toEqual(source.session.settings());
    expect(await again.audit.verify()).toMatchObject({ ok: true });
  });

  it('is refused where a vault exists, changing nothing', async () => {
    const { snapshot } = await sourceSnapshot();
    const target = await populatedVault(55);
    const before = await readRawDatabase(target.dbName);
    await expect(target.gate.createFromSnapshot(NEW_PASSPHRASE, snapshot)).rejects.toThrow(VaultExistsError);
    expect(await readRawDatabase(target.dbName)).toEqual(before);
  });

  it('is all or nothing: a failure mid-way leaves no vault behind', async () => {
    const { snapshot } = await sourceSnapshot();
    const dbName = uniqueDbName();
    const db = new CustodianDatabase(dbName);
    const gate = new DexieVaultGate(db, Date.now, resolveKdfParams());
    vi.spyOn(db.documents, 'bulkAdd').mockImplementationOnce((() => Promise.reject(new Error('injected'))) as never);
    await expect(gate.createFromSnapshot(NEW_PASSPHRASE, snapshot)).rejects.toThrow('injected');
    expect(await gate.exists()).toBe(false);
    const raw = await readRawDatabase(dbName);
    for (const [table, rows] of Object.entries(raw)) expect(rows, table).toEqual([]);
  });
});
