// Why a backup did not succeed, beyond the archive's own refusals (archive/errors.ts). Screens
// translate by `code` under `backup.errors.`; neither code nor message holds personal information.
import type { ArchiveError } from '../../archive';

export type BackupErrorCode = 'notVerified' | 'diskMismatch';

export class BackupError extends Error {
  override readonly name = 'BackupError';
  constructor(
    readonly code: BackupErrorCode,
    /** For notVerified: why the fresh archive failed its own check. */
    readonly archiveError?: ArchiveError,
  ) {
    super(
      code === 'notVerified'
        ? 'The backup failed its check before saving, so no file was saved.'
        : 'The file on disk is not the backup Custodian wrote. Back up again, to another drive if you can.',
    );
  }
}
