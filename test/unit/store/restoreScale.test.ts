// Restore at volume: seal and write N people and N*0.4 requests in one transaction, then unlock
// them again. 5,000 people in the suite; CUSTODIAN_SCALE=50000 runs the 50,000 + 20,000 case and
// prints the timings (no personal data).
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { AccessRequest } from '../../../renderer/src/domain/accessRequest';
import { DEFAULT_SETTINGS } from '../../../renderer/src/store';
import type { VaultSnapshot } from '../../../renderer/src/store/snapshot';
import { syntheticPeople, SYNTHETIC_OFFICER, SYNTHETIC_ORGANISATION } from '../../fixtures/people';
import { createTestVaultWithDb, PASSPHRASE } from './testVault';

vi.mock('hash-wasm', () => import('./cheapArgon2'));

const PEOPLE = Number(process.env.CUSTODIAN_SCALE ?? 5000);
const REQUESTS = Math.round(PEOPLE * 0.4);

function syntheticSnapshot(): VaultSnapshot {
  const at = '2026-01-05T10:00:00.000Z';
  const people = syntheticPeople(PEOPLE, 3).map((p) => ({ ...p, id: crypto.randomUUID(), createdAt: at, updatedAt: at }));
  const accessRequests = Array.from({ length: REQUESTS }, (_, i): AccessRequest => ({
    id: crypto.randomUUID(),
    personId: people[i % people.length]!.id,
    reference: `AR-2025-${String(i + 1).padStart(4, '0')}`,
    regime: 'PIPEDA',
    receivedOn: '2025-06-02',
    channel: 'email',
    inWriting: true,
    informationSought: 'Synthetic request for a copy of my file',
    language: 'en',
    status: 'received',
    dueOn: '2025-07-02',
    decision: [],
    events: [{ at, on: '2025-06-02', action: 'receive', from: null, to: 'received' }],
    letters: [],
    attachments: [],
    createdAt: at,
    updatedAt: at,
  }) as AccessRequest);
  return {
    organisation: { ...SYNTHETIC_ORGANISATION },
    officer: { ...SYNTHETIC_OFFICER },
    settings: { ...DEFAULT_SETTINGS },
    people,
    accessRequests,
    registers: {},
    sequences: [{ id: 'AR-2025', last: REQUESTS }],
    documents: [],
    audit: [],
  };
}

describe(`restore of ${PEOPLE} people and ${REQUESTS} requests`, () => {
  it('seals in batches and commits in one transaction, in seconds', async () => {
    const snapshot = syntheticSnapshot();
    const { session, reopen } = await createTestVaultWithDb();
    const started = performance.now();
    await session.restoreSnapshot(snapshot);
    const restoreMs = performance.now() - started;
    expect(session.people.count({ includeArchived: true })).toBe(PEOPLE);
    session.lock();
    const unlockStart = performance.now();
    const again = await reopen().unlock(PASSPHRASE);
    const unlockMs = performance.now() - unlockStart;
    expect(again.accessRequests.list()).toHaveLength(REQUESTS);
    expect(await again.audit.verify()).toMatchObject({ ok: true, entries: 1 });
    if (process.env.CUSTODIAN_SCALE) console.warn(JSON.stringify({ people: PEOPLE, requests: REQUESTS, restoreMs, unlockMs }));
    // fake-indexeddb is far slower than a browser's IndexedDB; this bounds the suite, not the app.
    expect(restoreMs).toBeLessThan(PEOPLE * 4 + 5000);
  }, 600_000);
});
