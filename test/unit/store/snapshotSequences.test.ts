// Issue #13, item 5: reference numbers are never reused. Restoring an older archive over a vault
// that has since handed out more numbers keeps each series at the highest number either had, and
// the restore says which series it kept above the archive's.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { readArchive, writeArchive } from '../../../renderer/src/archive';
import { sequenceFloors } from '../../../renderer/src/store/snapshotRows';
import { PASSPHRASE, populatedVault } from './testVault';

vi.mock('hash-wasm', async (original) => ({ ...(await original<object>()), ...(await import('./cheapArgon2')) }));

const request = (personId: string, receivedOn: string) => ({
  personId,
  regime: 'PIPEDA' as const,
  receivedOn,
  channel: 'email' as const,
  inWriting: true,
  informationSought: 'Synthetic records',
  language: 'en' as const,
});

describe('restore keeps reference numbers from being reused', () => {
  it('an older archive restored over a vault whose AR-2026 reached 0005: the next request is AR-2026-0006, not 0003', async () => {
    const vault = await populatedVault(9); // AR-2026-0001 and 0002
    const { session } = vault;
    const older = await writeArchive(await session.exportSnapshot(), PASSPHRASE, { appVersion: 'test', scryptWorkFactor: 10 });
    for (const on of ['2026-03-05', '2026-03-06', '2026-03-07']) await session.accessRequests.create(request(vault.people[1]!.id, on));
    expect(session.accessRequests.list().map((r) => r.reference)).toContain('AR-2026-0005');

    const { snapshot } = await readArchive(older, PASSPHRASE);
    const result = await session.restoreSnapshot(snapshot);

    expect(result.raisedSequences).toEqual([{ id: 'AR-2026', archived: 2, kept: 5 }]);
    expect(session.accessRequests.list().map((r) => r.reference).sort()).toEqual(['AR-2026-0001', 'AR-2026-0002']);
    const next = await session.accessRequests.create(request(vault.people[1]!.id, '2026-03-12'));
    expect(next.reference).toBe('AR-2026-0006');
    expect(await session.audit.verify()).toMatchObject({ ok: true });
  });

  it('a newer archive over an older vault raises nothing: the archive’s own numbers already lead', async () => {
    const vault = await populatedVault(10);
    const { session } = vault;
    await session.accessRequests.create(request(vault.people[1]!.id, '2026-03-05'));
    const newer = await session.exportSnapshot(); // AR-2026 at 3
    const target = await populatedVault(11); // AR-2026 at 2
    expect(await target.session.restoreSnapshot(newer)).toEqual({ raisedSequences: [] });
    expect((await target.session.accessRequests.create(request(newer.people[1]!.id, '2026-03-13'))).reference).toBe('AR-2026-0004');
  });

  it('a series only the replaced vault had is kept, and reported', async () => {
    const vault = await populatedVault(12);
    const { session } = vault;
    const older = await session.exportSnapshot();
    await session.accessRequests.create(request(vault.people[1]!.id, '2025-12-30')); // AR-2025-0001
    const result = await session.restoreSnapshot(older);
    expect(result.raisedSequences).toEqual([{ id: 'AR-2025', archived: 0, kept: 1 }]);
    expect((await session.accessRequests.create(request(vault.people[1]!.id, '2025-12-31'))).reference).toBe('AR-2025-0002');
  });

  it('floors take the highest of the sequences and the references in use', () => {
    const floors = sequenceFloors([{ id: 'AR-2026', last: 3 }], ['AR-2026-0007', 'AR-2024-0002', 'not a reference']);
    expect([...floors]).toEqual([
      ['AR-2026', 7],
      ['AR-2024', 2],
    ]);
  });
});
