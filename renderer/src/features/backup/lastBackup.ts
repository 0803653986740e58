// The last verified backup, from the audit trail (makeBackup records one 'backup' entry, detail
// 'verified', per file it read back from the disk), and whether the officer is due for another one.
// A backup handed to a browser download is recorded 'prepared': it never counts as verified, and
// while it is the newest the officer is asked to check the file.
import type { AuditEntry } from '../../domain/audit';
import type { AuditTrail } from '../../store/contract';

export const DEFAULT_BACKUP_REMINDER_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface BackupStatus {
  /** ISO instant of the last verified backup, or null if none was ever made from this vault. */
  lastAt: string | null;
  /** Whole days since then (0 on the same day), or null. */
  daysSince: number | null;
  /** True when there is none, or the last is at least `reminderDays` old. */
  due: boolean;
}

export function lastVerifiedBackupAt(audit: Pick<AuditTrail, 'list'>): string | null {
  return audit.list({ action: 'backup' }).find((entry) => entry.detail === 'verified')?.at ?? null;
}

/**
 * When the last restore is newer than the last verified backup: the records are then exactly a file
 * that passed the full check before the restore, so that counts as the last verified backup.
 */
export function lastRestoreAfterBackup(audit: Pick<AuditTrail, 'list'>): string | null {
  const restoredAt = audit.list({ action: 'restore' })[0]?.at ?? null;
  const backupAt = lastVerifiedBackupAt(audit);
  return restoredAt !== null && (backupAt === null || restoredAt > backupAt) ? restoredAt : null;
}

/** The newest backup entry when it is a prepared, unverified one (newest first, as list() returns). */
export function unverifiedBackupAt(backups: readonly Pick<AuditEntry, 'action' | 'detail' | 'at'>[]): string | null {
  const newest = backups.find((entry) => entry.action === 'backup');
  return newest?.detail === 'prepared' ? newest.at : null;
}

export function backupStatus(lastAt: string | null, reminderDays: number, now: Date = new Date()): BackupStatus {
  if (lastAt === null) return { lastAt: null, daysSince: null, due: true };
  const daysSince = Math.max(0, Math.floor((now.getTime() - new Date(lastAt).getTime()) / DAY_MS));
  return { lastAt, daysSince, due: daysSince >= reminderDays };
}

/**
 * The reminder setting. AppSettings gains `backupReminderDays` with the lead engineer's change;
 * until then (and for a vault saved before it) the default applies.
 */
export function reminderDaysOf(settings: object): number {
  const days = (settings as { backupReminderDays?: unknown }).backupReminderDays;
  return typeof days === 'number' && Number.isFinite(days) && days > 0 ? days : DEFAULT_BACKUP_REMINDER_DAYS;
}
