// One backup, start to finish: export → archive → open it again and check every part → save →
// compare the file read back from disk → audit entry. The entry says 'verified' only when the file
// was read back from the disk and matched (desktop; a browser with the File System Access API);
// a plain browser download is recorded as 'prepared', since nobody knows whether it ever landed.
import type { ArchiveManifest } from '../../archive';
import { sha256Hex } from '../../archive/bytes';
import { MAX_STREAMED_FILE_BYTES } from '../../host/bridge';
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
      /** True when the platform read the file back from disk and it matched; false: prepared, not verified. */
      checkedOnDisk: boolean;
      /** The backup is good but its audit entry could not be written; shown as a warning. */
      auditError?: unknown;
    };

const fraction = (done: number, total: number) => (total > 0 ? Math.min(1, done / total) : null);

/** The audit entry's detail: read back and matched, or handed to the browser unseen. */
export const BACKUP_VERIFIED = 'verified';
export const BACKUP_PREPARED = 'prepared';

/** Documents dominate a backup's size, and the archive stores them as they are (encrypted, not shrunk). */
export function documentBytes(snapshot: { documents: readonly { bytes: Uint8Array }[] }): number {
  return snapshot.documents.reduce((total, document) => total + document.bytes.byteLength, 0);
}

export async function makeBackup({ session, host, passphrase, appVersion, fileTypeName, onProgress }: BackupRequest): Promise<BackupOutcome> {
  const report = (stage: BackupStage, value: number | null) => onProgress?.({ stage, fraction: value });
  report('exporting', null);
  const snapshot = await session.exportSnapshot();
  // Said before minutes of encrypting, not after: the attachments alone already pass the limit.
  const documents = documentBytes(snapshot);
  if (documents > MAX_STREAMED_FILE_BYTES) throw new BackupError('tooLarge', undefined, { bytes: documents, limit: MAX_STREAMED_FILE_BYTES });
  report('encrypting', 0);
  // Loaded on first use: the archive code (age, ChaCha20, ZIP) stays out of the first screen's bundle.
  const { verifyArchive, writeArchive } = await import('../../archive');
  const bytes = await writeArchive(snapshot, passphrase, { appVersion, onProgress: (done, total) => report('encrypting', fraction(done, total)) });
  if (bytes.byteLength > MAX_STREAMED_FILE_BYTES) throw new BackupError('tooLarge', undefined, { bytes: bytes.byteLength, limit: MAX_STREAMED_FILE_BYTES });

  // Open what was just written, as a restore would, before anything reaches the disk: a backup that
  // cannot be read back must never be saved under a name that suggests it can.
  report('verifying', 0);
  const verified = await verifyArchive(bytes, passphrase, { onProgress: (done, total) => report('verifying', fraction(done, total)) });
  if (!verified.ok) throw new BackupError('notVerified', verified.error);

  report('saving', null);
  // Resolves only once the file is committed and read back (or handed to a download); a browser
  // killed before then records nothing, so the trail never shows a backup that is not on disk.
  const outcome = await host.saveFile({ suggestedName: backupFileName(session.today()), filters: archiveFilters(fileTypeName), bytes, readBack: true });
  if (!outcome.saved) return { saved: false };

  let checkedOnDisk = false;
  if (outcome.sha256OnDisk !== undefined) {
    if (outcome.sha256OnDisk !== (await sha256Hex(bytes))) throw new BackupError('diskMismatch');
    checkedOnDisk = true;
  }

  let auditError: unknown;
  try {
    await session.audit.record({ action: 'backup', entityKind: 'archive', entityId: null, fields: [], detail: checkedOnDisk ? BACKUP_VERIFIED : BACKUP_PREPARED });
  } catch (error) {
    auditError = error;
  }
  return { saved: true, fileName: outcome.fileName, manifest: verified.manifest, checkedOnDisk, ...(auditError === undefined ? {} : { auditError }) };
}
