// Why a backup did not succeed, beyond the archive's own refusals (archive/errors.ts). Screens
// translate by `code` under `backup.errors.`; neither code nor message holds personal information.
import type { ArchiveError } from '../../archive';

export type BackupErrorCode = 'notVerified' | 'diskMismatch' | 'tooLarge';

const MESSAGES: Record<BackupErrorCode, string> = {
  notVerified: 'The backup failed its check before saving, so no file was saved.',
  diskMismatch: 'The file on disk is not the backup Custodian wrote. Back up again, to another drive if you can.',
  tooLarge: 'The backup would be larger than the most Custodian can save, so none was made. Remove attachments you no longer need to keep, then back up again.',
};

export class BackupError extends Error {
  override readonly name = 'BackupError';
  constructor(
    readonly code: BackupErrorCode,
    /** For notVerified: why the fresh archive failed its own check. */
    readonly archiveError?: ArchiveError,
    /** For tooLarge: how big the backup would be, and the limit, in bytes. */
    readonly size?: { bytes: number; limit: number },
  ) {
    super(MESSAGES[code]);
  }
}
