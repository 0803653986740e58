// How a backup file is named and offered in the save and open dialogs.
import { ARCHIVE_EXTENSION } from '../../archive/layout';
import type { FileFilter } from '../../host/host';
import type { IsoDate } from '../../domain/isoDate';

/** `Custodian-backup-2026-03-16.custodian`: sorts by date in a folder listing, names no person. */
export function backupFileName(today: IsoDate): string {
  return `Custodian-backup-${today}${ARCHIVE_EXTENSION}`;
}

/** The dialogs' filter; `name` is what the officer reads in the file-type menu. */
export function archiveFilters(name: string): FileFilter[] {
  return [{ name, extensions: [ARCHIVE_EXTENSION.slice(1)] }];
}
