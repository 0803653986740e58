// The decrypted people, in memory, sorted by family then given name. Lists and searches run here
// synchronously: after unlock no keystroke waits on IndexedDB or WebCrypto.
import type { Person } from '../domain/person';
import { foldForSearch, searchTokens } from './searchText';

interface Entry {
  person: Person;
  /** Folded given name, family name, email and external reference, one per line. */
  haystack: string;
  sortKey: string;
}

function entryFor(person: Person): Entry {
  const frozen = Object.freeze({ ...person });
  const given = foldForSearch(person.givenName);
  const family = foldForSearch(person.familyName);
  // A newline no query token can contain, so a token never spans two fields.
  const haystack = `${given}\n${family}\n${foldForSearch(person.email ?? '')}\n${foldForSearch(person.externalRef ?? '')}`;
  // \u0000 sorts before any letter: "Roy" comes before "Royer" whatever the given names.
  const sortKey = `${family}\u0000${given}\u0000${person.id}`;
  return { person: frozen, haystack, sortKey };
}

const byName = (a: Entry, b: Entry) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0);

export class PeopleIndex {
  private readonly byId = new Map<string, Entry>();
  private sorted: Entry[] = [];
  // Cached snapshots: the same array until something changes, which useSyncExternalStore requires.
  private snapshots = new Map<boolean, readonly Person[]>();

  /** Replaces the whole index; one sort instead of n insertions. */
  load(people: readonly Person[]): void {
    this.byId.clear();
    for (const person of people) this.byId.set(person.id, entryFor(person));
    this.sorted = [...this.byId.values()].sort(byName);
    this.snapshots.clear();
  }

  upsert(people: readonly Person[]): void {
    for (const person of people) {
      const previous = this.byId.get(person.id);
      if (previous) this.sorted.splice(this.position(previous), 1);
      const entry = entryFor(person);
      this.byId.set(person.id, entry);
      this.sorted.splice(this.position(entry), 0, entry);
    }
    this.snapshots.clear();
  }

  clear(): void {
    this.byId.clear();
    this.sorted = [];
    this.snapshots.clear();
  }

  get(id: string): Person | undefined {
    return this.byId.get(id)?.person;
  }

  list(includeArchived: boolean): Person[] {
    let snapshot = this.snapshots.get(includeArchived);
    if (!snapshot) {
      snapshot = Object.freeze(
        this.sorted.filter((e) => includeArchived || !e.person.archivedAt).map((e) => e.person),
      );
      this.snapshots.set(includeArchived, snapshot);
    }
    // Frozen: a caller that sorts or pushes gets a TypeError instead of corrupting the index.
    return snapshot as Person[];
  }

  count(includeArchived: boolean): number {
    return this.list(includeArchived).length;
  }

  search(query: string, includeArchived: boolean, limit: number): Person[] {
    const tokens = searchTokens(query);
    const found: Person[] = [];
    for (const entry of this.sorted) {
      if (found.length >= limit) break;
      if (!includeArchived && entry.person.archivedAt) continue;
      if (tokens.every((token) => entry.haystack.includes(token))) found.push(entry.person);
    }
    return found;
  }

  /** Binary search on sortKey: where `entry` is, or where it belongs. */
  private position(entry: Entry): number {
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (byName(this.sorted[mid]!, entry) < 0) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
