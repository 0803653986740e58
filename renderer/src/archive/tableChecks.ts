// Checks across records: no id twice, every request's person present, every letter and attachment
// a request names present as a document with the same SHA-256 and size, and no document nobody names.
import type { AccessRequest } from '../domain/accessRequest';
import type { Person } from '../domain/person';
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

export function checkReferences(
  people: readonly Person[],
  requests: readonly AccessRequest[],
  documents: readonly DocumentIndexRecord[],
  documentEntries: ReadonlySet<string>,
): void {
  const personIds = new Set(people.map((p) => p.id));
  const requestIds = new Set(requests.map((r) => r.id));
  const byId = new Map(documents.map((d, i) => [d.id, { record: d, line: i + 1 }]));
  const named = new Set<string>();
  const documentsTable = { table: 'documents', entry: tableEntry('documents') } as const;

  for (const [i, document] of documents.entries()) {
    const line = i + 1;
    if (!requestIds.has(document.requestId)) throw new ArchiveError('invalidRecord', { ...documentsTable, line, field: 'requestId' });
    if (!document.path.startsWith(`documents/${document.requestId}/${document.id}.`)) throw new ArchiveError('invalidRecord', { ...documentsTable, line, field: 'path' });
    if (!documentEntries.has(document.path)) throw new ArchiveError('missingEntry', { entry: document.path });
  }
  const indexed = new Set(documents.map((d) => d.path));
  for (const entry of documentEntries) if (!indexed.has(entry)) throw new ArchiveError('unexpectedEntry', { entry });

  for (const [i, request] of requests.entries()) {
    const where = { table: 'accessRequests', entry: tableEntry('accessRequests'), line: i + 1 } as const;
    if (!personIds.has(request.personId)) throw new ArchiveError('invalidRecord', { ...where, field: 'personId' });
    const expected = [
      ...request.letters.map((l, n) => ({ kind: 'letter' as const, ref: l, field: `letters.${n}` })),
      ...request.attachments.map((a, n) => ({ kind: 'attachment' as const, ref: a, field: `attachments.${n}` })),
    ];
    for (const { kind, ref, field } of expected) {
      const found = byId.get(ref.id);
      if (!found || found.record.requestId !== request.id || found.record.kind !== kind) throw new ArchiveError('missingEntry', { ...where, field });
      // The manifest proved the bytes are as written; this proves they are the document as issued.
      if (found.record.sha256 !== ref.sha256 || found.record.size !== ref.size) throw new ArchiveError('invalidRecord', { ...documentsTable, line: found.line, field: 'sha256' });
      named.add(ref.id);
    }
  }
  for (const [i, document] of documents.entries()) {
    if (!named.has(document.id)) throw new ArchiveError('unexpectedEntry', { ...documentsTable, line: i + 1, entry: document.path });
  }
}
