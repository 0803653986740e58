// Failed unlocks, kept in the clear until the next successful unlock. No key exists when a wrong
// passphrase is typed, so nothing can be sealed or chained then; what is kept is the time and the
// way (passphrase or recovery key), never what was typed. The next unlock chains them into the
// audit trail and removes them in the same transaction (auditTrail.ts, absorbFailedUnlocks).
//
// Anyone with the files can edit this row, so it is read as untrusted: only a well-formed time
// within the vault's life (small clock skew allowed) and a known way are chained, a bounded count of
// them; no text from the row reaches the trail. Anything else becomes one 'tamperingDetected' entry,
// never chained as if genuine. Deleting the row (hiding failed tries) cannot be detected: no key
// exists to seal it with.
import type { AuditEvent } from '../domain/audit';
import { FAILED_UNLOCKS_ROW_ID, type CustodianDatabase, type FailedUnlocksRow, type FailedUnlockVia } from './database';

/** Itemised up to this many; beyond, only counted, so a script guessing all night cannot fill the disk. */
export const MAX_PENDING_FAILED_UNLOCKS = 100;
/** More omitted tries than this is not a count this app wrote. */
export const MAX_OMITTED_FAILED_UNLOCKS = 1_000_000_000;
/** How far a try's time may fall outside the vault's life: a clock corrected by a few minutes. */
export const FAILED_UNLOCK_CLOCK_SKEW_MS = 10 * 60_000;

const VIAS: readonly FailedUnlockVia[] = ['passphrase', 'recoveryKey'];
const ROW_KEYS = new Set(['id', 'attempts', 'omitted', 'tampered']);
/** Exactly what Date#toISOString writes, the only form addFailedUnlock stores. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

type Events = (AuditEvent & { at: string })[];

function isFailedUnlocksRow(row: unknown): row is FailedUnlocksRow {
  const r = row as Partial<FailedUnlocksRow> | undefined;
  return !!r && r.id === FAILED_UNLOCKS_ROW_ID && Array.isArray(r.attempts) && Number.isInteger(r.omitted);
}

/** Call inside a transaction that includes db.prefs (with the failed-try counter's write). */
export async function addFailedUnlock(db: CustodianDatabase, at: string, via: FailedUnlockVia): Promise<void> {
  const existing: unknown = await db.prefs.get(FAILED_UNLOCKS_ROW_ID);
  // A row this app did not write is replaced (it cannot be appended to), but the replacement says so.
  const tampered = existing !== undefined && !isFailedUnlocksRow(existing);
  const row: FailedUnlocksRow = isFailedUnlocksRow(existing)
    ? existing
    : { id: FAILED_UNLOCKS_ROW_ID, attempts: [], omitted: 0, ...(tampered ? { tampered: true as const } : {}) };
  if (row.attempts.length < MAX_PENDING_FAILED_UNLOCKS) row.attempts = [...row.attempts, { at, via }];
  else row.omitted += 1;
  await db.prefs.put(row);
}

/** When a try may have happened: epoch ms, from the vault's creation to now. */
export interface FailedUnlockWindow {
  notBefore: number;
  notAfter: number;
}

export function failedUnlockWindow(vaultCreatedAt: number, now: number): FailedUnlockWindow {
  return { notBefore: vaultCreatedAt - FAILED_UNLOCK_CLOCK_SKEW_MS, notAfter: now + FAILED_UNLOCK_CLOCK_SKEW_MS };
}

function isGenuineAttempt(value: unknown, window: FailedUnlockWindow): value is { at: string; via: FailedUnlockVia } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  if (keys.length !== 2 || !keys.includes('at') || !keys.includes('via')) return false;
  const { at, via } = value as Record<string, unknown>;
  if (!VIAS.includes(via as FailedUnlockVia) || typeof at !== 'string' || !ISO_INSTANT.test(at)) return false;
  const time = Date.parse(at);
  return Number.isFinite(time) && new Date(time).toISOString() === at && time >= window.notBefore && time <= window.notAfter;
}

/** What the pending row holds, read as untrusted: what to chain, whether to report tampering, and what to remove. */
export interface PendingFailedUnlocks {
  events: Events;
  /** The itemised tries and omitted count consumed, for removeChainedFailedUnlocks; 'all' drops the row. */
  consumed: { attempts: number; omitted: number } | 'all';
}

/**
 * The audit events for the pending row, oldest first: each genuine try, then the summary of omitted
 * tries, then one 'tamperingDetected' entry (at `now`) if anything in the row was not genuine.
 * Null when no row waits.
 */
export function checkFailedUnlocks(raw: unknown, window: FailedUnlockWindow, now: number): PendingFailedUnlocks | null {
  if (raw === undefined) return null;
  const tamperedEntry = (): AuditEvent & { at: string } => ({
    at: new Date(now).toISOString(),
    action: 'tamperingDetected',
    entityKind: 'vault',
    entityId: null,
    fields: [],
    detail: 'failedUnlockRecords',
  });
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { events: [tamperedEntry()], consumed: 'all' };
  const row = raw as Record<string, unknown>;
  // `tampered` is only ever written by addFailedUnlock, when it replaced a row it could not read.
  let tampered = row.id !== FAILED_UNLOCKS_ROW_ID || Object.keys(row).some((key) => !ROW_KEYS.has(key)) || row.tampered !== undefined;
  const attempts: { at: string; via: FailedUnlockVia }[] = [];
  if (!Array.isArray(row.attempts) || row.attempts.length > MAX_PENDING_FAILED_UNLOCKS) tampered = true;
  else {
    for (const attempt of row.attempts as unknown[]) {
      if (isGenuineAttempt(attempt, window)) attempts.push({ at: attempt.at, via: attempt.via });
      else tampered = true;
    }
  }
  let omitted = 0;
  if (Number.isSafeInteger(row.omitted) && (row.omitted as number) >= 0 && (row.omitted as number) <= MAX_OMITTED_FAILED_UNLOCKS) omitted = row.omitted as number;
  else tampered = true;

  const events: Events = attempts.map((attempt) => ({
    at: attempt.at,
    action: 'unlockFailed',
    entityKind: 'vault',
    entityId: null,
    fields: [],
    detail: attempt.via,
  }));
  if (omitted > 0) {
    const at = attempts.at(-1)?.at ?? new Date(now).toISOString();
    events.push({ at, action: 'unlockFailed', entityKind: 'vault', entityId: null, fields: [], detail: `${omitted} more, not itemised` });
  }
  if (tampered) events.push(tamperedEntry());
  // A tampered row is dropped whole once reported; a genuine one keeps tries added meanwhile.
  const consumed = tampered ? 'all' : { attempts: (row.attempts as unknown[]).length, omitted };
  return { events, consumed };
}

/**
 * Inside the transaction that appends the chained entries: drops what was chained and keeps any
 * try recorded meanwhile (another window), so none is lost or chained twice.
 */
export async function removeChainedFailedUnlocks(db: CustodianDatabase, consumed: PendingFailedUnlocks['consumed']): Promise<void> {
  const current: unknown = await db.prefs.get(FAILED_UNLOCKS_ROW_ID);
  if (current === undefined) return;
  if (consumed === 'all' || !isFailedUnlocksRow(current)) {
    await db.prefs.delete(FAILED_UNLOCKS_ROW_ID);
    return;
  }
  const rest: FailedUnlocksRow = {
    id: FAILED_UNLOCKS_ROW_ID,
    attempts: current.attempts.slice(consumed.attempts),
    omitted: Math.max(0, current.omitted - consumed.omitted),
  };
  if (rest.attempts.length === 0 && rest.omitted === 0) await db.prefs.delete(FAILED_UNLOCKS_ROW_ID);
  else await db.prefs.put(rest);
}
