// Issue #13, item 1: a backup that verifies must restore. Each archive below is one that a restore
// refuses; "Verify" (and so the backup's own read-back, which is verifyArchive) must refuse it too,
// with the same code, and both restores (over the current data, and first-run) must change nothing.
// Before the fix, verify passed the sequence, audit-chain and issued-document cases, and restore
// passed the field-limit case that verify refused.
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { verifyArchive, type ArchiveErrorCode } from '../../../renderer/src/archive';
import { LIMITS } from '../../../renderer/src/domain/limits';
import { openVaultGate } from '../../../renderer/src/store';
import type { VaultSnapshot } from '../../../renderer/src/store/snapshot';
import { readRawDatabase } from '../store/rawDatabase';
import { NEW_PASSPHRASE, populatedVault, uniqueDbName } from '../store/testVault';
import { PASSPHRASE, write } from './helpers';

// A cheap Argon2 for the vaults; the archive's scrypt stays the real one.
vi.mock('hash-wasm', async (original) => ({ ...(await original<object>()), ...(await import('../store/cheapArgon2')) }));

const withLetterParagraph = (s: VaultSnapshot, text: string): VaultSnapshot => ({
  ...s,
  accessRequests: s.accessRequests.map((r) => (r.letters.length ? { ...r, letters: r.letters.map((l) => ({ ...l, paragraphs: { ...l.paragraphs, opening: text } })) } : r)),
});

const cases: [string, ArchiveErrorCode, (s: VaultSnapshot) => VaultSnapshot][] = [
  ['a reference sequence behind its requests', 'sequenceBehind', (s) => ({ ...s, sequences: [{ id: 'AR-2026', last: 1 }] })],
  ['an audit entry removed', 'auditBroken', (s) => ({ ...s, audit: s.audit.filter((e) => e.seq !== 2) })],
  ['an audit entry altered', 'auditBroken', (s) => ({ ...s, audit: s.audit.map((e) => (e.seq === 2 ? { ...e, fields: ['notes'] } : e)) })],
  ['a letter changed after it was issued', 'documentMismatch', (s) => ({ ...s, documents: s.documents.map((d) => ({ ...d, bytes: d.bytes.map((b, i) => (i === 3 ? b ^ 1 : b)) })) })],
  ['a letter paragraph over the archive’s limit', 'invalidRecord', (s) => withLetterParagraph(s, 'x'.repeat(LIMITS.letterParagraph + 1))],
  ['a duplicate person id', 'duplicateId', (s) => ({ ...s, people: [...s.people, s.people[0]!] })],
  ['a request whose person is missing', 'invalidRecord', (s) => ({ ...s, people: s.people.filter((p) => p.id !== s.accessRequests[0]!.personId) })],
  ['a letter without its document', 'missingEntry', (s) => ({ ...s, documents: s.documents.filter((d) => d.kind !== 'letter') })],
  ['a document no request refers to', 'unexpectedEntry', (s) => ({ ...s, documents: [...s.documents, { ...s.documents[0]!, id: 'stray-document' }] })],
  ['invalid settings', 'invalidRecord', (s) => ({ ...s, settings: { ...s.settings, autoLockMinutes: 0 } })],
];

let snapshot: VaultSnapshot;
beforeAll(async () => {
  snapshot = await (await populatedVault(21)).session.exportSnapshot();
});

describe('a backup that verifies must restore: one verdict for verify and restore', () => {
  it('the untouched snapshot verifies and restores', async () => {
    expect(await verifyArchive(await write(snapshot), PASSPHRASE)).toMatchObject({ ok: true });
    const target = await populatedVault(44);
    await expect(target.session.restoreSnapshot(snapshot)).resolves.toMatchObject({ raisedSequences: [] });
  });

  it.each(cases)('%s: verify, restore over the current data and first-run restore all refuse it with %s', async (_name, code, spoil) => {
    const spoiled = spoil(snapshot);
    const verified = await verifyArchive(await write(spoiled), PASSPHRASE);
    expect(verified).toMatchObject({ ok: false, error: { name: 'ArchiveError', code } });

    const target = await populatedVault(44);
    const before = await readRawDatabase(target.dbName);
    await expect(target.session.restoreSnapshot(spoiled)).rejects.toMatchObject({ name: 'ArchiveError', code });
    expect(await readRawDatabase(target.dbName)).toEqual(before);

    const gate = openVaultGate({ dbName: uniqueDbName() });
    await expect(gate.createFromSnapshot(NEW_PASSPHRASE, spoiled)).rejects.toMatchObject({ name: 'ArchiveError', code });
    expect(await gate.exists()).toBe(false);
  });
});
