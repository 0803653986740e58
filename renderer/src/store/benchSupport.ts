// Baselines for the benchmark, kept out of index.ts so the app never imports them: the same person
// records written with no encryption, to price what sealing costs.
import { Dexie } from 'dexie';
import type { Person, PersonInput } from '../domain/person';
import { CustodianDatabase } from './database';

/** Writes `inputs` as clear Person rows (bulkPut, one transaction) into `dbName`'s people table. */
export async function plainBulkInsert(dbName: string, inputs: readonly PersonInput[]): Promise<Person[]> {
  const at = new Date().toISOString();
  const people = inputs.map((p): Person => ({ ...p, id: globalThis.crypto.randomUUID(), createdAt: at, updatedAt: at }));
  const db = new CustodianDatabase(dbName);
  try {
    const rows = people.map((p) => ({ ...p, archived: 0 as const, sealed: new Uint8Array(0) }));
    await db.transaction('rw', db.people, () => db.people.bulkPut(rows));
  } finally {
    db.close();
  }
  return people;
}

export function deleteStoreDatabase(dbName: string): Promise<void> {
  return Dexie.delete(dbName);
}
