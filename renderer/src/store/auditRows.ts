// An AuditEntry ↔ its row, and the audit head ↔ its row.
//
// Unlike other records, an entry's AAD names the table but not the row: the sealed copy carries its
// own seq, which must agree with the row's key. A sealed value moved to another row therefore still
// opens, and verify() can say "reordered" (and where) instead of a bare "unreadable"; moving it is
// caught all the same, by the seq check and by the hash chain.
import { AUDIT_GENESIS_HASH, auditEntrySchema, type AuditEntry } from '../domain/audit';
import type { AuditChainHead } from '../domain/auditChain';
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
