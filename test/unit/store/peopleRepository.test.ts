import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PersonInput } from '../../../renderer/src/domain/person';
import { NotFoundError, ValidationError } from '../../../renderer/src/store';
import { syntheticPeople } from '../../fixtures/people';
import { readRawDatabase } from './rawDatabase';
import { createTestVault } from './testVault';

vi.mock('hash-wasm', () => import('./cheapArgon2'));

afterEach(() => {
  vi.restoreAllMocks();
});

const person = (givenName: string, familyName: string, extra: Partial<PersonInput> = {}): PersonInput => ({
  kind: 'client',
  givenName,
  familyName,
  ...extra,
});

async function rawPeopleCount(dbName: string): Promise<number> {
  return (await readRawDatabase(dbName)).people!.length;
}

describe('PeopleRepository: writing', () => {
  it('adds a person with a random id and timestamps from the clock, and finds it again', async () => {
    const { session } = await createTestVault({ now: () => Date.UTC(2025, 2, 3, 14, 0, 0) });
    const added = await session.people.add(person('  Hélène ', 'Côté', { email: 'helene.cote@example.org' }));
    expect(added.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(added).toMatchObject({ givenName: 'Hélène', familyName: 'Côté', createdAt: '2025-03-03T14:00:00.000Z' });
    expect(session.people.get(added.id)).toEqual(added);
    expect(session.people.count()).toBe(1);
  });

  it('refuses invalid input with field → message key, and writes nothing', async () => {
    const { session, dbName } = await createTestVault();
    await session.people.add(person('Zoé', 'Tremblay'));
    const listener = vi.fn();
    session.people.subscribe(listener);

    const error = await session.people
      .add({ kind: 'client', givenName: '', familyName: 'Gagnon', email: 'not-an-email' } as PersonInput)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields).toEqual({ givenName: 'validation.required', email: 'validation.email' });
    expect((error as ValidationError).message).not.toContain('Gagnon');

    await expect(session.people.add({ kind: 'nobody' } as unknown as PersonInput)).rejects.toMatchObject({
      fields: { kind: 'validation.invalid', givenName: 'validation.required', familyName: 'validation.required' },
    });
    await expect(session.people.bulkAdd([person('Ok', 'Fine'), person('', 'Bad')])).rejects.toMatchObject({
      fields: { '1.givenName': 'validation.required' },
    });
    expect(await rawPeopleCount(dbName)).toBe(1);
    expect(session.people.count()).toBe(1);
    expect(listener).not.toHaveBeenCalled();
  });

  it('updates a person, keeping id and creation time', async () => {
    let time = Date.UTC(2025, 0, 1);
    const { session, reopen } = await createTestVault({ now: () => time });
    const added = await session.people.add(person('Jérôme', 'Lavoie'));
    time += 60_000;
    const updated = await session.people.update(added.id, person('Jérôme', 'Lavoie-Fortin', { phone: '604-555-0142' }));
    expect(updated).toMatchObject({ id: added.id, createdAt: added.createdAt, familyName: 'Lavoie-Fortin', phone: '604-555-0142' });
    expect(updated.updatedAt).not.toBe(added.updatedAt);
    await expect(session.people.update('no-such-id', person('A', 'B'))).rejects.toThrow(NotFoundError);
    await expect(session.people.update(added.id, person('Jérôme', ''))).rejects.toThrow(ValidationError);
    expect(session.people.get(added.id)?.familyName).toBe('Lavoie-Fortin');

    session.lock();
    const again = await reopen().unlock('correct horse battery staple');
    expect(again.people.get(added.id)).toEqual(updated);
  });

  it('archives and unarchives: archived people leave lists and searches unless asked for', async () => {
    const { session } = await createTestVault();
    const [a, b] = await session.people.bulkAdd([person('Amélie', 'Bouchard'), person('Benoît', 'Bouchard')]);
    const archived = await session.people.archive(a!.id);
    expect(archived.archivedAt).toBeDefined();
    expect(session.people.list().map((p) => p.id)).toEqual([b!.id]);
    expect(session.people.list({ includeArchived: true })).toHaveLength(2);
    expect(session.people.count()).toBe(1);
    expect(session.people.count({ includeArchived: true })).toBe(2);
    expect(session.people.search('bouchard').map((p) => p.id)).toEqual([b!.id]);
    expect(session.people.search('bouchard', { includeArchived: true })).toHaveLength(2);

    const restored = await session.people.unarchive(a!.id);
    expect(restored.archivedAt).toBeUndefined();
    expect(session.people.count()).toBe(2);
  });

  it('leaves the index as it was when the write fails', async () => {
    const { session, dbName } = await createTestVault();
    const existing = await session.people.add(person('Noémie', 'Girard'));
    const listener = vi.fn();
    session.people.subscribe(listener);
    // Force an id collision: the write must fail rather than overwrite, and memory must not change.
    vi.spyOn(globalThis.crypto, 'randomUUID').mockReturnValue(existing.id as `${string}-${string}-${string}-${string}-${string}`);
    await expect(session.people.add(person('Intruder', 'Overwrite'))).rejects.toThrow();
    await expect(session.people.bulkAdd([person('Other', 'Overwrite')])).rejects.toThrow();
    expect(session.people.get(existing.id)?.givenName).toBe('Noémie');
    expect(session.people.count()).toBe(1);
    expect(await rawPeopleCount(dbName)).toBe(1);
    expect(listener).not.toHaveBeenCalled();
  });

  it('notifies subscribers after each committed change, until they unsubscribe', async () => {
    const { session } = await createTestVault();
    // Notified after the change is in memory: the listener already sees it.
    const listener = vi.fn(() => expect(session.people.count({ includeArchived: true })).toBe(1));
    const unsubscribe = session.people.subscribe(listener);
    const added = await session.people.add(person('Loïc', 'Poirier'));
    await session.people.archive(added.id);
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
    await session.people.unarchive(added.id);
    expect(listener).toHaveBeenCalledTimes(2);
  });
});

describe('PeopleRepository: reading', () => {
  it('lists by family then given name, folding accents and case', async () => {
    const { session } = await createTestVault();
    await session.people.bulkAdd([
      person('Émile', 'côté'),
      person('Zoé', 'Roy'),
      person('Anaïs', 'Côté'),
      person('Ana', 'Royer'),
      person('Benoît', 'Cote'),
    ]);
    expect(session.people.list().map((p) => `${p.givenName} ${p.familyName}`)).toEqual([
      'Anaïs Côté',
      'Benoît Cote',
      'Émile côté',
      'Zoé Roy',
      'Ana Royer',
    ]);
  });

  it('returns the same frozen list until something changes', async () => {
    const { session } = await createTestVault();
    await session.people.add(person('Inès', 'Simard'));
    const first = session.people.list();
    expect(session.people.list()).toBe(first);
    expect(() => (first as unknown[]).push(1)).toThrow(TypeError);
    await session.people.add(person('René', 'Simard'));
    expect(session.people.list()).not.toBe(first);
  });

  it('searches without regard to accents or case, over names, email and external reference', async () => {
    const { session } = await createTestVault();
    await session.people.bulkAdd([
      person('Hélène', 'Thériault', { email: 'h.theriault@example.org', externalRef: 'CL-0042' }),
      person('Helen', 'Smith', { email: 'helen.smith@example.com' }),
      person('François', 'Lévesque', { phone: '604-555-0111' }),
    ]);
    const names = (q: string) => session.people.search(q).map((p) => p.givenName);
    expect(names('HELENE')).toEqual(['Hélène']);
    expect(names('THÉRIAULT hélèn')).toEqual(['Hélène']);
    expect(names('helen')).toEqual(['Helen', 'Hélène']);
    expect(names('theriault')).toEqual(['Hélène']);
    expect(names('example.com')).toEqual(['Helen']);
    expect(names('cl-0042')).toEqual(['Hélène']);
    expect(names('  francois   LEVESQUE ')).toEqual(['François']);
    expect(names('levesque francois')).toEqual(['François']);
    expect(names('francois smith')).toEqual([]);
    expect(names('555-0111')).toEqual([]); // phone numbers are not searched
    expect(names('')).toHaveLength(3);
  });

  it('caps search results at 200 by default, or at the limit asked for', async () => {
    const { session } = await createTestVault();
    await session.people.bulkAdd(syntheticPeople(250, 9).map((p) => ({ ...p, email: undefined, externalRef: 'REF-X' })));
    expect(session.people.search('ref-x')).toHaveLength(200);
    expect(session.people.search('ref-x', { limit: 5 })).toHaveLength(5);
    expect(session.people.list()).toHaveLength(250);
  });
});
