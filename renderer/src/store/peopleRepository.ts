// People, encrypted at rest and indexed in memory. Every write seals first (WebCrypto is async and
// would let an open IndexedDB transaction auto-commit), writes in one transaction, and touches the
// in-memory index only once that transaction has committed: a failed write leaves the index as
// the disk is.
import { personInputSchema, type Person, type PersonInput } from '../domain/person';
import type { PeopleRepository } from './contract';
import type { CustodianDatabase } from './database';
import { NotFoundError, ValidationError } from './errors';
import { PeopleIndex } from './peopleIndex';
import { sealPeople, sealPerson } from './peopleRows';
import type { UnlockedKey } from './unlockedKey';
import { issuesToFields, parseOrThrow } from './validation';

export const DEFAULT_SEARCH_LIMIT = 200;

/** The repository the store hands out: the contract plus bulk insertion for seeding and benchmarks. */
export interface StorePeopleRepository extends PeopleRepository {
  /** Validates every input first (fields keyed `<index>.<field>`), then writes all in one transaction. */
  bulkAdd(inputs: readonly PersonInput[]): Promise<Person[]>;
}

export class EncryptedPeopleRepository implements StorePeopleRepository {
  private readonly index = new PeopleIndex();
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly db: CustodianDatabase,
    private readonly key: UnlockedKey,
    private readonly now: () => number,
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
    return this.write({ ...fields, id: globalThis.crypto.randomUUID(), createdAt: at, updatedAt: at }, 'add');
  }

  async update(id: string, input: PersonInput): Promise<Person> {
    const existing = this.existing(id);
    const fields = parseOrThrow(personInputSchema, input);
    const person: Person = { ...fields, id, createdAt: existing.createdAt, updatedAt: this.timestamp() };
    if (existing.archivedAt) person.archivedAt = existing.archivedAt;
    return this.write(person);
  }

  async archive(id: string): Promise<Person> {
    const existing = this.existing(id);
    if (existing.archivedAt) return existing;
    const at = this.timestamp();
    return this.write({ ...existing, updatedAt: at, archivedAt: at });
  }

  async unarchive(id: string): Promise<Person> {
    const existing = this.existing(id);
    if (!existing.archivedAt) return existing;
    const { archivedAt: _dropped, ...rest } = existing;
    return this.write({ ...rest, updatedAt: this.timestamp() });
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
    await this.db.transaction('rw', this.db.people, () => this.db.people.bulkAdd(rows));
    this.committed(people);
    return people;
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

  /** `add` for a new person: should an id ever repeat, the write fails instead of overwriting. */
  private async write(person: Person, mode: 'add' | 'put' = 'put'): Promise<Person> {
    const row = await sealPerson(this.key.require(), person);
    await this.db.people[mode](row); // a single write is its own transaction
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
