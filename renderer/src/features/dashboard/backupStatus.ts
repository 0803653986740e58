// Where the officer stands on backups: the newest backup that was written *and read back and
// verified* (an audit entry 'backup' with detail 'verified'), how many days ago on the officer's
// clock, and whether to remind them. A backup that was never verified does not count: an archive
// that cannot be restored is not a backup.
import type { AuditEntry } from '../../domain/audit';
import { daysBetween, localIsoDate, type IsoDate } from '../../domain/isoDate';

/** The reminder interval when the settings do not say (AppSettings.backupReminderDays). */
export const DEFAULT_BACKUP_REMINDER_DAYS = 7;

export type BackupStatus =
  | { kind: 'never' }
  | { kind: 'recent' | 'due'; on: IsoDate; at: string; daysAgo: number; restored: boolean };

/**
 * `backups` newest first, as AuditTrail.list({ action: 'backup' }) returns them; `restores` likewise
 * for 'restore'. A restore counts as a verified backup at its time: the archive passed the full check
 * before anything was restored, and the records are then exactly that file's, though the restored
 * trail holds no 'backup' entry for the file itself (written after the archive was made).
 */
export function backupStatus(backups: readonly AuditEntry[], today: IsoDate, reminderDays: number, restores: readonly AuditEntry[] = []): BackupStatus {
  const verified = backups.find((entry) => entry.action === 'backup' && entry.detail === 'verified');
  const restore = restores.find((entry) => entry.action === 'restore');
  const restored = restore !== undefined && (!verified || restore.at > verified.at);
  const last = restored ? restore : verified;
  if (!last) return { kind: 'never' };
  const on = localIsoDate(new Date(last.at));
  const daysAgo = Math.max(0, daysBetween(on, today));
  // "Older than N days": a backup made exactly N days ago is still within the interval.
  return { kind: daysAgo > reminderDays ? 'due' : 'recent', on, at: last.at, daysAgo, restored };
}
