// A register's record ↔ its row, for any definition. The sealed payload is the whole record; the
// clear columns are the definition's `index`, copied for IndexedDB queries, and must agree with the
// sealed copy on open, so a clear column edited on disk (un-archiving someone, moving a due date) is
// refused like any other tampering. `version` counts the row's writes and is bound by the AAD
// (sealedRecords.ts), so an older copy put back is found (recordPins.ts).
import type { AnyRegisterDefinition, ClearValue, RegisterRecord } from '../domain/registers/definition';
import type { Bytes } from '../vault/bytes';
import { inBatches } from './batches';
import { IntegrityError } from './errors';
import { rowVersion } from './recordPins';
import { openRecord, sealRecord } from './sealedRecords';

/** A register's row: its id, write version, clear columns and the sealed record. */
export interface RegisterRow {
  id: string;
  version?: number;
  sealed: Bytes;
  [column: string]: ClearValue | Bytes | undefined;
}

/** The clear columns of `record` as the definition declares them; an undefined value is left out. */
export function clearColumns(definition: AnyRegisterDefinition, record: RegisterRecord): Record<string, ClearValue> {
  const columns: Record<string, ClearValue> = {};
  for (const [column, read] of Object.entries(definition.index)) {
    const value = read(record);
    if (value !== undefined) columns[column] = value;
  }
  return columns;
}

export async function sealRow(key: CryptoKey, definition: AnyRegisterDefinition, record: RegisterRecord, version = 1): Promise<RegisterRow> {
  return { version, id: record.id, ...clearColumns(definition, record), sealed: await sealRecord(key, definition.name, record.id, record, version) };
}

/** Throws IntegrityError(table, id) when the row was altered, moved, or its clear columns disagree with the sealed record. */
export async function openRow<R extends RegisterRecord>(key: CryptoKey, definition: AnyRegisterDefinition, row: RegisterRow): Promise<R> {
  const record = (await openRecord(key, definition.name, row.id, row.sealed, rowVersion(row))) as R;
  if (typeof record !== 'object' || record === null || record.id !== row.id) throw new IntegrityError(definition.name, row.id);
  for (const [column, read] of Object.entries(definition.index)) {
    if (read(record) !== row[column]) throw new IntegrityError(definition.name, row.id);
  }
  return record;
}

/** `versionOf` keeps each row's version when re-sealing (new records are version 1). */
export function sealRows(key: CryptoKey, definition: AnyRegisterDefinition, records: readonly RegisterRecord[], versionOf: (id: string) => number = () => 1): Promise<RegisterRow[]> {
  return inBatches(records, (record) => sealRow(key, definition, record, versionOf(record.id)));
}

export function openRows<R extends RegisterRecord>(key: CryptoKey, definition: AnyRegisterDefinition, rows: readonly RegisterRow[]): Promise<R[]> {
  return inBatches(rows, (row) => openRow<R>(key, definition, row));
}
