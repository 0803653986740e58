// An AuditEntry ↔ its row, and the audit head ↔ its row.
//
// Unlike other records, an entry's AAD names the table but not the row: the sealed copy carries its
// own seq, which must agree with the row's key. A sealed value moved to another row therefore still
// opens, and verify() can say "reordered" (and where) instead of a bare "unreadable"; moving it is
// caught all the same, by the seq check and by the hash chain.
import { AUDIT_GENESIS_HASH, auditEntrySchema, type AuditEntry } from '../domain/audit';
import { lostAuditEntry, type AuditChainHead } from '../domain/auditChain';
import type { AuditDamage } from './contract';
import { inBatches } from './batches';
import { AUDIT_HEAD_ROW_ID, type AuditRow, type SealedRow } from './database';
import { IntegrityError } from './errors';
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
