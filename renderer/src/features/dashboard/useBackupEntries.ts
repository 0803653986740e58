// The trail's backup and restore entries for the dashboard's backup card, found in one walk of the
// trail and kept until it changes: the store hands out the same (frozen) list until an entry is
// written, so a visit does not walk 70,000 entries again (store/auditTrail.ts, list()).
import { useEffect, useState } from 'react';
import type { AuditEntry } from '../../domain/audit';
import type { AuditTrail } from '../../store/contract';

export interface BackupEntries {
  /** Newest first, as AuditTrail.list({ action }) returns them. */
  backups: readonly AuditEntry[];
  restores: readonly AuditEntry[];
}

const found = new WeakMap<readonly AuditEntry[], BackupEntries>();

export function backupEntriesOf(newestFirst: readonly AuditEntry[]): BackupEntries {
  let entries = found.get(newestFirst);
  if (!entries) {
    entries = { backups: newestFirst.filter((e) => e.action === 'backup'), restores: newestFirst.filter((e) => e.action === 'restore') };
    found.set(newestFirst, entries);
  }
  return entries;
}

export function useBackupEntries(trail: AuditTrail): BackupEntries {
  const [entries, setEntries] = useState(() => backupEntriesOf(trail.list()));
  useEffect(() => {
    const refresh = () => setEntries(backupEntriesOf(trail.list()));
    refresh();
    return trail.subscribe(refresh);
  }, [trail]);
  return entries;
}
