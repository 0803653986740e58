// A backup written by release 0.1.0 (archive format 1: people and access requests only) must still
// verify and restore after the registers arrived: its other registers read as empty, and a vault
// created from it gets the purposes seed like any new vault. How the fixture was made:
// test/fixtures/archive-0.1.0.md.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { readArchive, verifyArchive } from '../../../renderer/src/archive';
import { sha256Hex } from '../../../renderer/src/archive/bytes';
import { KIT_REGISTERS } from '../../../renderer/src/domain/registers';
import { purposesRegister } from '../../../renderer/src/domain/registers/purposes';
import { openVaultGate } from '../../../renderer/src/store';
import { NEW_PASSPHRASE, uniqueDbName } from '../store/testVault';

// The vault's cheap Argon2id for the store; hash-wasm's real scrypt for the archive.
vi.mock('hash-wasm', async (original) => ({ ...(await original<object>()), ...(await import('../store/cheapArgon2')) }));

const FIXTURE = new URL('../../fixtures/archive-0.1.0.custodian', import.meta.url);
const ARCHIVE_PASSPHRASE = 'archive 0.1.0 fixture passphrase';
/** The fake letter the 0.1.0 test vault issued and attached (testVault.ts FAKE_PDF). */
const PDF_SHA256 = '8ee2c0e22fc1152d42ccc4cd3fd0382d91af75e1627364dc7193bc239c659526';

/** What 0.1.0 put in it, as its generator printed it. */
const PEOPLE = [
  ['99b90b19-7008-41b9-bebe-5ae30b8a7e3a', 'Zoé Beaulieu', false],
  ['c00ccbb9-c814-45dd-86dc-a9dc0a874a88', 'Hélène Côté', true],
  ['e9485470-d058-4a30-95e7-4d174d169278', 'Anaïs Lévesque', false],
  ['22a79fb5-39af-4bec-aaf5-d075f29c49a2', 'Olivia Nguyen', false],
  ['be7e9bd3-a717-4942-84f3-16eef66eab77', "Lucas O'Connor", false],
  ['b513dccf-8be1-4162-bd5f-9d97ffd09c22', 'Ngozi Ouellet', false],
] as const;
const REQUESTER = 'be7e9bd3-a717-4942-84f3-16eef66eab77';
const REQUESTS = [
  { id: 'e49cdedd-b10d-4a94-91cb-19f05c5f27aa', reference: 'AR-2026-0001', status: 'acknowledged', personId: REQUESTER },
  { id: 'd5f1395c-7fd1-4b63-8bb4-ae01e9e73c25', reference: 'AR-2026-0002', status: 'received', personId: REQUESTER },
];
const DOCUMENTS = [
  { id: '35cbbdcc-6884-4558-9cab-03b113673e02', kind: 'letter', requestId: REQUESTS[0]!.id },
  { id: '7d8bb209-3c61-45ff-8257-fbaeee908d8c', kind: 'attachment', requestId: REQUESTS[1]!.id },
];

const fixture = () => new Uint8Array(readFileSync(FIXTURE));

describe('an archive written by 0.1.0 (format version 1)', () => {
  it('verifies, with the counts 0.1.0 recorded', async () => {
    const result = await verifyArchive(fixture(), ARCHIVE_PASSPHRASE);
    expect(result).toMatchObject({
      ok: true,
      manifest: { formatVersion: 1, appVersion: '0.1.0' },
      counts: { people: 6, accessRequests: 2, sequences: 1, documents: 2, audit: 9 },
    });
  });

  it('reads back its people, requests and documents, and every later register empty', async () => {
    const { snapshot } = await readArchive(fixture(), ARCHIVE_PASSPHRASE);
    expect(snapshot.people.map((p) => [p.id, `${p.givenName} ${p.familyName}`, p.archivedAt !== undefined])).toEqual(PEOPLE);
    expect(snapshot.accessRequests.map(({ id, reference, status, personId }) => ({ id, reference, status, personId }))).toEqual(REQUESTS);
    expect(snapshot.accessRequests.map((r) => [r.letters.length, r.attachments.length])).toEqual([[1, 0], [0, 1]]);
    expect(snapshot.documents.map(({ id, kind, requestId }) => ({ id, kind, requestId }))).toEqual(DOCUMENTS);
    for (const document of snapshot.documents) expect(await sha256Hex(document.bytes)).toBe(PDF_SHA256);
    expect(snapshot.sequences).toEqual([{ id: 'AR-2026', last: 2 }]);
    expect(snapshot.audit.map((e) => e.action)).toEqual(['create', 'create', 'archive', 'create', 'create', 'workflowStep', 'letterIssued', 'attachmentAdded', 'settingsChanged']);
    expect(snapshot.settings.autoLockMinutes).toBe(15);
    expect(KIT_REGISTERS.length).toBeGreaterThan(0);
    for (const register of KIT_REGISTERS) expect(snapshot.registers[register.name] ?? [], register.name).toEqual([]);
  });

  it('restores into a new vault: its records open, the letter reads back, and the purposes seed is there', async () => {
    const { snapshot } = await readArchive(fixture(), ARCHIVE_PASSPHRASE);
    const dbName = uniqueDbName();
    // The app's own gate (seeds on, as openVaultGate defaults), not the test vaults' seedless one.
    const { session } = await openVaultGate({ dbName }).createFromSnapshot(NEW_PASSPHRASE, snapshot);
    expect(session.people.list({ includeArchived: true }).map((p) => p.id).sort()).toEqual(PEOPLE.map(([id]) => id).sort());
    expect(session.people.get(PEOPLE[1][0])?.archivedAt).toBeDefined();
    expect(session.accessRequests.list().map((r) => r.reference).sort()).toEqual(['AR-2026-0001', 'AR-2026-0002']);
    const { pdf } = await session.accessRequests.readLetter(REQUESTS[0]!.id, DOCUMENTS[0]!.id);
    expect(await sha256Hex(pdf)).toBe(PDF_SHA256);
    expect(session.registers.get(purposesRegister).list().map((p) => p.name)).toContain('Meet legal and regulatory requirements');
    expect(await session.audit.verify()).toMatchObject({ ok: true });

    // And it opens again from disk.
    session.lock();
    const again = await openVaultGate({ dbName }).unlock(NEW_PASSPHRASE);
    expect(again.accessRequests.list()).toHaveLength(2);
    expect(again.registers.get(purposesRegister).count()).toBe(purposesRegister.seed!().length);
  });
});
