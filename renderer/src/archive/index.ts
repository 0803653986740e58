// Backup archives (`.custodian`): an age file (passphrase) around a ZIP of JSON Lines tables, the
// profile, the issued documents and a manifest. Pure TypeScript: the app and the CLI run the same code.
export { writeArchive, type WriteArchiveOptions } from './writeArchive';
export { readArchive, verifyArchive, type ArchiveContents, type ReadArchiveOptions, type VerifyResult } from './readArchive';
export { validateSnapshot } from './snapshotValidity';
export { ArchiveError, ARCHIVE_ERROR_CODES, isArchiveError, type ArchiveErrorCode, type ArchiveErrorDetail } from './errors';
export { ARCHIVE_EXTENSION, ARCHIVE_FORMAT, ARCHIVE_FORMAT_VERSION, type ArchiveCounts, type ArchiveManifest } from './manifest';
