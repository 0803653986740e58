// The session's audit trail: held decrypted in memory for the audit screen, appended on disk in the
// same transaction as the write it records.
//
// Every writer of a session (people, access requests, profile, settings, passphrase, restore) runs
// through this trail's queue, so sequence numbers are handed out one at a time from the head read
// at unlock. Inside the queue a write seals its record and its entries and the new head *before* the
// transaction opens (WebCrypto is async and would let IndexedDB auto-commit), then writes record,
// entries and head in one transaction: a write without its entry, or an entry without its write,
// cannot reach the disk. The head ({ seq, hash } of the last entry, sealed) makes a truncated tail
// detectable, which the chain alone cannot do. The same transaction updates the sealed record pins
// (recordPins.ts) of whatever person or request it writes, so a row rolled back or deleted is found.
//
// An entry that cannot be read at unlock is not dropped: memory keeps a lost-entry marker in its
// place (auditRows.ts, rebuildTrail), damage() names it, new entries keep chaining on the sealed
// head, and a backup carries the marker, which verifies as lost, not as intact and not as broken.
//
// Unlock opens only the head and the record pins; the entries (70,000 at the benchmark's size, about
// half of what unlock read and decrypted) are read and opened after the first screen: loadEntries(),
// started by the gate once unlock's own writes are done. New entries chain on the head meanwhile;
// list() holds only those until ready() resolves, and damage() gains what the entries show when it
// is found (subscribers are told).
import type { Table } from 'dexie';
import { auditEntrySchema, type AuditEntry, type AuditEvent } from '../domain/audit';
import { chainAuditEntries, verifyAuditChain, type AuditChainHead } from '../domain/auditChain';
import { localIsoDate } from '../domain/isoDate';
import { openAuditHead, openAuditRows, openEntriesInChunks, readAuditRows, rebuildTrail, sealAuditEntries, sealAuditHead, type LoadedAudit, type OpenedAuditRow } from './auditRows';
import type { AuditDamage, AuditFilter, AuditTrail, AuditVerification, RecordProblem } from './contract';
import { FAILED_UNLOCKS_ROW_ID, type CustodianDatabase } from './database';
import { IntegrityError } from './errors';
import { checkFailedUnlocks, failedUnlockWindow, removeChainedFailedUnlocks } from './failedUnlocks';
import { readHeader } from './passphraseAttempts';
import { readRegisterRows, registerTables } from './registerRows';
import { applyPinUpdates, checkPins, nextVersion, openPins, sealPins, sealTables, type PinnedTable, type PinUpdate, type RecordPins } from './recordPins';
import { SerialQueue } from './serialQueue';
import type { UnlockedKey } from './unlockedKey';
import { parseOrThrow } from './validation';

/** An event as writers give it; `at` defaults to now and should equal the record's updatedAt. */
export type TimedAuditEvent = AuditEvent & { at?: string };

/**
 * Appends `events` and runs `write` in one rw transaction over `tables` and the audit tables.
 * `write` must only touch IndexedDB (no WebCrypto): seal everything before calling.
 */
export type AuditCommit = <T>(events: readonly TimedAuditEvent[], tables: readonly Table[], write: () => Promise<T>, pins?: readonly PinUpdate[]) => Promise<T>;

// Unlock's reads and openings of the trail live in auditRows.ts; re-exported for the session and the test fakes.
export { openHeadAndPins, openLoadedAudit, readAuditHeadRows, readAuditRows, type LoadedAudit } from './auditRows';

/** Every register's rows, as read at unlock or by verify(), checked against the pins. */
export type { PinnedRows } from './recordPins';

/** Markers and tampering reports are the trail's own: a caller cannot record one. */
const STORE_ONLY_ACTIONS: readonly string[] = ['entryLost', 'tamperingDetected'];
const recordableEventSchema = auditEntrySchema
  .pick({ action: true, entityKind: true, entityId: true, fields: true, detail: true })
  .refine((event) => !STORE_ONLY_ACTIONS.includes(event.action), { path: ['action'], message: 'validation.invalid' });

export class StoreAuditTrail implements AuditTrail {
  private entries: AuditEntry[];
  private head: AuditChainHead;
  private found: readonly AuditDamage[];
  private pins: RecordPins;
  private missingPins: PinnedTable[];
  private newestFirst: AuditEntry[] | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly queue = new SerialQueue();
  /** The entries still to open (unlock opened only the head), with the head they end at. */
  private deferred: { lastSeq: number; head: AuditChainHead } | null;
  private loading = false;
  /** Bumped when a restore replaces the trail: an older load's result is dropped. */
  private generation = 0;
  private readonly whenReady: Promise<void>;
  private settle!: { resolve: () => void; reject: (error: unknown) => void };

  constructor(
    private readonly db: CustodianDatabase,
    private readonly key: UnlockedKey,
    private readonly now: () => number,
    loaded: LoadedAudit,
  ) {
    this.entries = loaded.entries;
    this.head = loaded.head;
    this.found = Object.freeze([...loaded.damage]);
    this.pins = loaded.pins;
    this.missingPins = loaded.missingPins;
    this.deferred = loaded.deferred ? { lastSeq: loaded.deferred.lastSeq, head: loaded.head } : null;
    this.whenReady = new Promise((resolve, reject) => (this.settle = { resolve, reject }));
    this.whenReady.catch(() => undefined); // reported through ready(), not as an unhandled rejection
    if (!this.deferred) this.settle.resolve();
    key.whenLocked(() => {
      this.entries = [];
      this.found = [];
      this.newestFirst = null;
      this.listeners.clear();
      this.settle.resolve(); // nobody waits for ever; whatever they call next throws VaultLockedError
    });
  }

  /** Resolves once every entry is open and checked (at once for a new or restored vault). */
  ready(): Promise<void> {
    this.key.assertOpen();
    this.loadEntries();
    return this.whenReady;
  }

  isReady(): boolean {
    this.key.assertOpen();
    return this.deferred === null;
  }

  /**
   * Reads and opens the entries unlock left on disk, once, in chunks run as background tasks so the
   * first screen paints first and no frame waits long. Each chunk is read inside the write queue
   * (no write half done; entries appended since unlock known and left out; sealed under the key of
   * that moment, even across a key rotation) and opened off it. Called by the gate when unlock's
   * own writes are done, or by ready().
   */
  loadEntries(): void {
    if (!this.deferred || this.loading || this.key.locked) return;
    this.loading = true;
    const { lastSeq, head } = this.deferred;
    const generation = this.generation;
    const stale = () => this.key.locked || generation !== this.generation;
    const load = async () => {
      const opened = await openEntriesInChunks(this.db, lastSeq, (read) =>
        this.queue.run(() => (stale() ? Promise.resolve(null) : read(this.key.require(), new Set(this.entries.map((e) => e.seq))))),
      );
      if (!opened) return;
      const { entries, damage } = await rebuildTrail(opened, head);
      if (stale()) return;
      this.entries = [...entries, ...this.entries];
      this.found = Object.freeze([...damage, ...this.found]);
      this.deferred = null;
      this.notify();
    };
    load().then(this.settle.resolve, this.settle.reject);
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

  damage(): readonly AuditDamage[] {
    this.key.assertOpen();
    return this.found;
  }

  /** The version the next write of a person or request must carry (see recordPins.ts). */
  nextVersion(table: PinnedTable, id: string): number {
    return nextVersion(this.pins, table, id);
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
    const commit: AuditCommit = async (events, tables, write, pins) => (await this.append(key, events, tables, write, pins)).result;
    return this.queue.run(() => job(commit));
  }

  /**
   * At unlock: chains the failed unlocks recorded while locked into the trail and removes them
   * from the clear list, in one transaction.
   */
  absorbFailedUnlocks(): Promise<void> {
    return this.write(async () => {
      const now = this.now();
      const [raw, header] = await this.db.transaction('r', this.db.prefs, this.db.vault, () => Promise.all([this.db.prefs.get(FAILED_UNLOCKS_ROW_ID), readHeader(this.db)]));
      const pending = checkFailedUnlocks(raw, failedUnlockWindow(header.createdAt, now), now);
      if (!pending) return;
      await this.append(this.key.require(), pending.events, [this.db.prefs], () => removeChainedFailedUnlocks(this.db, pending.consumed));
    });
  }

  /** At unlock: seals the pins built from the rows where a vault from before versions has none. */
  writeMissingPins(): Promise<void> {
    return this.write(async () => {
      if (this.missingPins.length === 0) return;
      const key = this.key.require();
      const rows = await sealTables(key, this.pins, this.missingPins);
      await this.db.transaction('rw', this.db.auditHead, async () => {
        for (const row of rows) if (!(await this.db.auditHead.get(row.id))) await this.db.auditHead.put(row);
      });
      this.missingPins = [];
    });
  }

  /**
   * Restore: the trail becomes `entries` (already verified) followed by `event`, written with
   * `write` in one transaction that first empties the audit tables. Call inside write().
   */
  async replaceWithin<T>(entries: readonly AuditEntry[], event: TimedAuditEvent, tables: readonly Table[], write: () => Promise<T>, pins: RecordPins): Promise<T> {
    const key = this.key.require();
    const last = entries.at(-1);
    const [restoreEntry] = await chainAuditEntries(last ? { seq: last.seq, hash: last.hash } : null, [this.content(event)]);
    const all = [...entries, restoreEntry!];
    const head = { seq: restoreEntry!.seq, hash: restoreEntry!.hash };
    const [rows, headRow, pinRows] = await Promise.all([sealAuditEntries(key, all), sealAuditHead(key, head), sealPins(key, pins)]);
    const { db } = this;
    const result = await db.transaction('rw', [...tables, db.audit, db.auditHead], async () => {
      await db.audit.clear();
      await db.auditHead.clear();
      await db.audit.bulkAdd(rows);
      await db.auditHead.put(headRow);
      await db.auditHead.bulkPut(pinRows);
      return write();
    });
    this.pins = pins;
    this.missingPins = [];
    this.replaced(all, head);
    return result;
  }

  private replaced(entries: AuditEntry[], head: AuditChainHead): void {
    this.head = head;
    this.generation += 1;
    this.deferred = null; // the trail is now the one just written, whole
    this.settle.resolve();
    if (this.key.locked) return;
    this.entries = entries;
    this.found = []; // what unlock found is gone with the records it named
    this.notify();
  }

  async verify(): Promise<AuditVerification> {
    // Read from disk, not memory; waiting for the entries lets a caller list them right after.
    await this.ready().catch(() => undefined);
    const key = this.key.require();
    const { db } = this;
    const [[rows, headRow, pinRows], registerRows] = await db.transaction('r', [db.audit, db.auditHead, ...registerTables(db)], () =>
      Promise.all([readAuditRows(db), readRegisterRows(db)]),
    );
    const chain = await this.verifyChain(key, rows, headRow);
    const { pins } = await openPins(key, pinRows, registerRows);
    const records: RecordProblem[] = checkPins(pins, registerRows);
    return records.length ? { ...chain, records } : chain;
  }

  private async verifyChain(key: CryptoKey, rows: Awaited<ReturnType<typeof readAuditRows>>[0], headRow: Awaited<ReturnType<typeof readAuditRows>>[1]): Promise<AuditVerification> {
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
  private async append<T>(
    key: CryptoKey,
    events: readonly TimedAuditEvent[],
    tables: readonly Table[],
    write: () => Promise<T>,
    pinUpdates: readonly PinUpdate[] = [],
  ): Promise<{ entries: AuditEntry[]; result: T }> {
    this.key.assertCurrent(key); // sealed before a key rotation committed: it would never open again
    const entries = await chainAuditEntries(this.head.seq ? this.head : null, events.map((e) => this.content(e)));
    const head = entries.length ? { seq: entries.at(-1)!.seq, hash: entries.at(-1)!.hash } : this.head;
    const pinned = pinUpdates.length ? applyPinUpdates(this.pins, pinUpdates) : null;
    const [rows, headRow, pinRows] = await Promise.all([
      sealAuditEntries(key, entries),
      sealAuditHead(key, head),
      pinned ? sealPins(key, pinned.pins, pinned.touched) : [],
    ]);
    const { db } = this;
    const result = await db.transaction('rw', [...tables, db.audit, db.auditHead], async () => {
      // bulkAdd, not put: should another window have taken these numbers, the whole write fails
      // instead of forking or overwriting the trail.
      if (rows.length) await db.audit.bulkAdd(rows);
      await db.auditHead.put(headRow);
      if (pinRows.length) await db.auditHead.bulkPut(pinRows);
      return write();
    });
    this.head = head; // even when locked mid-write: the disk has the entries
    if (pinned) this.pins = pinned.pins;
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
