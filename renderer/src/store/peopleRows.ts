// A Person ↔ its row. The sealed payload is the whole Person; the clear columns are copies kept for
// IndexedDB queries. On open they must agree with the sealed copy, so a clear column edited on disk
// (say, un-archiving someone) is refused like any other tampering. `version` counts the row's writes
// (bound by the AAD; pinned by recordPins.ts) so an older copy put back is found.
import type { Person } from '../domain/person';
import type { PersonRow } from './database';
import { inBatches } from './batches';
import { IntegrityError } from './errors';
import { rowVersion } from './recordPins';
import { openRecord, sealRecord } from './sealedRecords';

export async function sealPerson(key: CryptoKey, person: Person, version = 1): Promise<PersonRow> {
  return {
    version,
    id: person.id,
    kind: person.kind,
    createdAt: person.createdAt,
    updatedAt: person.updatedAt,
    archived: person.archivedAt ? 1 : 0,
    sealed: await sealRecord(key, 'people', person.id, person, version),
  };
}

export async function openPerson(key: CryptoKey, row: PersonRow): Promise<Person> {
  const person = (await openRecord(key, 'people', row.id, row.sealed, rowVersion(row))) as Person;
  const agrees =
    person.id === row.id &&
    person.kind === row.kind &&
    person.createdAt === row.createdAt &&
    person.updatedAt === row.updatedAt &&
    (person.archivedAt ? 1 : 0) === row.archived;
  if (!agrees) throw new IntegrityError('people', row.id);
  return person;
}

/** `versionOf` keeps each row's version when re-sealing (new records are version 1). */
export function sealPeople(key: CryptoKey, people: readonly Person[], versionOf: (id: string) => number = () => 1): Promise<PersonRow[]> {
  return inBatches(people, (person) => sealPerson(key, person, versionOf(person.id)));
}

export function openPeople(key: CryptoKey, rows: readonly PersonRow[]): Promise<Person[]> {
  return inBatches(rows, (row) => openPerson(key, row));
}
