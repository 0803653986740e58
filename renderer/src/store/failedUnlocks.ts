// Failed unlocks, kept in the clear until the next successful unlock. No key exists when a wrong
// passphrase is typed, so nothing can be sealed or chained then; what is kept is the time and the
// way (passphrase or recovery key), never what was typed. The next unlock chains them into the
// audit trail and removes them in the same transaction (auditTrail.ts, absorbFailedUnlocks).
import type { AuditEvent } from '../domain/audit';
import { FAILED_UNLOCKS_ROW_ID, type CustodianDatabase, type FailedUnlocksRow, type FailedUnlockVia } from './database';

/** Itemised up to this many; beyond, only counted, so a script guessing all night cannot fill the disk. */
export const MAX_PENDING_FAILED_UNLOCKS = 100;

function isFailedUnlocksRow(row: unknown): row is FailedUnlocksRow {
  const r = row as Partial<FailedUnlocksRow> | undefined;
  return !!r && r.id === FAILED_UNLOCKS_ROW_ID && Array.isArray(r.attempts) && Number.isInteger(r.omitted);
}

export async function readFailedUnlocks(db: CustodianDatabase): Promise<FailedUnlocksRow | null> {
  const row = await db.prefs.get(FAILED_UNLOCKS_ROW_ID);
  return isFailedUnlocksRow(row) ? row : null;
}

/** Call inside a transaction that includes db.prefs (with the failed-try counter's write). */
export async function addFailedUnlock(db: CustodianDatabase, at: string, via: FailedUnlockVia): Promise<void> {
  const row = (await readFailedUnlocks(db)) ?? { id: FAILED_UNLOCKS_ROW_ID, attempts: [], omitted: 0 };
  if (row.attempts.length < MAX_PENDING_FAILED_UNLOCKS) row.attempts = [...row.attempts, { at, via }];
  else row.omitted += 1;
  await db.prefs.put(row);
}

/** The audit events for the pending row, oldest first (the summary of omitted tries last). */
export function failedUnlockEvents(row: FailedUnlocksRow): (AuditEvent & { at: string })[] {
  const events: (AuditEvent & { at: string })[] = row.attempts.map((attempt) => ({
    at: attempt.at,
    action: 'unlockFailed',
    entityKind: 'vault',
    entityId: null,
    fields: [],
    detail: attempt.via,
  }));
  if (row.omitted > 0) {
    const at = row.attempts.at(-1)?.at ?? new Date(0).toISOString();
    events.push({ at, action: 'unlockFailed', entityKind: 'vault', entityId: null, fields: [], detail: `${row.omitted} more, not itemised` });
  }
  return events;
}

/**
 * Inside the transaction that appends the chained entries: drops what was chained and keeps any
 * try recorded meanwhile (another window), so none is lost or chained twice.
 */
export async function removeChainedFailedUnlocks(db: CustodianDatabase, chained: FailedUnlocksRow): Promise<void> {
  const current = await readFailedUnlocks(db);
  if (!current) return;
  const rest: FailedUnlocksRow = {
    id: FAILED_UNLOCKS_ROW_ID,
    attempts: current.attempts.slice(chained.attempts.length),
    omitted: Math.max(0, current.omitted - chained.omitted),
  };
  if (rest.attempts.length === 0 && rest.omitted === 0) await db.prefs.delete(FAILED_UNLOCKS_ROW_ID);
  else await db.prefs.put(rest);
}
