// A Person ↔ its row: the people register's definition read by the generic sealed table
// (sealedTable.ts). Kept as named functions because rekey, restore and the tests speak of people.
import type { Person } from '../domain/person';
import { peopleRegister } from '../domain/registers/people';
import type { PersonRow } from './database';
import { openRow, openRows, sealRow, sealRows, type RegisterRow } from './sealedTable';

export async function sealPerson(key: CryptoKey, person: Person, version = 1): Promise<PersonRow> {
  return (await sealRow(key, peopleRegister, person, version)) as unknown as PersonRow;
}

export function openPerson(key: CryptoKey, row: PersonRow): Promise<Person> {
  return openRow<Person>(key, peopleRegister, row as unknown as RegisterRow);
}

/** `versionOf` keeps each row's version when re-sealing (new records are version 1). */
export async function sealPeople(key: CryptoKey, people: readonly Person[], versionOf: (id: string) => number = () => 1): Promise<PersonRow[]> {
  return (await sealRows(key, peopleRegister, people, versionOf)) as unknown as PersonRow[];
}

export function openPeople(key: CryptoKey, rows: readonly PersonRow[]): Promise<Person[]> {
  return openRows<Person>(key, peopleRegister, rows as unknown as RegisterRow[]);
}
