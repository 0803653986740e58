// Unlock opens the audit trail's head and record pins; the entries are opened after the first screen
// (store/auditTrail.ts). What the session promises meanwhile: writes chain on the head and are not
// lost or doubled when the entries arrive, damage is reported the moment it is found (subscribers
// told), a backup carries the whole trail, and a restore during the load is not undone by it.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { verifyAuditChain } from '../../../renderer/src/domain/auditChain';
import { syntheticPeople } from '../../fixtures/people';
import { putRawRows, readRawDatabase } from './rawDatabase';
import { createTestVault, PASSPHRASE } from './testVault';

type Row = Record<string, unknown> & { seq: number; sealed: Uint8Array };

// A test can hold the trail's load after its entries are read and opened, before they are taken
// in, to make a write or a restore land in the middle of it, deterministically.
const hold = vi.hoisted(() => ({ gate: null as Promise<void> | null }));
vi.mock('../../../renderer/src/store/auditRows', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../renderer/src/store/auditRows')>();
  return {
    ...original,
    openEntriesInChunks: async (...args: Parameters<typeof original.openEntriesInChunks>) => {
      const opened = await original.openEntriesInChunks(...args);
      if (hold.gate) await hold.gate;
      return opened;
    },
  };
});

function holdOpening(): () => void {
  let release!: () => void;
  hold.gate = new Promise<void>((resolve) => (release = resolve));
  return () => {
    hold.gate = null;
    release();
  };
}

/** A vault with 1 + 4 entries (vault created, four people), locked. */
async function lockedVault() {
  const vault = await createTestVault();
  for (const input of syntheticPeople(4, 9)) await vault.session.people.add(input);
  vault.session.lock();
  return vault;
}

describe('the audit trail opened after unlock', () => {
  it('is not open when unlock resolves, then holds every entry once ready', async () => {
    const { gate } = await lockedVault();
    const release = holdOpening();
    const session = await gate.unlock(PASSPHRASE);
    expect(session.audit.isReady()).toBe(false);
    expect(session.audit.list()).toEqual([]);
    release();
    await session.audit.ready();
    expect(session.audit.isReady()).toBe(true);
    expect(session.audit.list().map((e) => e.seq)).toEqual([5, 4, 3, 2, 1]);
    expect(session.audit.damage()).toEqual([]);
  });

  it('chains a write made before the entries are open after them, once, and the whole trail verifies', async () => {
    const { gate } = await lockedVault();
    const session = await gate.unlock(PASSPHRASE);
    const person = await session.people.add(syntheticPeople(1, 10)[0]!);
    await session.audit.ready();
    const trail = session.audit.list();
    expect(trail.map((e) => e.seq)).toEqual([6, 5, 4, 3, 2, 1]);
    expect(trail[0]).toMatchObject({ action: 'create', entityId: person.id });
    expect(trail[0]!.prevHash).toBe(trail[1]!.hash);
    expect(await session.audit.verify()).toMatchObject({ ok: true, entries: 6 });
  });

  it('reports an unreadable entry when it is found, and tells subscribers', async () => {
    const { gate, dbName } = await lockedVault();
    const rows = (await readRawDatabase(dbName)).audit as Row[];
    const sealed = rows[2]!.sealed.slice();
    sealed[sealed.length - 2]! ^= 0x01;
    await putRawRows(dbName, 'audit', [{ ...rows[2]!, sealed }]);
    const session = await gate.unlock(PASSPHRASE);
    expect(session.audit.damage()).toEqual([]); // records are fine; the entries are not read yet
    const told = vi.fn();
    session.audit.subscribe(told);
    await session.audit.ready();
    expect(told).toHaveBeenCalled();
    expect(session.audit.damage()).toEqual([{ kind: 'entry', seq: 3, reason: 'unreadable' }]);
    expect(session.audit.list().find((e) => e.seq === 3)).toMatchObject({ action: 'entryLost' });
  });

  it('puts the whole trail in a backup snapshot taken before the entries were open', async () => {
    const { gate } = await lockedVault();
    const session = await gate.unlock(PASSPHRASE);
    const snapshot = await session.exportSnapshot();
    expect(snapshot.audit.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(await verifyAuditChain(snapshot.audit)).toMatchObject({ ok: true });
  });

  it('keeps a restore made while the entries were opening: the load does not bring the old trail back', async () => {
    const source = await createTestVault();
    await source.session.people.add(syntheticPeople(1, 11)[0]!);
    const backup = await source.session.exportSnapshot();
    const { gate } = await lockedVault();
    const release = holdOpening();
    const session = await gate.unlock(PASSPHRASE);
    await session.restoreSnapshot(backup); // the old entries are read, not yet taken in
    release();
    await session.audit.ready();
    await new Promise((resolve) => setTimeout(resolve, 50)); // the held load finishes, and must drop its result
    expect(session.audit.list().map((e) => e.action)).toEqual(['restore', 'create', 'create']);
    expect(session.audit.isReady()).toBe(true);
  });

  it('keeps an entry written while the entries were being opened, after them', async () => {
    const { gate } = await lockedVault();
    const release = holdOpening();
    const session = await gate.unlock(PASSPHRASE);
    await new Promise((resolve) => setTimeout(resolve, 50)); // the entries are read and opened; taking them in waits
    await session.people.add(syntheticPeople(1, 12)[0]!);
    expect(session.audit.list().map((e) => e.seq)).toEqual([6]); // only what this session wrote, so far
    release();
    await session.audit.ready();
    expect(session.audit.list().map((e) => e.seq)).toEqual([6, 5, 4, 3, 2, 1]);
    expect(await session.audit.verify()).toMatchObject({ ok: true, entries: 6 });
  });

  it('settles ready() when the vault locks while the entries are opening', async () => {
    const { gate } = await lockedVault();
    const session = await gate.unlock(PASSPHRASE);
    const ready = session.audit.ready();
    session.lock();
    await expect(ready).resolves.toBeUndefined();
    expect(() => session.audit.list()).toThrow(/locked/i);
  });
});
