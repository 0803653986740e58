// An AuditEntry ↔ its row, and the audit head ↔ its row; what unlock reads and opens of the trail
// (the head and the record pins), and the entries opened afterwards, in chunks (openEntriesInChunks).
//
// Unlike other records, an entry's AAD names the table but not the row: the sealed copy carries its
// own seq, which must agree with the row's key. A sealed value moved to another row therefore still
// opens, and verify() can say "reordered" (and where) instead of a bare "unreadable"; moving it is
// caught all the same, by the seq check and by the hash chain.
import { AUDIT_GENESIS_HASH, auditEntrySchema, type AuditEntry } from '../domain/audit';
import { lostAuditEntry, type AuditChainHead } from '../domain/auditChain';
import type { AuditDamage } from './contract';
import { inBatches } from './batches';
import { AUDIT_HEAD_ROW_ID, type AuditRow, type CustodianDatabase, type SealedRow } from './database';
import { IntegrityError } from './errors';
import { checkPins, openPins, readPinRows, type PinnedRows, type PinnedTable, type RecordPins } from './recordPins';
import { openRecord, sealRecord } from './sealedRecords';

const ENTRY_AAD_ID = 'entry';

export const GENESIS_HEAD: AuditChainHead = Object.freeze({ seq: 0, hash: AUDIT_GENESIS_HASH });

export async function sealAuditEntry(key: CryptoKey, entry: AuditEntry): Promise<AuditRow> {
  return {
    seq: entry.seq,
    at: entry.at,
    action: entry.action,
    entityKind: entry.entityKind,
    ...(entry.entityId !== null ? { entityId: entry.entityId } : {}),
    sealed: await sealRecord(key, 'audit', ENTRY_AAD_ID, entry),
  };
}

export function sealAuditEntries(key: CryptoKey, entries: readonly AuditEntry[]): Promise<AuditRow[]> {
  return inBatches(entries, (entry) => sealAuditEntry(key, entry));
}

/** What a row holds: the sealed entry (null if it failed to open or is not an entry) and whether the clear columns agree. */
export interface OpenedAuditRow {
  row: AuditRow;
  entry: AuditEntry | null;
  /** The sealed entry's seq equals the row's key. */
  inPlace: boolean;
  /** In place, and every clear column equals the sealed copy. */
  agrees: boolean;
}

export async function openAuditRow(key: CryptoKey, row: AuditRow): Promise<OpenedAuditRow> {
  let entry: AuditEntry | null = null;
  try {
    const parsed = auditEntrySchema.safeParse(await openRecord(key, 'audit', ENTRY_AAD_ID, row.sealed));
    if (parsed.success) entry = parsed.data;
  } catch (error) {
    if (!(error instanceof IntegrityError)) throw error;
  }
  const inPlace = entry !== null && entry.seq === row.seq;
  const agrees =
    inPlace &&
    entry!.at === row.at &&
    entry!.action === row.action &&
    entry!.entityKind === row.entityKind &&
    entry!.entityId === (row.entityId ?? null);
  return { row, entry, inPlace, agrees };
}

export function openAuditRows(key: CryptoKey, rows: readonly AuditRow[]): Promise<OpenedAuditRow[]> {
  return inBatches(rows, (row) => openAuditRow(key, row));
}

export async function sealAuditHead(key: CryptoKey, head: AuditChainHead): Promise<SealedRow> {
  return { id: AUDIT_HEAD_ROW_ID, sealed: await sealRecord(key, 'auditHead', AUDIT_HEAD_ROW_ID, { seq: head.seq, hash: head.hash }) };
}

/** Throws IntegrityError if the head row was altered or replaced. */
export async function openAuditHead(key: CryptoKey, row: SealedRow): Promise<AuditChainHead> {
  const value = (await openRecord(key, 'auditHead', AUDIT_HEAD_ROW_ID, row.sealed)) as Partial<AuditChainHead> | null;
  if (!value || !Number.isInteger(value.seq) || (value.seq as number) < 0 || typeof value.hash !== 'string' || !/^[0-9a-f]{64}$/.test(value.hash)) {
    throw new IntegrityError('auditHead', AUDIT_HEAD_ROW_ID);
  }
  return { seq: value.seq as number, hash: value.hash };
}

const EPOCH = new Date(0).toISOString();

/**
 * The trail as memory holds it, rebuilt from what opened: every authentic entry at its own number
 * (an entry moved to another row goes back to its place), and a lost-entry marker for each number
 * up to the head that has none, so the trail keeps its length, new entries chain on the sealed head
 * as before, and a backup carries the damage instead of a silent gap. `damage` names each row that
 * did not open, was moved or had its clear columns altered, and each number with no row at all.
 */
export async function rebuildTrail(opened: readonly OpenedAuditRow[], head: AuditChainHead): Promise<{ entries: AuditEntry[]; damage: AuditDamage[] }> {
  const bySeq = new Map<number, AuditEntry>();
  const unreadable = new Map<number, AuditRow>();
  const damage: AuditDamage[] = [];
  for (const o of opened) {
    if (!o.entry) {
      unreadable.set(o.row.seq, o.row);
      damage.push({ kind: 'entry', seq: o.row.seq, reason: 'unreadable' });
      continue;
    }
    if (!o.inPlace) damage.push({ kind: 'entry', seq: o.row.seq, reason: 'reordered' });
    else if (!o.agrees) damage.push({ kind: 'entry', seq: o.row.seq, reason: 'altered' });
    // Beyond the head cannot be genuine (entries and head are written together): reported, not kept.
    if (o.entry.seq > head.seq) damage.push({ kind: 'entry', seq: o.entry.seq, reason: 'altered' });
    else if (!bySeq.has(o.entry.seq)) bySeq.set(o.entry.seq, o.entry);
  }
  const entries: AuditEntry[] = [];
  let prevHash = AUDIT_GENESIS_HASH;
  for (let seq = 1; seq <= head.seq; seq++) {
    const entry = bySeq.get(seq);
    if (entry) {
      entries.push(entry);
      prevHash = entry.hash;
      continue;
    }
    const row = unreadable.get(seq);
    if (!row) damage.push({ kind: 'entry', seq, reason: 'removed' });
    // The row's clear time is unverified but the best clue to when the lost entry was written.
    const clearAt = auditEntrySchema.shape.at.safeParse(row?.at);
    const at = clearAt.success ? clearAt.data : (entries.at(-1)?.at ?? EPOCH);
    const vouched = bySeq.get(seq + 1)?.prevHash ?? (seq === head.seq ? head.hash : null);
    const marker = await lostAuditEntry(seq, at, prevHash, vouched, row ? 'unreadable' : 'removed');
    entries.push(marker);
    prevHash = marker.hash;
  }
  damage.sort((a, b) => (a.kind === 'entry' ? a.seq : 0) - (b.kind === 'entry' ? b.seq : 0));
  return { entries, damage };
}

/** Entries read and opened per background task: a few tens of milliseconds of the page's time each. */
const LOAD_CHUNK = 2000;

/** Resolves when the page has nothing more urgent (Chromium's background task priority); elsewhere after a task. */
function inBackground(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { postTask?: (task: () => void, options: { priority: 'background' }) => Promise<void> } }).scheduler;
  return scheduler?.postTask ? scheduler.postTask(() => undefined, { priority: 'background' }) : new Promise((resolve) => setTimeout(resolve, 0));
}

/** Reads one chunk; `skip` holds entries the session itself wrote (never a row to report). */
type ChunkRead = (key: CryptoKey, skip: ReadonlySet<number>) => Promise<{ key: CryptoKey; rows: AuditRow[]; kept: AuditRow[] }>;

/**
 * Every entry up to `lastSeq` (unlock's highest), read and opened in chunks, each after the page's
 * more urgent work. `guard` runs each read where no write can be half done (the trail's queue) with
 * the key of that moment and the entries written since unlock, or answers null to give up (locked,
 * or the trail replaced by a restore).
 */
export async function openEntriesInChunks(
  db: CustodianDatabase,
  lastSeq: number,
  guard: (read: ChunkRead) => Promise<Awaited<ReturnType<ChunkRead>> | null>,
): Promise<OpenedAuditRow[] | null> {
  const opened: OpenedAuditRow[] = [];
  for (let after = -Infinity; ; ) {
    await inBackground();
    const from = after;
    const read = await guard(async (key, skip) => {
      const rows = await db.audit.where(':id').between(from, lastSeq, false, true).limit(LOAD_CHUNK).toArray();
      return { key, rows, kept: skip.size ? rows.filter((r) => !skip.has(r.seq)) : rows };
    });
    if (!read) return null;
    opened.push(...(await openAuditRows(read.key, read.kept)));
    if (read.rows.length < LOAD_CHUNK) return opened;
    after = read.rows.at(-1)!.seq;
  }
}

/** The trail as read at unlock. */
export interface LoadedAudit {
  /** Empty while `deferred`: the entries are opened after the first screen. */
  entries: AuditEntry[];
  head: AuditChainHead;
  /** What was found damaged: entries (kept as markers in `entries`) and records not as pinned. */
  damage: AuditDamage[];
  pins: RecordPins;
  /** Tables with no sealed pins yet (a vault from before versions): written at unlock. */
  missingPins: PinnedTable[];
  /** Set when unlock opened only the head and the pins: the highest entry number then on disk. */
  deferred?: { lastSeq: number };
}

/** Reads the trail and the record pins inside the caller's read transaction; opens them afterwards (see openLoadedAudit). */
export function readAuditRows(db: CustodianDatabase) {
  return Promise.all([db.audit.toArray(), db.auditHead.get(AUDIT_HEAD_ROW_ID), readPinRows(db)]);
}

/** Unlock's read: the head, the pins and the highest entry number, not the entries. */
export function readAuditHeadRows(db: CustodianDatabase) {
  return Promise.all([db.auditHead.get(AUDIT_HEAD_ROW_ID), readPinRows(db), db.audit.orderBy(':id').lastKey().then((seq) => (typeof seq === 'number' ? seq : 0))]);
}

/**
 * Opens the trail for memory. An entry that fails to open or disagrees with its row does not refuse
 * unlock (the officer must still reach the records to deal with it): it is kept as a marker and
 * named in `damage`, as is each record whose row is not the version pinned. The head and the pins
 * must open: new entries and versions follow them.
 */
export async function openLoadedAudit(key: CryptoKey, [rows, headRow, pinRows]: Awaited<ReturnType<typeof readAuditRows>>, records: PinnedRows): Promise<LoadedAudit> {
  const opened = await openAuditRows(key, rows);
  const { head, pins, missingPins, damage: problems } = await openHeadAndPins(key, [headRow, pinRows, rows.at(-1)?.seq ?? 0], records);
  const { entries, damage } = await rebuildTrail(opened, head);
  return { entries, head, damage: [...damage, ...problems], pins, missingPins };
}

/**
 * What unlock opens of the trail (readAuditHeadRows): the head, and the pins checked against the
 * records' rows. The entries follow (StoreAuditTrail.loadEntries).
 */
export async function openHeadAndPins(key: CryptoKey, [headRow, pinRows, lastSeq]: Awaited<ReturnType<typeof readAuditHeadRows>>, records: PinnedRows): Promise<LoadedAudit> {
  let head: AuditChainHead;
  if (headRow) head = await openAuditHead(key, headRow);
  else if (lastSeq === 0) head = GENESIS_HEAD; // a vault from before the trail (schema version 2)
  else throw new IntegrityError('auditHead', AUDIT_HEAD_ROW_ID);
  const { pins, missing } = await openPins(key, pinRows, records);
  const damage = checkPins(pins, records).map((p): AuditDamage => ({ kind: 'record', ...p }));
  return { entries: [], head, damage, pins, missingPins: missing, deferred: { lastSeq } };
}
