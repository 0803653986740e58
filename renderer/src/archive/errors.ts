// Why an archive was refused. Screens translate by `code`; `message` is the officer-readable English
// fallback and the CLI's output. Neither ever holds a record's content: at most a table name, a line
// number, a field name or an entry path (ids are random UUIDs, not personal information).

export const ARCHIVE_ERROR_CODES = [
  'wrongPassphrase',
  'notAnAgeFile',
  'damaged',
  'truncated',
  'extraBytes',
  'notAnArchive',
  'manifestMismatch',
  'invalidRecord',
  'duplicateId',
  'newerFormat',
  'missingEntry',
  'unexpectedEntry',
  'unsafeEntryName',
  'entryTooLarge',
  'sequenceBehind',
  'documentMismatch',
  'auditBroken',
] as const;
export type ArchiveErrorCode = (typeof ARCHIVE_ERROR_CODES)[number];

/** Where in the archive the problem is. Never a value from a record. */
export interface ArchiveErrorDetail {
  /** A ZIP entry path, e.g. `tables/people.jsonl` or `documents/<requestId>/<documentId>.pdf`. */
  entry?: string;
  /** A table name: people, accessRequests, sequences, documents, audit, profile, manifest. */
  table?: string;
  /** 1-based line of a JSON Lines table. */
  line?: number;
  /** The field path that failed validation, e.g. `email` or `letters.0.sha256`. */
  field?: string;
  /** For newerFormat: the version found. */
  formatVersion?: number;
}

const MESSAGES: Record<ArchiveErrorCode, string> = {
  wrongPassphrase:
    'The passphrase does not open this archive. Check the passphrase and try again; if you are sure it is right, the start of the file is damaged.',
  notAnAgeFile: 'This file is not an encrypted Custodian archive (it is not an age file). Choose the .custodian file you saved.',
  damaged: 'The archive is damaged: some bytes were changed since it was saved. Nothing was restored. Use another copy of the backup.',
  truncated: 'The archive is incomplete: the file ends too early (an interrupted copy?). Nothing was restored. Use another copy of the backup.',
  extraBytes: 'The archive has unexpected data added after its end. Nothing was restored. Use another copy of the backup.',
  notAnArchive: 'The file opened with this passphrase but does not hold a Custodian archive.',
  manifestMismatch: 'The archive does not match its own table of contents (a size, checksum or count differs). Nothing was restored. Use another copy of the backup.',
  invalidRecord: 'The archive holds a record Custodian cannot accept. Nothing was restored.',
  duplicateId: 'The archive holds two records with the same identifier. Nothing was restored.',
  newerFormat: 'This archive was made by a newer version of Custodian. Update Custodian, then open it again. Nothing was restored.',
  missingEntry: 'A part of the archive is missing. Nothing was restored. Use another copy of the backup.',
  unexpectedEntry: 'The archive holds a part Custodian did not write. Nothing was restored. Use another copy of the backup.',
  unsafeEntryName: 'The archive holds a part whose name points outside the archive or is not a name Custodian writes. Nothing was restored. Use another copy of the backup.',
  entryTooLarge: 'A part of the archive would expand far beyond its stated size (a "zip bomb", or damage). It was not opened and nothing was restored. Use another copy of the backup.',
  sequenceBehind: 'The archive\'s reference numbering is behind its own requests, so a reference number could be given twice. Nothing was restored. Use another copy of the backup.',
  documentMismatch: 'A letter or attachment in the archive is not the document that was issued (its SHA-256 fingerprint or size differs). Nothing was restored. Use another copy of the backup.',
  auditBroken: 'The archive\'s audit trail is broken: an entry was changed, removed or reordered. Nothing was restored. Use another copy of the backup.',
};

function where(detail: ArchiveErrorDetail): string {
  const parts: string[] = [];
  if (detail.table) parts.push(`table ${detail.table}`);
  if (detail.line !== undefined) parts.push(`line ${detail.line}`);
  if (detail.field) parts.push(`field ${detail.field}`);
  if (detail.entry && !detail.table) parts.push(`entry ${detail.entry}`);
  if (detail.formatVersion !== undefined) parts.push(`format version ${detail.formatVersion}`);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

export class ArchiveError extends Error {
  override readonly name = 'ArchiveError';
  readonly code: ArchiveErrorCode;
  readonly detail: ArchiveErrorDetail;

  constructor(code: ArchiveErrorCode, detail: ArchiveErrorDetail = {}) {
    super(MESSAGES[code] + where(detail));
    this.code = code;
    this.detail = detail;
  }
}

export function isArchiveError(error: unknown): error is ArchiveError {
  return error instanceof ArchiveError;
}
