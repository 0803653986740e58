// The first screen's digest (store/firstScreen.ts): unlock hands the dashboard every open request
// from one sealed row before it reads the records, but only a digest written at this vault's current
// audit head; stale, replayed, moved or damaged digests are not used, and unlock goes on as before.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { FirstScreen } from '../../../renderer/src/store/contract';
import { WRITE_DELAY_MS } from '../../../renderer/src/store/firstScreen';
import { syntheticPeople } from '../../fixtures/people';
import { putRawRows, readRawDatabase, readRawRow } from './rawDatabase';
import { createTestVault, PASSPHRASE, testClock } from './testVault';

async function vaultWithRequests() {
  const clock = testClock(Date.UTC(2026, 2, 16, 18, 0, 0));
  const vault = await createTestVault({ now: clock.now });
  const { session } = vault;
  const people = await session.people.bulkAdd(syntheticPeople(3, 31));
  const input = (personId: string, receivedOn: string) => ({
    personId,
    regime: 'BC_PIPA' as const,
    receivedOn,
    channel: 'mail' as const,
    inWriting: true,
    informationSought: 'Records of my synthetic visits',
    language: 'en' as const,
  });
  const open = await session.accessRequests.create(input(people[0]!.id, '2026-03-02'));
  const other = await session.accessRequests.create(input(people[1]!.id, '2026-03-03'));
  const withdrawn = await session.accessRequests.create(input(people[2]!.id, '2026-03-04'));
  await session.accessRequests.apply(withdrawn.id, { type: 'withdraw', on: '2026-03-05' });
  return { ...vault, clock, people, open, other, withdrawn };
}

/** Past any rewrite already scheduled, so what the test does next decides what is on disk. */
const settle = () => new Promise((resolve) => setTimeout(resolve, WRITE_DELAY_MS + 100));

/** Unlocks with a first-screen callback and returns what it was given (null when it was not called). */
async function unlockSeeing(gate: Awaited<ReturnType<typeof createTestVault>>['gate']) {
  let seen: FirstScreen | null = null;
  const session = await gate.unlock(PASSPHRASE, {
    onFirstScreen: async (screen) => {
      seen = screen;
    },
  });
  return { session, seen: seen as FirstScreen | null };
}

describe('the first screen before the records', () => {
  it('hands over every open request, and only those, with the fields of its due date; people on demand', async () => {
    const { session, gate, people, open, other } = await vaultWithRequests();
    await session.firstScreen.write();
    session.lock();

    const { session: again, seen } = await unlockSeeing(gate);
    expect(seen).not.toBeNull();
    expect(seen!.today).toBe('2026-03-16');
    expect(seen!.openRequests.map((r) => r.reference).sort()).toEqual([open.reference, other.reference].sort());
    const digest = seen!.openRequests.find((r) => r.id === open.id)!;
    expect(digest).toEqual({ id: open.id, reference: open.reference, personId: open.personId, status: open.status, receivedOn: open.receivedOn, regime: open.regime, dueOn: open.dueOn });
    const named = await seen!.people([people[0]!.id, 'nobody']);
    expect(named.map((p) => p.id)).toEqual([people[0]!.id]);
    expect(named[0]!.familyName).toBe(people[0]!.familyName);
    // The session that follows holds every record, as always.
    expect(again.accessRequests.list()).toHaveLength(3);
  });

  it('is rewritten by the session after a write, so the next unlock sees the change', async () => {
    const { session, gate, open } = await vaultWithRequests();
    await session.accessRequests.apply(open.id, { type: 'withdraw', on: '2026-03-06' });
    await session.firstScreen.write();
    session.lock();
    const { seen } = await unlockSeeing(gate);
    expect(seen!.openRequests.map((r) => r.id)).not.toContain(open.id);
    expect(seen!.openRequests).toHaveLength(1);
  });

  it('writes itself a moment after a write, without being asked', async () => {
    const { session, dbName } = await vaultWithRequests();
    await vi.waitFor(async () => expect(await readRawRow(dbName, 'firstScreen', 'dashboard')).toBeDefined(), { timeout: 3000 });
    session.lock();
  });

  it('is not used once a later write moved the head (the lock came before the rewrite)', async () => {
    const { session, gate, people } = await vaultWithRequests();
    await session.firstScreen.write();
    await settle();
    await session.people.update(people[0]!.id, { ...syntheticPeople(1, 77)[0]! });
    session.lock(); // the rewrite was still waiting: the digest on disk is one write behind
    const { session: again, seen } = await unlockSeeing(gate);
    expect(seen).toBeNull();
    expect(again.accessRequests.list()).toHaveLength(3);
  });

  it('is not used when an older digest is put back (replayed), nor when damaged; unlock still opens', async () => {
    const { session, gate, dbName, open } = await vaultWithRequests();
    await session.firstScreen.write();
    const older = await readRawRow<{ id: string; sealed: Uint8Array }>(dbName, 'firstScreen', 'dashboard');
    await session.accessRequests.apply(open.id, { type: 'withdraw', on: '2026-03-06' });
    await session.firstScreen.write();
    session.lock();

    await putRawRows(dbName, 'firstScreen', [older]);
    const replayed = await unlockSeeing(gate);
    expect(replayed.seen).toBeNull();
    await settle();
    replayed.session.lock(); // its own rewrite is done: the damaged copy below is what the next unlock finds

    const damaged = new Uint8Array(older.sealed);
    damaged[damaged.length - 1]! ^= 1;
    await putRawRows(dbName, 'firstScreen', [{ id: 'dashboard', sealed: damaged }]);
    const { session: again, seen } = await unlockSeeing(gate);
    expect(seen).toBeNull();
    expect(again.accessRequests.list()).toHaveLength(3);
  });

  it('is not used when another sealed row is copied over it', async () => {
    const { session, gate, dbName } = await vaultWithRequests();
    await session.firstScreen.write();
    session.lock();
    const settings = await readRawRow<{ id: string; sealed: Uint8Array }>(dbName, 'settings', 'app');
    await putRawRows(dbName, 'firstScreen', [{ id: 'dashboard', sealed: settings.sealed }]);
    expect((await unlockSeeing(gate)).seen).toBeNull();
  });

  it('is sealed on disk: no reference, person id or status in the clear', async () => {
    const { session, dbName, open } = await vaultWithRequests();
    await session.firstScreen.write();
    const raw = await readRawDatabase(dbName, { includeCaches: true });
    expect(raw.firstScreen).toHaveLength(1);
    const row = raw.firstScreen![0] as { id: string; sealed: Uint8Array };
    expect(Object.keys(row).sort()).toEqual(['id', 'sealed']);
    const text = new TextDecoder('latin1').decode(row.sealed);
    for (const clear of [open.reference, open.personId, '"status"', 'received']) expect(text.includes(clear)).toBe(false);
  });

  it('waits at most a second for the caller, and a caller that throws does not stop the unlock', async () => {
    const { session, gate } = await vaultWithRequests();
    await session.firstScreen.write();
    session.lock();
    const started = Date.now();
    const again = await gate.unlock(PASSPHRASE, { onFirstScreen: () => new Promise(() => undefined) });
    expect(Date.now() - started).toBeLessThan(5000);
    again.lock();
    const third = await gate.unlock(PASSPHRASE, { onFirstScreen: () => Promise.reject(new Error('paint failed')) });
    expect(third.accessRequests.list()).toHaveLength(3);
  });

  it('a new vault with no digest yet unlocks without a first screen', async () => {
    const { session, gate } = await createTestVault();
    session.lock();
    const { seen, session: again } = await unlockSeeing(gate);
    expect(seen).toBeNull();
    expect(again.locked).toBe(false);
  });
});
