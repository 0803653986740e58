// A VaultSnapshot ↔ the vault's tables. The archive module validates a backup file in depth (zod
// schemas, manifest hashes); this checks what the store itself relies on (unique ids, every
// letter and attachment present and matching its SHA-256, references covered by their sequence,
// an intact audit chain), seals everything under a key before any transaction opens, and writes
// it all inside the caller's one transaction.
import { REFERENCE_PATTERN, type AccessRequest } from '../domain/accessRequest';
import { verifyAuditChain } from '../domain/auditChain';
import { organisationProfileSchema, privacyOfficerSchema } from '../domain/organisation';
import { openDocument, sealAccessRequests, sealDocument, sha256Hex } from './accessRequestRows';
import { inBatches } from './batches';
import type { AppSettings } from './contract';
import {
  PREFS_ROW_ID,
  PROFILE_ROW_ID,
  SETTINGS_ROW_ID,
  type AccessRequestRow,
  type CustodianDatabase,
  type DocumentRow,
  type PersonRow,
  type SealedRow,
  type SequenceRow,
} from './database';
import { IntegrityError, SnapshotInvalidError } from './errors';
import { sealPeople } from './peopleRows';
import { sealRecord } from './sealedRecords';
import { appSettingsSchema } from './settingsSchema';
import type { SnapshotDocument, VaultSnapshot } from './snapshot';

function refuse(reason: string): never {
  throw new SnapshotInvalidError(reason);
}

function uniqueIds<T>(items: readonly T[], id: (item: T) => unknown, what: string): Set<string> {
  if (!Array.isArray(items)) refuse(`the ${what} list is missing`);
  const seen = new Set<string>();
  for (const item of items) {
    const value = id(item);
    if (typeof value !== 'string' || value.length === 0 || value.length > 200) refuse(`a ${what} has no usable id`);
    if (seen.has(value)) refuse(`the ${what} id ${value} appears twice`);
    seen.add(value);
  }
  return seen;
}

/**
 * The snapshot's basics, checked before anything is sealed or written. Returns the profile and
 * settings as the schemas parse them. Throws SnapshotInvalidError.
 */
export async function validateSnapshot(snapshot: VaultSnapshot): Promise<Pick<VaultSnapshot, 'organisation' | 'officer' | 'settings'>> {
  if (typeof snapshot !== 'object' || snapshot === null) refuse('it holds no vault');
  const organisation = organisationProfileSchema.safeParse(snapshot.organisation);
  const officer = privacyOfficerSchema.safeParse(snapshot.officer);
  const settings = appSettingsSchema.safeParse(snapshot.settings);
  if (!organisation.success) refuse('the organisation profile is not valid');
  if (!officer.success) refuse('the privacy officer profile is not valid');
  if (!settings.success) refuse('the settings are not valid');

  const people = uniqueIds(snapshot.people, (p) => p.id, 'person');
  uniqueIds(snapshot.accessRequests, (r) => r.id, 'access request');
  uniqueIds(snapshot.accessRequests, (r) => r.reference, 'access request reference');
  uniqueIds(snapshot.documents, (d) => d.id, 'document');
  const series = new Map<string, number>();
  uniqueIds(snapshot.sequences, (s) => s.id, 'reference sequence');
  for (const s of snapshot.sequences) {
    if (!Number.isInteger(s.last) || s.last < 0) refuse(`the reference sequence ${s.id} is not a count`);
    series.set(s.id, s.last);
  }

  const documents = new Map(snapshot.documents.map((d) => [d.id, d]));
  const referenced = new Set<string>();
  const expectDocument = (request: AccessRequest, id: string, kind: SnapshotDocument['kind'], sha256: string) => {
    const document = documents.get(id);
    if (!document || document.requestId !== request.id || document.kind !== kind) refuse(`the ${kind} ${id} of access request ${request.id} is missing`);
    if (referenced.has(id)) refuse(`the document ${id} is claimed twice`);
    referenced.add(id);
    return { document, sha256 };
  };
  const checks: { document: SnapshotDocument; sha256: string }[] = [];
  for (const request of snapshot.accessRequests) {
    if (!people.has(request.personId)) refuse(`access request ${request.id} names a person who is not in the backup`);
    const match = REFERENCE_PATTERN.exec(request.reference);
    if (!match) refuse(`access request ${request.id} has no valid reference`);
    if ((series.get(`AR-${match[1]}`) ?? 0) < Number(match[2])) refuse(`the reference sequence AR-${match[1]} is behind its requests`);
    for (const letter of request.letters ?? []) checks.push(expectDocument(request, letter.id, 'letter', letter.sha256));
    for (const attachment of request.attachments ?? []) checks.push(expectDocument(request, attachment.id, 'attachment', attachment.sha256));
  }
  for (const document of snapshot.documents) {
    if (!referenced.has(document.id)) refuse(`the document ${document.id} belongs to no access request`);
    if (!ArrayBuffer.isView(document.bytes)) refuse(`the document ${document.id} has no content`);
  }
  const hashes = await inBatches(checks, (c) => sha256Hex(c.document.bytes));
  checks.forEach((c, i) => {
    if (hashes[i] !== c.sha256) refuse(`the document ${c.document.id} does not match its recorded SHA-256`);
  });

  if (!Array.isArray(snapshot.audit)) refuse('the audit trail is missing');
  const chain = await verifyAuditChain(snapshot.audit);
  if (!chain.ok) refuse(`the audit trail is broken at entry ${chain.brokenAt} (${chain.reason})`);

  return { organisation: organisation.data, officer: officer.data, settings: settings.data };
}

export interface SealedSnapshot {
  people: PersonRow[];
  accessRequests: AccessRequestRow[];
  documents: DocumentRow[];
  settings: SealedRow;
  profile: SealedRow[];
  language: AppSettings['language'];
  sequences: SequenceRow[];
}

/** Seals every record under `key` (batched, as unlock decrypts), before any transaction opens. */
export async function sealSnapshot(key: CryptoKey, snapshot: VaultSnapshot): Promise<SealedSnapshot> {
  const { language, ...sealedSettings } = snapshot.settings;
  const [people, accessRequests, documents, settings, organisation, officer] = await Promise.all([
    sealPeople(key, snapshot.people),
    sealAccessRequests(key, snapshot.accessRequests),
    // Documents can be megabytes each: fewer in flight than records.
    inBatches(snapshot.documents, (d) => sealDocument(key, d.id, d.requestId, d.kind, d.bytes)),
    sealRecord(key, 'settings', SETTINGS_ROW_ID, sealedSettings),
    sealRecord(key, 'profile', PROFILE_ROW_ID.organisation, snapshot.organisation),
    sealRecord(key, 'profile', PROFILE_ROW_ID.officer, snapshot.officer),
  ]);
  return {
    people,
    accessRequests,
    documents,
    settings: { id: SETTINGS_ROW_ID, sealed: settings },
    profile: [
      { id: PROFILE_ROW_ID.organisation, sealed: organisation },
      { id: PROFILE_ROW_ID.officer, sealed: officer },
    ],
    language,
    sequences: snapshot.sequences.map((s) => ({ id: s.id, last: s.last })),
  };
}

/** The tables a snapshot replaces (the audit tables are the trail's; the vault header stays). */
export function snapshotTables(db: CustodianDatabase) {
  return [db.people, db.accessRequests, db.documents, db.sequences, db.settings, db.profile, db.prefs];
}

/**
 * Inside one rw transaction over snapshotTables(): empties and refills them. The prefs table keeps
 * its pending failed unlocks; only the language row is replaced.
 */
export async function writeSealedSnapshot(db: CustodianDatabase, sealed: SealedSnapshot): Promise<void> {
  await Promise.all([db.people.clear(), db.accessRequests.clear(), db.documents.clear(), db.sequences.clear(), db.settings.clear(), db.profile.clear()]);
  await db.people.bulkAdd(sealed.people);
  await db.accessRequests.bulkAdd(sealed.accessRequests);
  await db.documents.bulkAdd(sealed.documents);
  await db.sequences.bulkAdd(sealed.sequences);
  await db.settings.add(sealed.settings);
  await db.profile.bulkAdd(sealed.profile);
  await db.prefs.put({ id: PREFS_ROW_ID, language: sealed.language });
}

/**
 * The documents and sequences, read from disk in one transaction, opened and checked against the
 * SHA-256 their request recorded. Throws IntegrityError for a missing, altered or stray document.
 */
export async function readDocumentsAndSequences(
  db: CustodianDatabase,
  key: CryptoKey,
  requests: readonly AccessRequest[],
): Promise<{ documents: SnapshotDocument[]; sequences: { id: string; last: number }[] }> {
  const [rows, sequenceRows] = await db.transaction('r', db.documents, db.sequences, () => Promise.all([db.documents.toArray(), db.sequences.toArray()]));
  const expected = new Map<string, { requestId: string; kind: DocumentRow['kind']; sha256: string }>();
  for (const request of requests) {
    for (const l of request.letters) expected.set(l.id, { requestId: request.id, kind: 'letter', sha256: l.sha256 });
    for (const a of request.attachments) expected.set(a.id, { requestId: request.id, kind: 'attachment', sha256: a.sha256 });
  }
  if (rows.length !== expected.size) {
    const present = new Set(rows.map((r) => r.id));
    const missing = [...expected.keys()].find((id) => !present.has(id));
    throw new IntegrityError('documents', missing ?? rows.find((r) => !expected.has(r.id))?.id ?? '?');
  }
  const documents = await inBatches(rows, async (row): Promise<SnapshotDocument> => {
    const want = expected.get(row.id);
    if (!want || want.requestId !== row.requestId || want.kind !== row.kind) throw new IntegrityError('documents', row.id);
    const bytes = await openDocument(key, row);
    if ((await sha256Hex(bytes)) !== want.sha256) throw new IntegrityError('documents', row.id);
    return { id: row.id, requestId: row.requestId, kind: row.kind, bytes };
  });
  return { documents, sequences: sequenceRows.map((s) => ({ id: s.id, last: s.last })) };
}

/** Counts and what was replaced, for the 'restore' entry's detail (no personal information). */
export function restoreDetail(snapshot: VaultSnapshot, replaced: { entries: number; lastHash: string } | null): string {
  const counts = `${snapshot.people.length} people, ${snapshot.accessRequests.length} requests, ${snapshot.documents.length} documents, ${snapshot.audit.length} entries`;
  return replaced ? `${counts}; replaced a trail of ${replaced.entries} entries ending ${replaced.lastHash.slice(0, 16)}` : `${counts}; new vault`;
}

export const RESTORED_FIELDS = ['accessRequests', 'audit', 'documents', 'officer', 'organisation', 'people', 'sequences', 'settings'];
