// Which version of each person and access request the vault last wrote, kept sealed beside the audit
// head (in the auditHead table, each table's pins split over PIN_BUCKETS rows by id, so a write
// re-seals about 1/64 of them: one row of 50,000 pins took ~0.6 s to copy and seal) and written in
// the same transaction as every write of those tables (auditTrail.ts, append). A row's version is bound to its sealed bytes by the
// AAD (sealedRecords.ts), so an older copy of a row put back on disk opens, but with a version below
// its pin: found at unlock and by verify(), and named. A row deleted is a pin without a row.
//
// Not detected: the whole database rolled back together with these pins and the audit head; only
// an outside copy (a backup) can show that. Rows from before versions existed are version 0 and
// pinned as found at the first unlock after the upgrade.
import { REGISTERS } from '../domain/registers';
import type { AccessRequestRow, CustodianDatabase, PersonRow, SealedRow } from './database';
import type { RecordProblem } from './contract';
import { IntegrityError } from './errors';
import { openRecord, sealRecord } from './sealedRecords';

/** Every register's table is pinned (domain/registers). */
export type PinnedTable = string;
export const PINNED_TABLES: readonly PinnedTable[] = REGISTERS.map((r) => r.name);
/** Rows by table, as read from disk: whatever a pinned table holds (id, version, and a reference if any). */
export type PinnedRows = Readonly<Record<PinnedTable, readonly PinnableRow[]>>;
interface PinnableRow {
  id: string;
  version?: number;
  reference?: unknown;
}
export const PIN_BUCKETS = 64;

/** A bucket's row id in the auditHead table: beside the head, cleared and rewritten with it at restore. */
export function pinRowId(table: PinnedTable, bucket: number): string {
  return `pins/${table}/${bucket}`;
}

export interface Pin {
  version: number;
  /** A request's AR-… reference, so a removed request is still named by it. */
  reference?: string;
}
type Bucket = ReadonlyMap<string, Pin>;
export type RecordPins = Readonly<Record<PinnedTable, readonly Bucket[]>>;

/** One record written: its table, id and the version its row now carries. */
export interface PinUpdate extends Pin {
  table: PinnedTable;
  id: string;
  /** The record was deleted (a register whose removal is 'delete'): its pin goes with it. */
  removed?: true;
}

/** FNV-1a: stable across sessions and releases, which the bucket of a stored pin must be. */
export function bucketOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % PIN_BUCKETS;
}

/** The version a row carries; rows written before versions existed have none (0). */
export function rowVersion(row: { version?: number }): number {
  return row.version ?? 0;
}

/** The pin of a row just written or found; a row with a reference is named by it when removed. */
export function rowPin(table: PinnedTable, row: PinnableRow): PinUpdate {
  return typeof row.reference === 'string' ? { table, id: row.id, version: rowVersion(row), reference: row.reference } : { table, id: row.id, version: rowVersion(row) };
}

export function personPin(row: PersonRow): PinUpdate {
  return rowPin('people', row);
}

export function requestPin(row: AccessRequestRow): PinUpdate {
  return rowPin('accessRequests', row);
}

const pinOf = ({ version, reference }: Pin): Pin => (reference === undefined ? { version } : { version, reference });

/** The version the next write of `id` must carry: past both its pin and whatever is on disk. */
export function nextVersion(pins: RecordPins, table: PinnedTable, id: string): number {
  return (bucketsOf(pins, table)[bucketOf(id)]!.get(id)?.version ?? 0) + 1;
}

const emptyBuckets = (): Map<string, Pin>[] => Array.from({ length: PIN_BUCKETS }, () => new Map());
const EMPTY_BUCKETS: readonly Bucket[] = emptyBuckets();
/** A table's buckets; a table with no pins yet has empty ones. */
function bucketsOf(pins: RecordPins, table: PinnedTable): readonly Bucket[] {
  return pins[table] ?? EMPTY_BUCKETS;
}
const noBuckets = (): Record<PinnedTable, Map<string, Pin>[]> => Object.fromEntries(PINNED_TABLES.map((t) => [t, emptyBuckets()]));

export const NO_PINS: RecordPins = noBuckets();

export function pinsFromRows(rows: PinnedRows): RecordPins {
  const pins = noBuckets();
  for (const [table, found] of Object.entries(rows)) {
    pins[table] ??= emptyBuckets();
    for (const row of found) {
      const update = rowPin(table, row);
      pins[table][bucketOf(update.id)]!.set(update.id, pinOf(update));
    }
  }
  return pins;
}

export interface PinBucketRef {
  table: PinnedTable;
  bucket: number;
}

/** `pins` with `updates` applied (copying only the buckets they touch), and the buckets touched. */
export function applyPinUpdates(pins: RecordPins, updates: readonly PinUpdate[]): { pins: RecordPins; touched: PinBucketRef[] } {
  const next = Object.fromEntries(Object.entries(pins).map(([table, buckets]) => [table, [...buckets]])) as Record<PinnedTable, Bucket[]>;
  const touched = new Map<string, PinBucketRef>();
  for (const update of updates) {
    const bucket = bucketOf(update.id);
    const key = `${update.table}/${bucket}`;
    if (!touched.has(key)) {
      touched.set(key, { table: update.table, bucket });
      next[update.table] ??= [...bucketsOf(pins, update.table)];
      next[update.table]![bucket] = new Map(bucketsOf(pins, update.table)[bucket]);
    }
    if (update.removed) (next[update.table]![bucket] as Map<string, Pin>).delete(update.id);
    else (next[update.table]![bucket] as Map<string, Pin>).set(update.id, pinOf(update));
  }
  return { pins: next, touched: [...touched.values()] };
}

/** The sealed rows of the buckets named, or of all of them. */
export function sealPins(key: CryptoKey, pins: RecordPins, which: readonly PinBucketRef[] = allBuckets()): Promise<SealedRow[]> {
  return Promise.all(
    which.map(async ({ table, bucket }) => {
      const list = [...bucketsOf(pins, table)[bucket]!].map(([id, pin]) => (pin.reference === undefined ? [id, pin.version] : [id, pin.version, pin.reference]));
      const id = pinRowId(table, bucket);
      return { id, sealed: await sealRecord(key, 'auditHead', id, list) };
    }),
  );
}

function allBuckets(tables: readonly PinnedTable[] = PINNED_TABLES): PinBucketRef[] {
  return tables.flatMap((table) => Array.from({ length: PIN_BUCKETS }, (_, bucket) => ({ table, bucket })));
}

/** Throws IntegrityError if the row was altered, replaced, or holds a pin of another bucket. */
async function openBucket(key: CryptoKey, { table, bucket }: PinBucketRef, row: SealedRow): Promise<Bucket> {
  const rowId = pinRowId(table, bucket);
  const value = await openRecord(key, 'auditHead', rowId, row.sealed);
  const bad = () => new IntegrityError('auditHead', rowId);
  if (!Array.isArray(value)) throw bad();
  const pins = new Map<string, Pin>();
  for (const item of value as unknown[]) {
    if (!Array.isArray(item)) throw bad();
    const [id, version, reference] = item as unknown[];
    if (typeof id !== 'string' || bucketOf(id) !== bucket || !Number.isSafeInteger(version) || (version as number) < 0) throw bad();
    if (reference !== undefined && typeof reference !== 'string') throw bad();
    pins.set(id, pinOf({ version: version as number, ...(reference !== undefined ? { reference } : {}) }));
  }
  return pins;
}

/** Read inside the caller's transaction over db.auditHead. */
export function readPinRows(db: CustodianDatabase): Promise<(SealedRow | undefined)[]> {
  return db.auditHead.bulkGet(allBuckets().map(({ table, bucket }) => pinRowId(table, bucket)));
}

/**
 * The pins as sealed, or, where a table has none yet (a vault from before versions), built from its
 * rows as they are now; `missing` says which tables must be written. Some buckets of a table gone
 * but not all is tampering (they are always written together): IntegrityError, as for the head.
 */
export async function openPins(
  key: CryptoKey,
  pinRows: readonly (SealedRow | undefined)[],
  rows: PinnedRows,
): Promise<{ pins: RecordPins; missing: PinnedTable[] }> {
  const built = pinsFromRows(rows);
  const refs = allBuckets();
  const pins: Record<PinnedTable, readonly Bucket[]> = {};
  const missing: PinnedTable[] = [];
  for (const table of PINNED_TABLES) {
    const mine = refs.flatMap((ref, i) => (ref.table === table ? [{ ref, row: pinRows[i] }] : []));
    const absent = mine.filter((m) => !m.row);
    if (absent.length === mine.length) {
      missing.push(table);
      pins[table] = [...bucketsOf(built, table)];
    } else if (absent.length > 0) {
      throw new IntegrityError('auditHead', pinRowId(table, absent[0]!.ref.bucket));
    } else {
      pins[table] = await Promise.all(mine.map((m) => openBucket(key, m.ref, m.row!)));
    }
  }
  return { pins, missing };
}

/** The sealed rows of every bucket of `tables` (a legacy vault's first pins). */
export function sealTables(key: CryptoKey, pins: RecordPins, tables: readonly PinnedTable[]): Promise<SealedRow[]> {
  return sealPins(key, pins, allBuckets(tables));
}

/** Each record whose row is not the version pinned, or has no pin, or is gone; by table, in row order. */
export function checkPins(pins: RecordPins, rows: PinnedRows): RecordProblem[] {
  const problems: RecordProblem[] = [];
  const check = (table: PinnedTable, found: readonly PinUpdate[]) => {
    const seen = new Set<string>();
    for (const row of found) {
      seen.add(row.id);
      const pin = bucketsOf(pins, table)[bucketOf(row.id)]!.get(row.id);
      const named = { table, id: row.id, ...(row.reference !== undefined ? { reference: row.reference } : {}) };
      if (!pin || row.version > pin.version) problems.push({ ...named, problem: 'unexpected' });
      else if (row.version < pin.version) problems.push({ ...named, problem: 'rolledBack' });
    }
    for (const bucket of bucketsOf(pins, table)) {
      for (const [id, pin] of bucket) {
        if (!seen.has(id)) problems.push({ table, id, ...(pin.reference !== undefined ? { reference: pin.reference } : {}), problem: 'removed' });
      }
    }
  };
  for (const table of PINNED_TABLES) check(table, (rows[table] ?? []).map((row) => rowPin(table, row)));
  return problems;
}
