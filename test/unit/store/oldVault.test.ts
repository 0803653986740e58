// A vault written by release 0.1.0 (test/fixtures/vault-0.1.0.json, raw IndexedDB rows) must open
// with today's code with every record, letter, attachment and audit entry intact and verifying,
// and take new writes. Real Argon2id at the cost the header records: the fixture's key was derived
// with it, so hash-wasm is not mocked here.
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { validateSnapshot } from '../../../renderer/src/archive/snapshotValidity';
import { currentDue } from '../../../renderer/src/domain/accessRequest';
import { openVaultGate, WrongPassphraseError } from '../../../renderer/src/store';
import { decodeRow, loadOldVaultFixture, restoreOldVault } from './oldVaultFixture';
import { readRawDatabase, readRawRow } from './rawDatabase';
import { uniqueDbName } from './testVault';

const fixture = loadOldVaultFixture();
const expected = fixture.expect;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const LONG = 60_000;

/** Four days after the fixture was made: the pending failed try falls within the vault's life. */
function fixedClock() {
  let time = Date.parse('2026-03-20T17:00:00.000Z');
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

async function restored() {
  const dbName = uniqueDbName();
  await restoreOldVault(fixture, dbName);
  const clock = fixedClock();
  const gate = () => openVaultGate({ dbName, now: clock.now });
  return { dbName, clock, gate };
}

async function opened() {
  const vault = await restored();
  const session = await vault.gate().unlock(fixture.passphrase);
  await session.audit.ready(); // the entries open after unlock
  return { ...vault, session };
}

/** One unlock shared by the tests that only read (each unlock runs the full-cost KDF). */
let readOnly: ReturnType<typeof opened> | undefined;
const openedForReading = () => (readOnly ??= opened());

/** The trail oldest first, in the fixture's "seq action entityKind [detail]" form. */
function trailLines(entries: readonly { seq: number; action: string; entityKind: string; detail?: string }[]): string[] {
  return [...entries].sort((a, b) => a.seq - b.seq).map((e) => `${e.seq} ${e.action} ${e.entityKind}${e.detail ? ` ${e.detail}` : ''}`);
}

describe('a vault written by release 0.1.0', () => {
  it('is put back on disk exactly as dumped, with the KDF cost its header recorded', async () => {
    const { dbName } = await restored();
    const raw = await readRawDatabase(dbName);
    for (const [store, rows] of Object.entries(fixture.rows)) expect(raw[store], store).toEqual(rows.map(decodeRow));
    expect(Object.keys(raw).sort()).toEqual(fixture.database.stores.map((s) => s.name).sort());
    expect((await readRawRow<{ kdf: unknown }>(dbName, 'vault', 'header')).kdf).toEqual(expected.kdf);
  });

  it('refuses a wrong passphrase and opens with the right one', async () => {
    const { gate } = await restored();
    await expect(gate().unlock('correct horse battery stapler')).rejects.toBeInstanceOf(WrongPassphraseError);
    expect((await gate().unlock(fixture.passphrase)).locked).toBe(false);
  }, LONG);

  it('holds every person, the profile and the settings', async () => {
    const { session } = await openedForReading();
    const people = session.people.list({ includeArchived: true });
    expect(people).toHaveLength(expected.people.length);
    expect(session.people.count()).toBe(expected.people.filter((p) => !p.archived).length);
    for (const want of expected.people) {
      const person = session.people.get(want.id);
      expect(person, want.id).toMatchObject({ givenName: want.givenName, familyName: want.familyName, kind: want.kind });
      expect(person!.archivedAt !== undefined, `${want.id} archived`).toBe(want.archived);
    }
    // toMatchObject: a later release may add fields (with defaults); every value 0.1.0 kept must remain.
    expect(session.organisation()).toMatchObject(expected.organisation);
    const { signatureImage, ...officer } = session.officer();
    expect(officer).toMatchObject(expected.officer);
    expect(sha256(signatureImage!)).toBe(expected.signatureImageSha256);
    expect(session.settings()).toMatchObject(expected.settings);
  }, LONG);

  it('holds every request, and each letter and attachment reads back with its SHA-256', async () => {
    const { session } = await openedForReading();
    expect(session.accessRequests.list()).toHaveLength(expected.accessRequests.length);
    expect(new Set(expected.accessRequests.map((r) => r.regime))).toEqual(new Set(['BC_PIPA', 'PIPEDA', 'QC', 'AB_PIPA']));
    for (const want of expected.accessRequests) {
      const request = session.accessRequests.get(want.id)!;
      expect(request, want.reference).toMatchObject({
        reference: want.reference,
        personId: want.personId,
        regime: want.regime,
        status: want.status,
        receivedOn: want.receivedOn,
        dueOn: want.dueOn,
      });
      expect(currentDue(request), want.reference).toBe(want.currentDue);
      expect(request.closedOn, want.reference).toBe(want.closedOn);
      expect(request.events.map((e) => e.action), want.reference).toEqual(want.events);
      expect(request.letters.map((l) => l.id)).toEqual(want.letters.map((l) => l.id));
      for (const letter of want.letters) {
        const read = await session.accessRequests.readLetter(want.id, letter.id);
        expect(read.letter).toMatchObject({ kind: letter.kind, language: letter.language, issuedOn: letter.issuedOn, sha256: letter.sha256, size: letter.size });
        expect(sha256(read.pdf), `${want.reference} ${letter.kind}`).toBe(letter.sha256);
        expect(read.pdf.length).toBe(letter.size);
      }
      expect(request.attachments.map((a) => a.id)).toEqual(want.attachments.map((a) => a.id));
      for (const attachment of want.attachments) {
        const read = await session.accessRequests.readAttachment(want.id, attachment.id);
        expect(read.attachment).toMatchObject({ name: attachment.name, mediaType: attachment.mediaType, sha256: attachment.sha256, size: attachment.size });
        expect(sha256(read.bytes), `${want.reference} ${attachment.name}`).toBe(attachment.sha256);
      }
    }
  }, LONG);

  it('keeps the whole audit trail, chains the failed try made before this unlock, and verifies', async () => {
    const { session } = await openedForReading();
    const lines = trailLines(session.audit.list());
    expect(lines.slice(0, expected.audit.entries)).toEqual(expected.audit.actions);
    // What this unlock added: the pending failed try first; a later release may chain more (an
    // upgrade note), but never a finding of tampering or a lost entry.
    const added = lines.slice(expected.audit.entries);
    expect(added[0]).toBe(`${expected.audit.entries + 1} unlockFailed vault passphrase`);
    expect(added.filter((line) => /unlockFailed/.test(line))).toHaveLength(expected.pendingFailedUnlocks);
    expect(added.filter((line) => /tamperingDetected|entryLost/.test(line))).toEqual([]);
    const last = session.audit.list().find((e) => e.seq === expected.audit.entries)!;
    expect(last.hash).toBe(expected.audit.lastHash);
    expect(session.audit.list().find((e) => e.seq === expected.audit.entries + 1)!.prevHash).toBe(expected.audit.lastHash);
    const verification = await session.audit.verify();
    expect(verification).toMatchObject({ ok: true, entries: lines.length });
    expect(verification).not.toHaveProperty('records');
    expect(verification).not.toHaveProperty('lost');
    expect(session.audit.damage()).toEqual([]);
  }, LONG);

  it('exports a backup snapshot that holds everything and passes the archive checks', async () => {
    const { session } = await openedForReading();
    const snapshot = await validateSnapshot(await session.exportSnapshot());
    expect(snapshot.people.map((p) => p.id).sort()).toEqual(expected.people.map((p) => p.id).sort());
    expect(snapshot.accessRequests.map((r) => r.reference).sort()).toEqual(expected.accessRequests.map((r) => r.reference).sort());
    expect(snapshot.sequences).toEqual(expected.sequences);
    expect(snapshot.audit).toHaveLength(session.audit.list().length);
    expect(trailLines(snapshot.audit).slice(0, expected.audit.entries)).toEqual(expected.audit.actions);
    expect(snapshot.settings).toMatchObject(expected.settings);
    expect(snapshot.organisation).toMatchObject(expected.organisation);
    expect(snapshot.officer).toMatchObject(expected.officer);
    const wanted = new Map(expected.accessRequests.flatMap((r) => [...r.letters, ...r.attachments].map((d) => [d.id, { requestId: r.id, sha256: d.sha256 }])));
    expect(snapshot.documents).toHaveLength(expected.documents);
    expect(wanted.size).toBe(expected.documents);
    for (const document of snapshot.documents) {
      expect(wanted.get(document.id), document.id).toEqual({ requestId: document.requestId, sha256: sha256(document.bytes) });
    }
  }, LONG);

  it('takes new writes, continues the reference series, and opens again with everything verifying', async () => {
    const { session, clock, gate, dbName } = await opened();
    const entriesAtUnlock = session.audit.list().length;
    clock.advance(60_000);
    const person = await session.people.add({ kind: 'client', givenName: 'Nouvelle', familyName: 'Personne (essai)' });
    const request = await session.accessRequests.create({
      personId: person.id,
      regime: 'QC',
      receivedOn: '2026-03-19',
      channel: 'mail',
      inWriting: true,
      informationSought: 'Synthetic: my file, after the upgrade.',
      language: 'fr',
    });
    const series = expected.sequences.find((s) => s.id === 'AR-2026')!;
    expect(request.reference).toBe(`AR-2026-${String(series.last + 1).padStart(4, '0')}`);
    session.lock();

    const again = await gate().unlock(fixture.passphrase);
    expect(again.people.list({ includeArchived: true })).toHaveLength(expected.people.length + 1);
    expect(again.people.get(person.id)).toMatchObject({ givenName: 'Nouvelle', familyName: 'Personne (essai)' });
    expect(again.accessRequests.get(request.id)).toMatchObject({ reference: request.reference, status: 'received' });
    const oldLetter = expected.accessRequests.find((r) => r.letters.length > 0)!;
    const read = await again.accessRequests.readLetter(oldLetter.id, oldLetter.letters[0]!.id);
    expect(sha256(read.pdf)).toBe(oldLetter.letters[0]!.sha256);
    // The trail as the first unlock left it, then the person and the request.
    expect(await again.audit.verify()).toMatchObject({ ok: true, entries: entriesAtUnlock + 2 });
    expect(again.audit.damage()).toEqual([]);
    expect((await readRawDatabase(dbName)).prefs).not.toContainEqual(expect.objectContaining({ id: 'failedUnlocks' }));
  }, LONG);
});
