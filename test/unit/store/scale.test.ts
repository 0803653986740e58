// Unlock at volume: read, decrypt and index N people. N is 2,000 in the suite;
// CUSTODIAN_SCALE=50000 measures the 50,000-person case and prints the timings (no personal data).
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { syntheticPeople } from '../../fixtures/people';
import { createTestVault, PASSPHRASE } from './testVault';

vi.mock('hash-wasm', () => import('./cheapArgon2'));

const COUNT = Number(process.env.CUSTODIAN_SCALE ?? 2000);

describe(`unlock with ${COUNT} people`, () => {
  it('decrypts everyone into the index, and lists and searches without waiting', async () => {
    const { session, reopen } = await createTestVault();
    const inputs = syntheticPeople(COUNT, 77);
    const insertStart = performance.now();
    await session.people.bulkAdd(inputs);
    const insertMs = performance.now() - insertStart;
    session.lock();

    const unlockStart = performance.now();
    const again = await reopen().unlock(PASSPHRASE);
    const unlockMs = performance.now() - unlockStart;
    expect(again.people.count()).toBe(COUNT);

    const searchStart = performance.now();
    const found = again.people.search('tremblay zo');
    const searchMs = performance.now() - searchStart;
    expect(found.every((p) => p.familyName === 'Tremblay' && /zo/i.test(p.givenName.normalize('NFD')))).toBe(true);
    const listStart = performance.now();
    again.people.list();
    const listMs = performance.now() - listStart;

    if (process.env.CUSTODIAN_SCALE) {
      console.warn(JSON.stringify({ ...again.unlockTimings, insertMs, unlockMs, searchMs, listMs }));
    }
    expect(searchMs).toBeLessThan(COUNT / 50 + 50);
  }, 600_000);
});
