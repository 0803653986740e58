// The vault at the size issue #14 item 5 and issue #15 item 8 ask about: 50,000 people, 20,000
// requests, their audit trail and every register seeded (test/fixtures/accessRequests.ts). It is
// made the way an officer moving to a new laptop makes it, as FirstRunRestore does: a backup archive
// read and checked (readArchive), then a new vault created from it (createFromSnapshot). That first
// run is timed (and its MB/s), and the vault it leaves is the one the unlock, search and dashboard
// benchmarks then open.
import { readArchive, writeArchive } from '../../../renderer/src/archive';
import { DEFAULT_DB_NAME, openVaultGate } from '../../../renderer/src/store';
import { deleteStoreDatabase } from '../../../renderer/src/store/benchSupport';
import { syntheticSnapshot } from '../../fixtures/accessRequests';

const round = (n: number) => Math.round(n * 100) / 100;
const ARCHIVE_PASSPHRASE = 'bench archive passphrase: not a secret';

export interface ScaleSeed {
  dataset: { people: number; requests: number; auditEntries: number; registers: Record<string, number> };
  archiveMB: number;
  firstRunRestore: { ms: number; readArchiveMs: number; createVaultMs: number; archiveMBps: number };
  /** Building the synthetic data and writing its archive: setup, not what the officer waits for. */
  setupMs: number;
}

/** Replaces the app's database with the full-size vault, made by a first-run restore, then locks it. */
export async function seedScale(people: number, requests: number, passphrase: string): Promise<ScaleSeed> {
  const t0 = performance.now();
  const snapshot = await syntheticSnapshot({ people, requests, letters: 200, attachments: 20, registerRecords: Math.round(requests / 10) });
  const bytes = await writeArchive(snapshot, ARCHIVE_PASSPHRASE, { appVersion: 'bench' });
  await deleteStoreDatabase(DEFAULT_DB_NAME);
  const setupMs = performance.now() - t0;

  const gate = openVaultGate();
  const t1 = performance.now();
  const { snapshot: read } = await readArchive(bytes, ARCHIVE_PASSPHRASE);
  const t2 = performance.now();
  const { session } = await gate.createFromSnapshot(passphrase, read);
  const t3 = performance.now();
  // The kit step is the officer's, done once; without this every unlock would ask for it again.
  await session.confirmRecoveryKit();
  session.lock();
  gate.close();

  const mb = bytes.length / 1e6;
  return {
    dataset: {
      people: snapshot.people.length,
      requests: snapshot.accessRequests.length,
      auditEntries: snapshot.audit.length,
      registers: Object.fromEntries(Object.entries(snapshot.registers).map(([name, records]) => [name, records.length])),
    },
    archiveMB: round(mb),
    firstRunRestore: { ms: round(t3 - t1), readArchiveMs: round(t2 - t1), createVaultMs: round(t3 - t2), archiveMBps: round(mb / ((t3 - t1) / 1000)) },
    setupMs: round(setupMs),
  };
}
