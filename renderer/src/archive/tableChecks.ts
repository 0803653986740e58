// Checks across records: no id twice; and, for the archive's own document index, every line points
// at its own document entry, as the manifest hashed it, and no document entry is left unindexed.
// What the records say about each other (people, references, documents as issued, the audit chain)
// is decided by snapshotValidity.ts, the same for verify and restore.
import type { ArchiveManifest } from './manifest';
import { ArchiveError } from './errors';
import { tableEntry, type ArchiveTable } from './manifest';
import type { DocumentIndexRecord } from './recordSchemas';

export function checkUnique<T>(table: ArchiveTable, records: readonly T[], key: (record: T) => string, field = 'id'): void {
  const seen = new Set<string>();
  for (const [i, record] of records.entries()) {
    const value = key(record);
    if (seen.has(value)) throw new ArchiveError('duplicateId', { table, entry: tableEntry(table), line: i + 1, field });
    seen.add(value);
  }
}

/** `entries`: the manifest's entries, looked up by own name only (a Map, never `name in object`). */
export function checkDocumentIndex(
  documents: readonly DocumentIndexRecord[],
  documentEntries: ReadonlySet<string>,
  entries: ReadonlyMap<string, ArchiveManifest['entries'][string]>,
): void {
  const documentsTable = { table: 'documents', entry: tableEntry('documents') } as const;
  for (const [i, document] of documents.entries()) {
    const line = i + 1;
    if (!document.path.startsWith(`documents/${document.requestId}/${document.id}.`)) throw new ArchiveError('invalidRecord', { ...documentsTable, line, field: 'path' });
    if (!documentEntries.has(document.path)) throw new ArchiveError('missingEntry', { entry: document.path });
    const hashed = entries.get(document.path);
    // The manifest proved the bytes are as written; this ties the index's claim to those bytes.
    if (!hashed || hashed.sha256 !== document.sha256 || hashed.size !== document.size) throw new ArchiveError('manifestMismatch', { ...documentsTable, line, field: 'sha256' });
  }
  const indexed = new Set(documents.map((d) => d.path));
  for (const entry of documentEntries) if (!indexed.has(entry)) throw new ArchiveError('unexpectedEntry', { entry });
}
