// People, encrypted at rest and indexed in memory. Every write seals first (WebCrypto is async and
// would let an open IndexedDB transaction auto-commit), writes the record and its audit entry in one
// transaction, and touches the in-memory index only once that transaction has committed: a failed
// write leaves the index as the disk is.
import type { AuditEvent } from '../domain/audit';
import { changedFieldNames } from '../domain/auditChain';
import { personInputSchema, type Person, type PersonInput } from '../domain/person';
import type { StoreAuditTrail } from './auditTrail';
import type { PeopleRepository } from './contract';
import type { CustodianDatabase } from './database';
import { NotFoundError, ValidationError } from './errors';
import { PeopleIndex } from './peopleIndex';
import { sealPeople, sealPerson } from './peopleRows';
import { personPin } from './recordPins';
import type { UnlockedKey } from './unlockedKey';
import { issuesToFields, parseOrThrow } from './validation';

export const DEFAULT_SEARCH_LIMIT = 200;

/** Kept by the store, not changed by the officer: never listed as changed fields. */
const BOOKKEEPING = ['id', 'createdAt', 'updatedAt'];

/** The repository the store hands out: the contract plus bulk insertion for seeding and benchmarks. */
export interface StorePeopleRepository extends PeopleRepository {
  /**
   * Validates every input first (fields keyed `<index>.<field>`), then writes all in one
   * transaction, recorded as one 'create' audit entry naming the count (seeding and benchmarks).
   */
  bulkAdd(inputs: readonly PersonInput[]): Promise<Person[]>;
}

export class EncryptedPeopleRepository implements StorePeopleRepository {
  private readonly index = new PeopleIndex();
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly db: CustodianDatabase,
    private readonly key: UnlockedKey,
    private readonly now: () => number,
    private readonly audit: StoreAuditTrail,
    people: readonly Person[],
  ) {
    this.index.load(people);
    key.whenLocked(() => {
      this.index.clear();
      this.listeners.clear();
    });
  }

  list(options: { includeArchived?: boolean } = {}): Person[] {
    this.key.assertOpen();
    return this.index.list(options.includeArchived ?? false);
  }

  search(query: string, options: { includeArchived?: boolean; limit?: number } = {}): Person[] {
    this.key.assertOpen();
    return this.index.search(query, options.includeArchived ?? false, options.limit ?? DEFAULT_SEARCH_LIMIT);
  }

  get(id: string): Person | undefined {
    this.key.assertOpen();
    return this.index.get(id);
  }

  count(options: { includeArchived?: boolean } = {}): number {
    this.key.assertOpen();
    return this.index.count(options.includeArchived ?? false);
  }

  subscribe(listener: () => void): () => void {
    this.key.assertOpen();
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async add(input: PersonInput): Promise<Person> {
    this.key.assertOpen();
    const fields = parseOrThrow(personInputSchema, input);
    const at = this.timestamp();
    const person: Person = { ...fields, id: globalThis.crypto.randomUUID(), createdAt: at, updatedAt: at };
    return this.write(person, this.event('create', null, person), 'add');
  }

  async update(id: string, input: PersonInput): Promise<Person> {
    const existing = this.existing(id);
    const fields = parseOrThrow(personInputSchema, input);
    const person: Person = { ...fields, id, createdAt: existing.createdAt, updatedAt: this.timestamp() };
    if (existing.archivedAt) person.archivedAt = existing.archivedAt;
    return this.write(person, this.event('update', existing, person));
  }

  async archive(id: string): Promise<Person> {
    const existing = this.existing(id);
    if (existing.archivedAt) return existing;
    const at = this.timestamp();
    const person: Person = { ...existing, updatedAt: at, archivedAt: at };
    return this.write(person, this.event('archive', existing, person));
  }

  async unarchive(id: string): Promise<Person> {
    const existing = this.existing(id);
    if (!existing.archivedAt) return existing;
    const { archivedAt: _dropped, ...rest } = existing;
    const person: Person = { ...rest, updatedAt: this.timestamp() };
    return this.write(person, this.event('unarchive', existing, person));
  }

  async bulkAdd(inputs: readonly PersonInput[]): Promise<Person[]> {
    const key = this.key.require();
    const fields: Record<string, string> = {};
    const parsed = inputs.map((input, i) => {
      const result = personInputSchema.safeParse(input);
      if (!result.success) Object.assign(fields, issuesToFields(result.error.issues, `${i}.`));
      return result.data;
    });
    if (Object.keys(fields).length) throw new ValidationError(fields);
    const at = this.timestamp();
    const people = parsed.map((p): Person => ({ ...p!, id: globalThis.crypto.randomUUID(), createdAt: at, updatedAt: at }));
    const rows = await sealPeople(key, people);
    const names = [...new Set(people.flatMap((p) => changedFieldNames(null, p, BOOKKEEPING)))].sort();
    const event: AuditEvent & { at: string } = { at, action: 'create', entityKind: 'person', entityId: null, fields: names, detail: `${people.length} people at once` };
    await this.audit.write((commit) => commit([event], [this.db.people], () => this.db.people.bulkAdd(rows), rows.map(personPin)), key);
    this.committed(people);
    return people;
  }

  /** After a restore committed: the index becomes `people`. */
  replaceAll(people: readonly Person[]): void {
    if (this.key.locked) return;
    this.index.load(people);
    for (const listener of [...this.listeners]) listener();
  }

  private existing(id: string): Person {
    this.key.assertOpen();
    const person = this.index.get(id);
    if (!person) throw new NotFoundError('person', id);
    return person;
  }

  private timestamp(): string {
    return new Date(this.now()).toISOString();
  }

  private event(action: 'create' | 'update' | 'archive' | 'unarchive', before: Person | null, after: Person): AuditEvent & { at: string } {
    return { at: after.updatedAt, action, entityKind: 'person', entityId: after.id, fields: changedFieldNames(before, after, BOOKKEEPING) };
  }

  /** `add` for a new person: should an id ever repeat, the write fails instead of overwriting. */
  private async write(person: Person, event: AuditEvent & { at: string }, mode: 'add' | 'put' = 'put'): Promise<Person> {
    const key = this.key.require();
    // The version is taken inside the queue, after any earlier write of this person has pinned its own.
    await this.audit.write(async (commit) => {
      const row = await sealPerson(key, person, this.audit.nextVersion('people', person.id));
      await commit([event], [this.db.people], () => this.db.people[mode](row), [personPin(row)]);
    }, key);
    this.committed([person]);
    return this.index.get(person.id) ?? person;
  }

  private committed(people: readonly Person[]): void {
    // Locked while the write was in flight: the record is on disk, but the index is gone.
    if (this.key.locked) return;
    this.index.upsert(people);
    for (const listener of [...this.listeners]) listener();
  }
}
