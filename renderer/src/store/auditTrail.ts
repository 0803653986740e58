// The session's audit trail: held decrypted in memory for the audit screen, appended on disk in the
// same transaction as the write it records.
//
// Every writer of a session (people, access requests, profile, settings, passphrase, restore) runs
// through this trail's queue, so sequence numbers are handed out one at a time from the head read
// at unlock. Inside the queue a write seals its record and its entries and the new head *before* the
// transaction opens (WebCrypto is async and would let IndexedDB auto-commit), then writes record,
// entries and head in one transaction: a write without its entry, or an entry without its write,
// cannot reach the disk. The head ({ seq, hash } of the last entry, sealed) makes a truncated tail
// detectable, which the chain alone cannot do.
import type { Table } from 'dexie';
import { auditEntrySchema, type AuditEntry, type AuditEvent } from '../domain/audit';
import { chainAuditEntries, verifyAuditChain, type AuditChainHead } from '../domain/auditChain';
import { localIsoDate } from '../domain/isoDate';
import { GENESIS_HEAD, openAuditHead, openAuditRows, sealAuditEntries, sealAuditHead, type OpenedAuditRow } from './auditRows';
import type { AuditFilter, AuditTrail, AuditVerification } from './contract';
import { AUDIT_HEAD_ROW_ID, type CustodianDatabase } from './database';
import { IntegrityError } from './errors';
import { failedUnlockEvents, readFailedUnlocks, removeChainedFailedUnlocks } from './failedUnlocks';
import { SerialQueue } from './serialQueue';
import type { UnlockedKey } from './unlockedKey';
import { parseOrThrow } from './validation';

/** An event as writers give it; `at` defaults to now and should equal the record's updatedAt. */
export type TimedAuditEvent = AuditEvent & { at?: string };

/**
 * Appends `events` and runs `write` in one rw transaction over `tables` and the audit tables.
 * `write` must only touch IndexedDB (no WebCrypto): seal everything before calling.
 */
export type AuditCommit = <T>(events: readonly TimedAuditEvent[], tables: readonly Table[], write: () => Promise<T>) => Promise<T>;

/** The trail as read at unlock. */
export interface LoadedAudit {
  entries: AuditEntry[];
  head: AuditChainHead;
}

const recordableEventSchema = auditEntrySchema.pick({ action: true, entityKind: true, entityId: true, fields: true, detail: true });

/** Reads the trail inside the caller's read transaction; opens it afterwards (see openLoadedAudit). */
export function readAuditRows(db: CustodianDatabase) {
  return Promise.all([db.audit.toArray(), db.auditHead.get(AUDIT_HEAD_ROW_ID)]);
}

/**
 * Opens the trail for memory. An entry that fails to open or disagrees with its row is left out
 * rather than refusing unlock (the officer must still reach the records to deal with it);
 * verify() reports it. The head must open: new entries are chained on it.
 */
export async function openLoadedAudit(key: CryptoKey, [rows, headRow]: Awaited<ReturnType<typeof readAuditRows>>): Promise<LoadedAudit> {
  const opened = await openAuditRows(key, rows);
  let head: AuditChainHead;
  if (headRow) head = await openAuditHead(key, headRow);
  else if (rows.length === 0) head = GENESIS_HEAD; // a vault from before the trail (schema version 2)
  else throw new IntegrityError('auditHead', AUDIT_HEAD_ROW_ID);
  const entries = opened.flatMap((o) => (o.agrees && o.entry ? [o.entry] : []));
  return { entries, head };
}

export class StoreAuditTrail implements AuditTrail {
  private entries: AuditEntry[];
  private head: AuditChainHead;
  private newestFirst: AuditEntry[] | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly queue = new SerialQueue();

  constructor(
    private readonly db: CustodianDatabase,
    private readonly key: UnlockedKey,
    private readonly now: () => number,
    loaded: LoadedAudit,
  ) {
    this.entries = loaded.entries;
    this.head = loaded.head;
    key.whenLocked(() => {
      this.entries = [];
      this.newestFirst = null;
      this.listeners.clear();
    });
  }

  list(filter: AuditFilter = {}): AuditEntry[] {
    this.key.assertOpen();
    // Frozen and cached until the next write: the same array for useSyncExternalStore, and a caller
    // that sorts it gets a TypeError instead of reordering the trail on screen.
    this.newestFirst ??= Object.freeze([...this.entries].reverse()) as AuditEntry[];
    const ids = filter.entityIds ? new Set(filter.entityIds) : null;
    const filtered = !filter.action && !filter.entityKind && !filter.entityId && !ids && !filter.from && !filter.to;
    if (filtered) return this.newestFirst;
    return this.newestFirst.filter((entry) => {
      if (filter.action && entry.action !== filter.action) return false;
      if (filter.entityKind && entry.entityKind !== filter.entityKind) return false;
      if (filter.entityId && entry.entityId !== filter.entityId) return false;
      if (ids && (entry.entityId === null || !ids.has(entry.entityId))) return false;
      if (filter.from || filter.to) {
        const day = localIsoDate(Date.parse(entry.at));
        if (filter.from && day < filter.from) return false;
        if (filter.to && day > filter.to) return false;
      }
      return true;
    });
  }

  subscribe(listener: () => void): () => void {
    this.key.assertOpen();
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async record(event: AuditEvent): Promise<AuditEntry> {
    this.key.assertOpen();
    const parsed = parseOrThrow(recordableEventSchema, event);
    return this.write(async () => {
      const { entries } = await this.append(this.key.require(), [parsed], [], async () => undefined);
      return entries[0]!;
    });
  }

  /** { seq, hash } of the last entry written; { 0, genesis } for an empty trail. */
  currentHead(): AuditChainHead {
    this.key.assertOpen();
    return { ...this.head };
  }

  /**
   * Runs `job` alone among the session's writes; `commit` appends entries with its write. `key`
   * is the one the caller sealed its record with: a write accepted before lock() still completes
   * with its entry (memory is dropped, the disk gets both).
   */
  write<T>(job: (commit: AuditCommit) => Promise<T>, key: CryptoKey = this.key.require()): Promise<T> {
    const commit: AuditCommit = async (events, tables, write) => (await this.append(key, events, tables, write)).result;
    return this.queue.run(() => job(commit));
  }

  /**
   * At unlock: chains the failed unlocks recorded while locked into the trail and removes them
   * from the clear list, in one transaction.
   */
  absorbFailedUnlocks(): Promise<void> {
    return this.write(async () => {
      const pending = await readFailedUnlocks(this.db);
      if (!pending) return;
      await this.append(this.key.require(), failedUnlockEvents(pending), [this.db.prefs], () => removeChainedFailedUnlocks(this.db, pending));
    });
  }

  /**
   * Restore: the trail becomes `entries` (already verified) followed by `event`, written with
   * `write` in one transaction that first empties the audit tables. Call inside write().
   */
  async replaceWithin<T>(entries: readonly AuditEntry[], event: TimedAuditEvent, tables: readonly Table[], write: () => Promise<T>): Promise<T> {
    const key = this.key.require();
    const last = entries.at(-1);
    const [restoreEntry] = await chainAuditEntries(last ? { seq: last.seq, hash: last.hash } : null, [this.content(event)]);
    const all = [...entries, restoreEntry!];
    const head = { seq: restoreEntry!.seq, hash: restoreEntry!.hash };
    const [rows, headRow] = await Promise.all([sealAuditEntries(key, all), sealAuditHead(key, head)]);
    const { db } = this;
    const result = await db.transaction('rw', [...tables, db.audit, db.auditHead], async () => {
      await db.audit.clear();
      await db.auditHead.clear();
      await db.audit.bulkAdd(rows);
      await db.auditHead.put(headRow);
      return write();
    });
    this.replaced(all, head);
    return result;
  }

  private replaced(entries: AuditEntry[], head: AuditChainHead): void {
    if (this.key.locked) return;
    this.entries = entries;
    this.head = head;
    this.notify();
  }

  async verify(): Promise<AuditVerification> {
    const key = this.key.require();
    const { db } = this;
    const [rows, headRow] = await db.transaction('r', db.audit, db.auditHead, () => readAuditRows(db));
    const opened = await openAuditRows(key, rows);
    let head: AuditChainHead | null = null;
    if (headRow) {
      try {
        head = await openAuditHead(key, headRow);
      } catch (error) {
        if (!(error instanceof IntegrityError)) throw error;
        return { ok: false, entries: rows.length, brokenAt: rows.length, reason: 'unreadable' };
      }
    } else if (rows.length > 0) {
      // Entries without a head: the tail cannot be vouched for.
      return { ok: false, entries: rows.length, brokenAt: rows.length, reason: 'unreadable' };
    }
    const chain = await verifyAuditChain(
      opened.map((o) => o.entry),
      head,
    );
    const clear = firstClearColumnBreak(opened);
    if (clear !== null && (chain.ok || clear < chain.brokenAt)) return { ok: false, entries: rows.length, brokenAt: clear, reason: 'altered' };
    return chain;
  }

  private content(event: TimedAuditEvent): Omit<AuditEntry, 'seq' | 'prevHash' | 'hash'> {
    return {
      at: event.at ?? new Date(this.now()).toISOString(),
      action: event.action,
      entityKind: event.entityKind,
      entityId: event.entityId,
      fields: [...event.fields],
      ...(event.detail !== undefined ? { detail: event.detail } : {}),
    };
  }

  /** Inside the queue: chain, seal, one transaction, then memory. */
  private async append<T>(key: CryptoKey, events: readonly TimedAuditEvent[], tables: readonly Table[], write: () => Promise<T>): Promise<{ entries: AuditEntry[]; result: T }> {
    const entries = await chainAuditEntries(this.head.seq ? this.head : null, events.map((e) => this.content(e)));
    const head = entries.length ? { seq: entries.at(-1)!.seq, hash: entries.at(-1)!.hash } : this.head;
    const [rows, headRow] = await Promise.all([sealAuditEntries(key, entries), sealAuditHead(key, head)]);
    const { db } = this;
    const result = await db.transaction('rw', [...tables, db.audit, db.auditHead], async () => {
      // bulkAdd, not put: should another window have taken these numbers, the whole write fails
      // instead of forking or overwriting the trail.
      if (rows.length) await db.audit.bulkAdd(rows);
      await db.auditHead.put(headRow);
      return write();
    });
    this.head = head; // even when locked mid-write: the disk has the entries
    if (!this.key.locked) {
      for (const entry of entries) this.entries.push(entry);
      this.notify();
    }
    return { entries, result };
  }

  private notify(): void {
    this.newestFirst = null;
    for (const listener of [...this.listeners]) listener();
  }
}

/** The seq of the first in-place row whose clear columns disagree with its sealed entry. */
function firstClearColumnBreak(opened: readonly OpenedAuditRow[]): number | null {
  for (const o of opened) if (o.inPlace && !o.agrees) return o.row.seq;
  return null;
}
