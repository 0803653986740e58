// Re-encrypting every sealed row under a new data key (key rotation). Each table of the database
// says here how its rows are rotated: the map is typed from CustodianDatabase, so a new table fails
// the build until it is listed, and resealVault() checks it again against the tables Dexie holds.
// Rows are opened and re-sealed through their own row functions, so AADs and the clear columns'
// agreement checks stay exactly what unlock expects.
import type { Table } from 'dexie';
import { openDocument, sealDocument } from './accessRequestRows';
import { openAuditHead } from './auditRows';
import { inBatches } from './batches';
import { AUDIT_HEAD_ROW_ID, type CustodianDatabase, type SealedRow } from './database';
import { IntegrityError } from './errors';
import { REGISTERS } from '../domain/registers';
import { rowVersion } from './recordPins';
import { openRecord, sealRecord } from './sealedRecords';
import { openRow, sealRow, type RegisterRow } from './sealedTable';

type TableName = { [K in keyof CustodianDatabase]: CustodianDatabase[K] extends Table ? K : never }[keyof CustodianDatabase];
type RowOf<K extends TableName> = CustodianDatabase[K] extends Table<infer Row> ? Row : never;
/** The row re-sealed, or null for a row the rotation's own audit entry rewrites (the audit head). */
type Reseal<Row> = (row: Row, from: CryptoKey, to: CryptoKey) => Promise<Row | null>;

/**
 * 'clear': holds nothing sealed (language, failed-try times, sequence counters).
 * 'header': the vault header, replaced whole once the rows are written.
 * A function: opens a row with the old key and seals it under the new one.
 */
type RotationPlan<Row> = 'clear' | 'header' | Reseal<Row>;

function resealSimple(table: 'settings' | 'profile' | 'auditHead' | 'firstScreen'): Reseal<SealedRow> {
  return async (row, from, to) => ({ ...row, sealed: await sealRecord(to, table, row.id, await openRecord(from, table, row.id, row.sealed)) });
}

/** Every register's rows (domain/registers), through the generic sealed table; versions kept, so a row rolled back before the rotation is still found rolled back after it. */
const REGISTER_PLANS: Readonly<Record<string, RotationPlan<RegisterRow>>> = Object.fromEntries(
  REGISTERS.map((definition) => [definition.name, async (row: RegisterRow, from: CryptoKey, to: CryptoKey) => sealRow(to, definition, await openRow(from, definition, row), rowVersion(row))]),
);

const FIXED_PLANS: { readonly [K in Exclude<TableName, 'people' | 'accessRequests'>]: RotationPlan<RowOf<K>> } = {
  vault: 'header',
  prefs: 'clear',
  sequences: 'clear',
  settings: resealSimple('settings'),
  profile: resealSimple('profile'),
  // A cache stamped with the head: the rotation's own entry makes it stale, and the session rewrites it.
  firstScreen: resealSimple('firstScreen'),
  documents: async (row, from, to) => {
    const bytes = await openDocument(from, row);
    try {
      return await sealDocument(to, row.id, row.requestId, row.kind, bytes);
    } finally {
      bytes.fill(0);
    }
  },
  // Re-sealed as found, clear columns and all: an entry moved or altered stays detectably so. One
  // that no key opens is carried unchanged, so the trail still shows it lost after the rotation.
  audit: async (row, from, to) => {
    let value: unknown;
    try {
      value = await openRecord(from, 'audit', 'entry', row.sealed);
    } catch (error) {
      if (error instanceof IntegrityError) return row;
      throw error;
    }
    return { ...row, sealed: await sealRecord(to, 'audit', 'entry', value) };
  },
  // The record pins are re-sealed; the head must open, and the rotation's own entry writes a new one.
  auditHead: async (row, from, to) => {
    if (row.id !== AUDIT_HEAD_ROW_ID) return resealSimple('auditHead')(row, from, to);
    await openAuditHead(from, row);
    return null;
  },
};

export const ROTATION_PLANS: Readonly<Record<string, RotationPlan<never>>> = { ...FIXED_PLANS, ...REGISTER_PLANS } as Record<string, RotationPlan<never>>;

/** Tables Dexie holds that ROTATION_PLANS does not name (a table added by a schema version only). */
export function unplannedTables(db: CustodianDatabase): string[] {
  return db.tables.map((t) => t.name).filter((name) => !Object.hasOwn(ROTATION_PLANS, name));
}

export interface ResealedVault {
  /** The tables write() replaces rows in; the caller's transaction must include them. */
  tables: Table[];
  /** Inside the caller's rw transaction: puts every re-sealed row back under its own key. */
  write: () => Promise<void>;
}

/** Rows re-sealed per progress report: often enough for a smooth bar, rarely enough for React. */
const PROGRESS_STEP = 2000;

/**
 * Reads every sealed table in one read transaction, then opens and re-seals each row (WebCrypto is
 * async, so none of it may run inside the write transaction). Throws IntegrityError naming the
 * first row that does not open; nothing has been written by then.
 */
export async function resealVault(db: CustodianDatabase, from: CryptoKey, to: CryptoKey, onProgress?: (fraction: number) => void): Promise<ResealedVault> {
  const unplanned = unplannedTables(db);
  if (unplanned.length) throw new Error(`Key rotation does not know how to re-encrypt the table ${unplanned.join(', ')}. Nothing was changed.`);
  const sealed = (Object.entries(ROTATION_PLANS) as [string, RotationPlan<unknown>][]).flatMap(([name, plan]) =>
    // db[name], not db.table(name): Dexie hands out a different Table object for each.
    typeof plan === 'function' ? [{ table: (db as unknown as Record<string, Table>)[name]!, reseal: plan }] : [],
  );
  const read = await db.transaction('r', sealed.map((s) => s.table), () => Promise.all(sealed.map((s) => s.table.toArray())));
  const total = read.reduce((sum, rows) => sum + rows.length, 0);
  let done = 0;
  onProgress?.(0);
  const resealed: unknown[][] = [];
  for (const [i, { reseal }] of sealed.entries()) {
    const rows = read[i]!;
    const out: unknown[] = [];
    for (let start = 0; start < rows.length; start += PROGRESS_STEP) {
      out.push(...(await inBatches(rows.slice(start, start + PROGRESS_STEP), (row) => reseal(row, from, to))));
      done += Math.min(PROGRESS_STEP, rows.length - start);
      onProgress?.(total ? done / total : 1);
    }
    resealed.push(out);
  }
  onProgress?.(1);
  return {
    tables: sealed.map((s) => s.table),
    write: async () => {
      for (const [i, { table }] of sealed.entries()) await table.bulkPut(resealed[i]!.filter((row) => row !== null));
    },
  };
}
