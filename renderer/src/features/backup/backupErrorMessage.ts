// Any error a backup, a check or a restore can end with, as a sentence for the officer: what
// happened and what to do. An archive's refusal names where in the file it is (a table, a line, a
// field), never a value from a record.
import type { TFunction } from 'i18next';
import { isArchiveError, type ArchiveError, type ArchiveErrorDetail } from '../../archive/errors';
import { errorMessage } from '../../ui/errorMessage';
import { SnapshotInvalidError } from '../../store/errors';
import { BackupError } from './backupErrors';

function whereText(t: TFunction, detail: ArchiveErrorDetail): string {
  const parts: string[] = [];
  if (detail.table) parts.push(t('backup.where.table', { table: t(`backup.tables.${detail.table}`, { defaultValue: detail.table }) }));
  if (detail.line !== undefined) parts.push(t('backup.where.line', { line: detail.line }));
  if (detail.field) parts.push(t('backup.where.field', { field: detail.field }));
  if (detail.entry && !detail.table) parts.push(t('backup.where.entry', { entry: detail.entry }));
  return parts.join(', ');
}

export function archiveErrorMessage(t: TFunction, error: ArchiveError): string {
  const sentence = t(`backup.archiveErrors.${error.code}`, { formatVersion: error.detail.formatVersion ?? '?' });
  // A newer format's sentence already names the version; anything else may say where.
  const where = error.code === 'newerFormat' ? '' : whereText(t, error.detail);
  return where ? `${sentence} ${t('backup.where.label', { where })}` : sentence;
}

export function backupErrorMessage(t: TFunction, error: unknown): string {
  if (isArchiveError(error)) return archiveErrorMessage(t, error);
  if (error instanceof BackupError) {
    if (error.code === 'notVerified' && error.archiveError) {
      return t('backup.errors.notVerified', { reason: archiveErrorMessage(t, error.archiveError) });
    }
    if (error.code === 'tooLarge' && error.size) {
      const megabytes = (bytes: number) => Math.ceil(bytes / (1024 * 1024));
      return t('backup.errors.tooLarge', { size: megabytes(error.size.bytes), limit: megabytes(error.size.limit) });
    }
    return t(`backup.errors.${error.code}`, { reason: '' });
  }
  if (error instanceof SnapshotInvalidError) return t('backup.errors.snapshotInvalid', { reason: error.reason });
  return errorMessage(t, error);
}
