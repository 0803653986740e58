// One backup, start to finish: export → archive → open it again and check every part → save →
// (Electron) compare the file read back from disk → audit entry. Success is reported only after
// the last check, so "Backup saved" always means a file that opens with its passphrase.
import type { ArchiveManifest } from '../../archive';
import { sha256Hex } from '../../archive/bytes';
import type { Host } from '../../host/host';
import type { Session } from '../../store/contract';
import { BackupError } from './backupErrors';
import { archiveFilters, backupFileName } from './backupFile';

export type BackupStage = 'exporting' | 'encrypting' | 'verifying' | 'saving';

export interface BackupProgress {
  stage: BackupStage;
  /** 0…1 where the stage can measure itself; null while it cannot (reading, the save dialog). */
  fraction: number | null;
}

export interface BackupRequest {
  session: Session;
  host: Host;
  passphrase: string;
  appVersion: string;
  /** The save dialog's file-type name, in the officer's language. */
  fileTypeName: string;
  onProgress?: (progress: BackupProgress) => void;
}

export type BackupOutcome =
  | { saved: false }
  | {
      saved: true;
      fileName: string;
      manifest: ArchiveManifest;
      /** True when the platform read the file back from disk and it matched (Electron). */
      checkedOnDisk: boolean;
      /** The backup is good but its audit entry could not be written; shown as a warning. */
      auditError?: unknown;
    };

const fraction = (done: number, total: number) => (total > 0 ? Math.min(1, done / total) : null);

export async function makeBackup({ session, host, passphrase, appVersion, fileTypeName, onProgress }: BackupRequest): Promise<BackupOutcome> {
  const report = (stage: BackupStage, value: number | null) => onProgress?.({ stage, fraction: value });
  report('exporting', null);
  const snapshot = await session.exportSnapshot();
  report('encrypting', 0);
  // Loaded on first use: the archive code (age, ChaCha20, ZIP) stays out of the first screen's bundle.
  const { verifyArchive, writeArchive } = await import('../../archive');
  const bytes = await writeArchive(snapshot, passphrase, { appVersion, onProgress: (done, total) => report('encrypting', fraction(done, total)) });

  // Open what was just written, as a restore would, before anything reaches the disk: a backup that
  // cannot be read back must never be saved under a name that suggests it can.
  report('verifying', 0);
  const verified = await verifyArchive(bytes, passphrase, { onProgress: (done, total) => report('verifying', fraction(done, total)) });
  if (!verified.ok) throw new BackupError('notVerified', verified.error);

  report('saving', null);
  const outcome = await host.saveFile({ suggestedName: backupFileName(session.today()), filters: archiveFilters(fileTypeName), bytes });
  if (!outcome.saved) return { saved: false };

  // Electron re-reads the committed file and hashes it. A browser cannot read a download back, so
  // there the check above, on the very bytes handed to the download, is the last one possible.
  let checkedOnDisk = false;
  if (outcome.sha256OnDisk !== undefined) {
    if (outcome.sha256OnDisk !== (await sha256Hex(bytes))) throw new BackupError('diskMismatch');
    checkedOnDisk = true;
  }

  let auditError: unknown;
  try {
    await session.audit.record({ action: 'backup', entityKind: 'archive', entityId: null, fields: [], detail: 'verified' });
  } catch (error) {
    auditError = error;
  }
  return { saved: true, fileName: outcome.fileName, manifest: verified.manifest, checkedOnDisk, ...(auditError === undefined ? {} : { auditError }) };
}
