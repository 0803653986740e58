// The audit trail on the real store: an entry for every kind of write, in the same transaction as
// the write; failed unlocks chained in at the next unlock; field names and never values; and
// verify() finding each way the rows on disk can be altered, removed or moved.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { AuditEntry } from '../../../renderer/src/domain/audit';
import { ValidationError, WrongPassphraseError, WrongRecoveryKeyError } from '../../../renderer/src/store';
import { syntheticPeople } from '../../fixtures/people';
import { deleteRawRow, putRawRows, readRawDatabase } from './rawDatabase';
import { createTestVault, createTestVaultWithDb, FAKE_PDF, NEW_PASSPHRASE, PASSPHRASE, populatedVault, testClock } from './testVault';

vi.mock('hash-wasm', () => import('./cheapArgon2'));

type AuditRow = { seq: number; at: string; action: string; entityKind: string; entityId?: string; sealed: Uint8Array };

const summary = (entries: AuditEntry[]) => [...entries].reverse().map((e) => `${e.action} ${e.entityKind}${e.detail ? ` ${e.detail}` : ''}`);

async function auditRows(dbName: string): Promise<AuditRow[]> {
  return (await readRawDatabase(dbName)).audit as AuditRow[];
}


describe('an entry for every kind of write', () => {
  it('records create, update, archive, workflow step, letter, attachment, settings, profile and passphrase', async () => {
    const { session, people, requests } = await populatedVault();
    const person = people[1]!;
    await session.people.update(person.id, { ...person, notes: 'Zebra-unicorn note, a value never to be logged.' });
    await session.people.unarchive(people[5]!.id);
    await session.accessRequests.update(requests[1]!.id, { ...requests[1]!, informationSought: 'Changed wording' });
    await session.updateOrganisation({ ...session.organisation(), legalName: 'Renamed Example Ltd. (test)' });
    await session.updateOfficer({ ...session.officer(), title: 'Chief Privacy Officer' });
    await session.changePassphrase(PASSPHRASE, NEW_PASSPHRASE);
    await session.audit.record({ action: 'export', entityKind: 'register', entityId: null, fields: [], detail: 'csv' });

    expect(summary(session.audit.list())).toEqual([
      'create vault',
      'create person 6 people at once',
      'archive person',
      'create accessRequest',
      'create accessRequest',
      'workflowStep accessRequest acknowledge',
      'letterIssued letter acknowledgement/en',
      'attachmentAdded attachment',
      'settingsChanged settings',
      'update person',
      'unarchive person',
      'update accessRequest',
      'update organisation',
      'update officer',
      'passphraseChanged vault',
      'export register csv',
    ]);
    const byAction = (action: string) => session.audit.list().filter((e) => e.action === action);
    expect(byAction('settingsChanged')[0]!.fields).toEqual(['autoLockMinutes']);
    expect(byAction('unarchive')[0]).toMatchObject({ entityId: people[5]!.id, fields: ['archivedAt'] });
    expect(byAction('update').find((e) => e.entityKind === 'person')).toMatchObject({ entityId: person.id, fields: ['notes'] });
    expect(byAction('update').find((e) => e.entityKind === 'accessRequest')!.fields).toEqual(['informationSought']);
    expect(byAction('update').find((e) => e.entityKind === 'organisation')!.fields).toEqual(['legalName']);
    expect(byAction('workflowStep')[0]!.fields).toEqual(expect.arrayContaining(['status', 'events', 'letters']));
    expect(await session.audit.verify()).toMatchObject({ ok: true, entries: 16 });
  });

  it('keeps field names and never values, on disk or in the entry; clear columns are only what filters need', async () => {
    const { session, people, dbName } = await populatedVault();
    const secret = 'Zebra-unicorn note, a value never to be logged.';
    await session.people.update(people[1]!.id, { ...people[1]!, notes: secret, email: 'zebra.unicorn@example.org' });
    const entry = session.audit.list({ entityId: people[1]!.id })[0]!;
    expect(entry.fields).toEqual(['email', 'notes']);
    expect(JSON.stringify(session.audit.list())).not.toMatch(/Zebra|zebra|example\.org/);

    const rows = await auditRows(dbName);
    for (const row of rows) expect(Object.keys(row).sort()).toEqual(expect.arrayContaining(['action', 'at', 'entityKind', 'sealed', 'seq']));
    expect(new Set(rows.flatMap((r) => Object.keys(r)))).toEqual(new Set(['seq', 'at', 'action', 'entityKind', 'entityId', 'sealed']));
    const onDisk = rows.map((r) => Buffer.from(r.sealed).toString('latin1')).join('\n');
    expect(onDisk).not.toContain('"fields"');
    expect(onDisk).not.toContain('notes');
  });

  it('writes nothing, neither record nor entry, when the write is refused or fails', async () => {
    const { session, db, dbName } = await createTestVaultWithDb();
    const before = await readRawDatabase(dbName);
    await expect(session.people.add({ ...syntheticPeople(1, 3)[0]!, givenName: '' })).rejects.toThrow(ValidationError);
    // The audit append fails inside the transaction: the person is not written either.
    const spy = vi.spyOn(db.audit, 'bulkAdd').mockImplementationOnce((() => Promise.reject(new Error('disk full (injected)'))) as never);
    await expect(session.people.add(syntheticPeople(1, 3)[0]!)).rejects.toThrow('disk full');
    spy.mockRestore();
    expect(await readRawDatabase(dbName)).toEqual(before);
    expect(session.people.count()).toBe(0);
    expect(session.audit.list()).toHaveLength(1);
    // And the next write continues the chain where the disk is.
    await session.people.add(syntheticPeople(1, 3)[0]!);
    expect(await session.audit.verify()).toMatchObject({ ok: true, entries: 2 });
  });

  it('hands out sequence numbers one at a time to parallel writers', async () => {
    const { session } = await populatedVault();
    const inputs = syntheticPeople(12, 9);
    await Promise.all([
      ...inputs.map((input) => session.people.add(input)),
      session.updateSettings({ autoLockMinutes: 20 }),
      session.audit.record({ action: 'backup', entityKind: 'archive', entityId: null, fields: [] }),
    ]);
    const seqs = session.audit.list().map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    expect(new Set(seqs).size).toBe(seqs.length);
    expect(await session.audit.verify()).toMatchObject({ ok: true, entries: seqs.length });
  });

  it('lists newest first with filters, and survives a reload', async () => {
    const { session, people, requests, reopen } = await populatedVault();
    const letterId = session.accessRequests.get(requests[0]!.id)!.letters[0]!.id;
    expect(session.audit.list({ action: 'archive' }).map((e) => e.entityId)).toEqual([people[5]!.id]);
    expect(session.audit.list({ entityIds: [requests[0]!.id, letterId] }).map((e) => e.action)).toEqual(['letterIssued', 'workflowStep', 'create']);
    expect(session.audit.list({ from: '2026-03-17' })).toEqual([]);
    expect(session.audit.list({ from: '2026-03-16', to: '2026-03-16' })).toHaveLength(session.audit.list().length);
    const listed = session.audit.list();
    session.lock();
    const again = await reopen().unlock(PASSPHRASE);
    await again.audit.ready();
    expect(again.audit.list()).toEqual(listed);
  });

  it('refuses a recorded event that is not an audit event', async () => {
    const { session } = await createTestVault();
    await expect(session.audit.record({ action: 'nonsense' as 'export', entityKind: 'register', entityId: null, fields: [] })).rejects.toThrow(ValidationError);
    expect(session.audit.list()).toHaveLength(1);
  });

  it('refuses a recorded lost-entry marker or tampering report: only the trail itself writes those', async () => {
    const { session } = await createTestVault();
    await expect(session.audit.record({ action: 'entryLost', entityKind: 'vault', entityId: null, fields: [], detail: 'unreadable' })).rejects.toThrow(ValidationError);
    await expect(session.audit.record({ action: 'tamperingDetected', entityKind: 'vault', entityId: null, fields: [], detail: 'failedUnlockRecords' })).rejects.toThrow(ValidationError);
    expect(session.audit.list()).toHaveLength(1);
  });
});

describe('failed unlocks', () => {
  it('are noted with their time only, and chained into the trail at the next successful unlock', async () => {
    const clock = testClock(Date.UTC(2026, 0, 5, 12, 0, 0));
    const { gate, session, dbName, recoveryKey } = await createTestVault({ now: clock.now });
    session.lock();
    clock.advance(60_000);
    await expect(gate.unlock('a wrong passphrase typed')).rejects.toThrow(WrongPassphraseError);
    clock.advance(60_000);
    await expect(gate.unlock('another wrong passphrase')).rejects.toThrow(WrongPassphraseError);
    await expect(gate.recover(recoveryKey.replace(/^..../, 'ZZZZ'), NEW_PASSPHRASE)).rejects.toThrow(WrongRecoveryKeyError);

    const pending = (await readRawDatabase(dbName)).prefs as Record<string, unknown>[];
    const row = pending.find((r) => r.id === 'failedUnlocks')!;
    expect(row).toEqual({
      id: 'failedUnlocks',
      attempts: [
        { at: '2026-01-05T12:01:00.000Z', via: 'passphrase' },
        { at: '2026-01-05T12:02:00.000Z', via: 'passphrase' },
      ],
      omitted: 0,
    });
    expect(JSON.stringify(pending)).not.toContain('wrong passphrase');

    clock.advance(60_000);
    const again = await gate.unlock(PASSPHRASE);
    await again.audit.ready();
    const failures = again.audit.list({ action: 'unlockFailed' });
    expect(failures.map((e) => [e.at, e.detail, e.entityId, e.fields])).toEqual([
      ['2026-01-05T12:02:00.000Z', 'passphrase', null, []],
      ['2026-01-05T12:01:00.000Z', 'passphrase', null, []],
    ]);
    expect((await readRawDatabase(dbName)).prefs).toEqual([{ id: 'prefs', language: 'en' }]);
    expect(await again.audit.verify()).toMatchObject({ ok: true, entries: 3 });
  });

  it('a wrong recovery key, and a wrong current passphrase while unlocked, are chained too', async () => {
    const { gate, session, recoveryKey } = await createTestVault();
    await expect(session.changePassphrase('not my passphrase!', NEW_PASSPHRASE)).rejects.toThrow(WrongPassphraseError);
    expect(session.audit.list({ action: 'unlockFailed' })).toHaveLength(1);
    session.lock();
    const other = await createTestVault();
    await expect(gate.recover(other.recoveryKey, NEW_PASSPHRASE)).rejects.toThrow(WrongRecoveryKeyError);
    const recovered = await gate.recover(recoveryKey, NEW_PASSPHRASE);
    await recovered.audit.ready();
    expect(summary(recovered.audit.list())).toEqual(['create vault', 'unlockFailed vault passphrase', 'unlockFailed vault recoveryKey', 'passphraseChanged vault recoveryKey']);
    expect(await recovered.audit.verify()).toMatchObject({ ok: true });
  });
});

describe('verify() on a tampered trail', () => {
  async function trailOf(count: number) {
    const vault = await createTestVault();
    for (const input of syntheticPeople(count - 1, 4)) await vault.session.people.add(input);
    const rows = await auditRows(vault.dbName);
    expect(rows).toHaveLength(count);
    return { ...vault, rows };
  }

  it('passes on an intact trail', async () => {
    const { session, rows } = await trailOf(5);
    const result = await session.audit.verify();
    expect(result).toEqual({ ok: true, entries: 5, lastHash: session.audit.list()[0]!.hash });
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5]);
  });

  it('finds an entry altered in its clear columns', async () => {
    const { session, rows, dbName } = await trailOf(5);
    await putRawRows(dbName, 'audit', [{ ...rows[2]!, action: 'export' }]);
    expect(await session.audit.verify()).toEqual({ ok: false, entries: 5, brokenAt: 3, reason: 'altered' });
  });

  it('finds an entry whose sealed bytes were changed', async () => {
    const { session, rows, dbName } = await trailOf(5);
    const sealed = rows[3]!.sealed.slice();
    sealed[sealed.length - 5]! ^= 1;
    await putRawRows(dbName, 'audit', [{ ...rows[3]!, sealed }]);
    expect(await session.audit.verify()).toEqual({ ok: false, entries: 5, brokenAt: 4, reason: 'unreadable' });
  });

  it('finds an entry removed from the middle', async () => {
    const { session, dbName } = await trailOf(5);
    await deleteRawRow(dbName, 'audit', 3);
    expect(await session.audit.verify()).toEqual({ ok: false, entries: 4, brokenAt: 3, reason: 'removed' });
  });

  it('finds the last entry removed (the sealed head remembers it)', async () => {
    const { session, dbName } = await trailOf(5);
    await deleteRawRow(dbName, 'audit', 5);
    expect(await session.audit.verify()).toEqual({ ok: false, entries: 4, brokenAt: 5, reason: 'removed' });
  });

  it('finds two entries swapped (their sealed values exchanged between rows)', async () => {
    const { session, rows, dbName } = await trailOf(5);
    const [b, c] = [rows[1]!, rows[2]!];
    await putRawRows(dbName, 'audit', [{ ...b, sealed: c.sealed }, { ...c, sealed: b.sealed }]);
    expect(await session.audit.verify()).toEqual({ ok: false, entries: 5, brokenAt: 2, reason: 'reordered' });
  });

  it('finds the head replaced by an older one (truncation hidden by rolling the head back)', async () => {
    const { session, dbName } = await trailOf(3);
    const oldHead = ((await readRawDatabase(dbName)).auditHead as unknown[])[0];
    await session.people.add(syntheticPeople(1, 77)[0]!);
    await deleteRawRow(dbName, 'audit', 4);
    await putRawRows(dbName, 'auditHead', [oldHead]);
    // The chain and the head now agree on 3 entries: a rollback of both is only caught by a backup.
    // What must hold is that the head cannot be forged: a flipped byte in it is refused.
    expect(await session.audit.verify()).toMatchObject({ ok: true, entries: 3 });
    const head = oldHead as { id: string; sealed: Uint8Array };
    const sealed = head.sealed.slice();
    sealed[20]! ^= 1;
    await putRawRows(dbName, 'auditHead', [{ ...head, sealed }]);
    expect(await session.audit.verify()).toMatchObject({ ok: false, reason: 'unreadable' });
  });

  it('still unlocks with a tampered entry (the officer must reach the records), keeps it as lost, and verify names it', async () => {
    const { gate, session, rows, dbName } = await trailOf(4);
    session.lock();
    await putRawRows(dbName, 'audit', [{ ...rows[1]!, sealed: new Uint8Array(40) }]);
    const again = await gate.unlock(PASSPHRASE);
    await again.audit.ready();
    expect(again.audit.list().map((e) => `${e.seq} ${e.action}`)).toEqual(['4 create', '3 create', '2 entryLost', '1 create']);
    expect(await again.audit.verify()).toMatchObject({ ok: false, brokenAt: 2, reason: 'unreadable' });
  });
});

describe('documents with their entries', () => {
  it('a letter and an attachment are each written with their entries, in one transaction', async () => {
    const { session, db, dbName, requests } = await populatedVault();
    const before = await readRawDatabase(dbName);
    vi.spyOn(db.audit, 'bulkAdd').mockImplementationOnce((() => Promise.reject(new Error('injected'))) as never);
    await expect(session.accessRequests.addAttachment(requests[0]!.id, { name: 'id.pdf', mediaType: 'application/pdf', bytes: FAKE_PDF })).rejects.toThrow('injected');
    expect(await readRawDatabase(dbName)).toEqual(before);
    expect(session.accessRequests.get(requests[0]!.id)!.attachments).toHaveLength(0);
  });
});
