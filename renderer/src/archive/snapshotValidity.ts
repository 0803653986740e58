// The one decision on whether a vault snapshot can be restored. readArchive (so "Verify" and the
// backup's own read-back) and the store's restores (over the current data, and first-run) all call
// this, so a backup that verifies is never refused by a restore, and the other way round. Pure: no
// database, no key; it throws an ArchiveError naming a table, line and field, never a value.
import { REFERENCE_PATTERN } from '../domain/accessRequest';
import { verifyAuditChain } from '../domain/auditChain';
import type { SnapshotDocument, VaultSnapshot } from '../store/snapshot';
import { sha256Hex, yieldToEventLoop } from './bytes';
import { ArchiveError } from './errors';
import { PROFILE_ENTRY, tableEntry, type ArchiveTable } from './manifest';
import { accessRequestRecordSchema, auditRecordSchema, personRecordSchema, profileSchema, recordId, sequenceRecordSchema } from './recordSchemas';
import { checkRegisters, registerRecords } from './registerChecks';
import { checkUnique } from './tableChecks';
import type { z } from 'zod';

/** Records checked between two yields: ~30 ms on the slow laptop. */
const BATCH = 2000;
/** Documents hashed at once: they can be megabytes each. */
const HASH_BATCH = 16;

const fieldOf = (error: z.ZodError) => error.issues[0]?.path.join('.');

async function records<S extends z.ZodType>(table: ArchiveTable, list: unknown, schema: S): Promise<z.output<S>[]> {
  const entry = tableEntry(table);
  if (!Array.isArray(list)) throw new ArchiveError('missingEntry', { table, entry });
  const out: z.output<S>[] = [];
  for (const [i, record] of list.entries()) {
    const parsed = schema.safeParse(record);
    if (!parsed.success) throw new ArchiveError('invalidRecord', { table, entry, line: i + 1, field: fieldOf(parsed.error) });
    out.push(parsed.data);
    if (i % BATCH === BATCH - 1) await yieldToEventLoop();
  }
  return out;
}

function documentsOf(list: unknown): SnapshotDocument[] {
  const where = (line: number, field: string) => ({ table: 'documents', entry: tableEntry('documents'), line, field });
  if (!Array.isArray(list)) throw new ArchiveError('missingEntry', { table: 'documents', entry: tableEntry('documents') });
  return list.map((value: unknown, i) => {
    const d = (typeof value === 'object' && value !== null ? value : {}) as Partial<SnapshotDocument>;
    if (!recordId.safeParse(d.id).success) throw new ArchiveError('invalidRecord', where(i + 1, 'id'));
    if (!recordId.safeParse(d.requestId).success) throw new ArchiveError('invalidRecord', where(i + 1, 'requestId'));
    if (d.kind !== 'letter' && d.kind !== 'attachment') throw new ArchiveError('invalidRecord', where(i + 1, 'kind'));
    if (!(d.bytes instanceof Uint8Array)) throw new ArchiveError('invalidRecord', where(i + 1, 'bytes'));
    return { id: d.id!, requestId: d.requestId!, kind: d.kind, bytes: d.bytes };
  });
}

interface NamedDocument {
  kind: SnapshotDocument['kind'];
  ref: { id: string; sha256: string; size: number };
  field: string;
}

/** Each record that owns documents: access requests (letters, attachments), then every register's records with letters. */
function documentOwners(requests: VaultSnapshot['accessRequests'], registers: VaultSnapshot['registers']) {
  const owners: { table: string; line: number; id: string; named: NamedDocument[] }[] = requests.map((request, i) => ({
    table: 'accessRequests',
    line: i + 1,
    id: request.id,
    named: [
      ...request.letters.map((l, n) => ({ kind: 'letter' as const, ref: l, field: `letters.${n}` })),
      ...request.attachments.map((a, n) => ({ kind: 'attachment' as const, ref: a, field: `attachments.${n}` })),
    ],
  }));
  for (const [table, records] of Object.entries(registers)) {
    for (const [i, record] of records.entries()) {
      if (record.letters?.length) owners.push({ table, line: i + 1, id: record.id, named: record.letters.map((l, n) => ({ kind: 'letter' as const, ref: l, field: `letters.${n}` })) });
    }
  }
  return owners;
}

/** Every letter and attachment a record names is there once, as issued; nothing else is. */
async function checkDocuments(requests: VaultSnapshot['accessRequests'], registers: VaultSnapshot['registers'], documents: SnapshotDocument[]): Promise<void> {
  const line = new Map(documents.map((d, i) => [d.id, i + 1]));
  const byId = new Map(documents.map((d) => [d.id, d]));
  const claimed = new Set<string>();
  const expected: { document: SnapshotDocument; sha256: string; size: number }[] = [];
  for (const owner of documentOwners(requests, registers)) {
    for (const { kind, ref, field } of owner.named) {
      const document = byId.get(ref.id);
      if (!document || document.requestId !== owner.id || document.kind !== kind) {
        throw new ArchiveError('missingEntry', { table: owner.table, entry: tableEntry(owner.table), line: owner.line, field });
      }
      if (claimed.has(ref.id)) throw new ArchiveError('duplicateId', { table: 'documents', entry: tableEntry('documents'), line: line.get(ref.id), field: 'id' });
      claimed.add(ref.id);
      expected.push({ document, sha256: ref.sha256, size: ref.size });
    }
  }
  for (const [i, document] of documents.entries()) {
    if (!claimed.has(document.id)) throw new ArchiveError('unexpectedEntry', { table: 'documents', entry: tableEntry('documents'), line: i + 1 });
  }
  for (let start = 0; start < expected.length; start += HASH_BATCH) {
    const batch = expected.slice(start, start + HASH_BATCH);
    const hashes = await Promise.all(batch.map((e) => sha256Hex(e.document.bytes)));
    batch.forEach((e, k) => {
      // The bytes are the document as it was issued: what its owner recorded at the time.
      if (hashes[k] !== e.sha256 || e.document.bytes.length !== e.size) {
        throw new ArchiveError('documentMismatch', { table: 'documents', entry: tableEntry('documents'), line: line.get(e.document.id), field: 'sha256' });
      }
    });
  }
}

/** No reference number in use beyond its series' counter: the next request would take it again. */
function checkSequences(requests: VaultSnapshot['accessRequests'], sequences: VaultSnapshot['sequences']): void {
  const last = new Map(sequences.map((s) => [s.id, s.last]));
  for (const [i, request] of requests.entries()) {
    const [, year, number] = REFERENCE_PATTERN.exec(request.reference)!;
    if ((last.get(`AR-${year}`) ?? 0) < Number(number)) {
      throw new ArchiveError('sequenceBehind', { table: 'accessRequests', entry: tableEntry('accessRequests'), line: i + 1, field: 'reference' });
    }
  }
}

/**
 * The snapshot as the record schemas parse it, or an ArchiveError. Checks, in order: the profile;
 * every record against its schema (field limits included); unique ids, references and sequence
 * numbers; each request's person; the sequences cover every reference; each letter and attachment
 * present once and matching its recorded SHA-256 and size; the audit trail's hash chain.
 */
export async function validateSnapshot(input: unknown, onProgress?: (fraction: number) => void): Promise<VaultSnapshot> {
  if (typeof input !== 'object' || input === null) throw new ArchiveError('notAnArchive');
  const snapshot = input as Partial<Record<keyof VaultSnapshot, unknown>>;
  const profile = profileSchema.safeParse({ organisation: snapshot.organisation, officer: snapshot.officer, settings: snapshot.settings });
  if (!profile.success) throw new ArchiveError('invalidRecord', { table: 'profile', entry: PROFILE_ENTRY, field: fieldOf(profile.error) });

  const people = await records('people', snapshot.people, personRecordSchema);
  onProgress?.(0.3);
  const accessRequests = await records('accessRequests', snapshot.accessRequests, accessRequestRecordSchema);
  onProgress?.(0.6);
  const sequences = await records('sequences', snapshot.sequences, sequenceRecordSchema);
  const audit = await records('audit', snapshot.audit, auditRecordSchema);
  const documents = documentsOf(snapshot.documents);
  const registers = await registerRecords(snapshot.registers);

  checkUnique('people', people, (p) => p.id);
  checkUnique('accessRequests', accessRequests, (r) => r.id);
  checkUnique('accessRequests', accessRequests, (r) => r.reference, 'reference');
  checkUnique('sequences', sequences, (s) => s.id);
  checkUnique('audit', audit, (a) => String(a.seq), 'seq');
  checkUnique('documents', documents, (d) => d.id);
  await yieldToEventLoop();

  const personIds = new Set(people.map((p) => p.id));
  for (const [i, request] of accessRequests.entries()) {
    if (!personIds.has(request.personId)) {
      throw new ArchiveError('invalidRecord', { table: 'accessRequests', entry: tableEntry('accessRequests'), line: i + 1, field: 'personId' });
    }
  }
  checkSequences(accessRequests, sequences);
  checkRegisters(registers, { people: people.map((p) => p.id), accessRequests: accessRequests.map((r) => r.id) }, sequences);
  await checkDocuments(accessRequests, registers, documents);
  onProgress?.(0.8);

  const chain = await verifyAuditChain(audit);
  if (!chain.ok) throw new ArchiveError('auditBroken', { table: 'audit', entry: tableEntry('audit'), line: chain.brokenAt });

  return { ...profile.data, people, accessRequests, registers, sequences, documents, audit };
}
