import 'fake-indexeddb/auto';
import { inspect } from 'node:util';
import { describe, expect, it, vi } from 'vitest';
import { VaultLockedError } from '../../../renderer/src/store';
import { syntheticPeople, SYNTHETIC_OFFICER, SYNTHETIC_ORGANISATION } from '../../fixtures/people';
import { createTestVault, NEW_PASSPHRASE, PASSPHRASE } from './testVault';

vi.mock('hash-wasm', () => import('./cheapArgon2'));

describe('lock', () => {
  it('makes every session and repository method throw VaultLockedError', async () => {
    const { session } = await createTestVault();
    const [someone] = await session.people.bulkAdd(syntheticPeople(3, 1));
    const input = syntheticPeople(1, 2)[0]!;
    session.lock();
    expect(session.locked).toBe(true);

    const calls: [string, () => unknown][] = [
      ['people.list', () => session.people.list()],
      ['people.search', () => session.people.search('a')],
      ['people.get', () => session.people.get(someone!.id)],
      ['people.count', () => session.people.count()],
      ['people.subscribe', () => session.people.subscribe(() => undefined)],
      ['organisation', () => session.organisation()],
      ['officer', () => session.officer()],
      ['settings', () => session.settings()],
      ['audit.list', () => session.audit.list()],
      ['audit.subscribe', () => session.audit.subscribe(() => undefined)],
    ];
    for (const [name, call] of calls) expect(call, name).toThrow(VaultLockedError);

    const asyncCalls: [string, () => Promise<unknown>][] = [
      ['people.add', () => session.people.add(input)],
      ['people.bulkAdd', () => session.people.bulkAdd([input])],
      ['people.update', () => session.people.update(someone!.id, input)],
      ['people.archive', () => session.people.archive(someone!.id)],
      ['people.unarchive', () => session.people.unarchive(someone!.id)],
      ['updateOrganisation', () => session.updateOrganisation(SYNTHETIC_ORGANISATION)],
      ['updateOfficer', () => session.updateOfficer(SYNTHETIC_OFFICER)],
      ['updateSettings', () => session.updateSettings({ autoLockMinutes: 3 })],
      ['changePassphrase', () => session.changePassphrase(PASSPHRASE, NEW_PASSPHRASE)],
      ['audit.record', () => session.audit.record({ action: 'export', entityKind: 'register', entityId: null, fields: [] })],
      ['audit.verify', () => session.audit.verify()],
      ['exportSnapshot', () => session.exportSnapshot()],
    ];
    for (const [name, call] of asyncCalls) await expect(call(), name).rejects.toThrow(VaultLockedError);
    expect(() => session.lock()).not.toThrow();
  });

  it('clears the decrypted index, and a new unlock gives a fresh session while the old stays locked', async () => {
    const { gate, session } = await createTestVault();
    await session.people.bulkAdd(syntheticPeople(4, 8));
    const listener = vi.fn();
    session.people.subscribe(listener);
    const deep = (value: unknown) => inspect(value, { depth: Infinity, maxArrayLength: Infinity, maxStringLength: Infinity });
    expect(deep(session)).toMatch(/example\.(org|com)/); // the probe below can see decrypted data
    session.lock();
    // Nothing private is reachable from the locked repository's fields.
    const reachable = deep(session);
    expect(reachable).not.toMatch(/example\.(org|com)/);
    expect(reachable).not.toContain(SYNTHETIC_ORGANISATION.legalName);

    const next = await gate.unlock(PASSPHRASE);
    expect(next.people.count()).toBe(4);
    expect(() => session.people.count()).toThrow(VaultLockedError);
    await next.people.add(syntheticPeople(1, 3)[0]!);
    expect(listener).not.toHaveBeenCalled();
  });

  it('a write in flight when the vault locks reaches the disk but not the dropped index', async () => {
    const { gate, session } = await createTestVault();
    const pending = session.people.add(syntheticPeople(1, 4)[0]!);
    session.lock();
    await pending;
    expect((await gate.unlock(PASSPHRASE)).people.count()).toBe(1);
  });
});
