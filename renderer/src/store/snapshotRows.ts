// A VaultSnapshot ↔ the vault's tables. Whether a snapshot may be restored is decided by one
// function, archive/snapshotValidity.ts, the same one "Verify" and the backup's read-back run, so
// a verified backup always restores; this module seals everything under a key before any
// transaction opens, and writes it all inside the caller's one transaction, keeping each
// reference series at least where the vault being replaced had it.
import type { AccessRequest } from '../domain/accessRequest';
import { KIT_REGISTERS } from '../domain/registers';
import type { RegisterRecord } from '../domain/registers/definition';
import { REFERENCE_FORMAT } from '../domain/registers/registerSchemas';
import { validateSnapshot as decideSnapshot } from '../archive/snapshotValidity';
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
import { IntegrityError } from './errors';
import { sealPeople } from './peopleRows';
import { sealRecord } from './sealedRecords';
import { sealRows, type RegisterRow } from './sealedTable';
import type { PinnedRows } from './recordPins';
import type { RaisedSequence, SnapshotDocument, VaultSnapshot } from './snapshot';

/**
 * The snapshot's profile as validated for a restore, before anything is sealed or written: the very check
 * readArchive runs. Throws the archive's ArchiveError (its code and where, never a value).
 */
export async function validateSnapshot(snapshot: VaultSnapshot): Promise<Pick<VaultSnapshot, 'organisation' | 'officer' | 'settings'>> {
  const { organisation, officer, settings } = await decideSnapshot(snapshot);
  return { organisation, officer, settings };
}

export interface SealedSnapshot {
  people: PersonRow[];
  accessRequests: AccessRequestRow[];
  /** Every kit register's rows, by name. */
  registers: Record<string, RegisterRow[]>;
  documents: DocumentRow[];
  settings: SealedRow;
  profile: SealedRow[];
  language: AppSettings['language'];
  sequences: SequenceRow[];
}

/** Seals every record under `key` (batched, as unlock decrypts), before any transaction opens. */
export async function sealSnapshot(key: CryptoKey, snapshot: VaultSnapshot): Promise<SealedSnapshot> {
  const { language, ...sealedSettings } = snapshot.settings;
  const [people, accessRequests, registerRows, documents, settings, organisation, officer] = await Promise.all([
    sealPeople(key, snapshot.people),
    sealAccessRequests(key, snapshot.accessRequests),
    Promise.all(KIT_REGISTERS.map((r) => sealRows(key, r, snapshot.registers[r.name] ?? []))),
    // Documents can be megabytes each: fewer in flight than records.
    inBatches(snapshot.documents, (d) => sealDocument(key, d.id, d.requestId, d.kind, d.bytes)),
    sealRecord(key, 'settings', SETTINGS_ROW_ID, sealedSettings),
    sealRecord(key, 'profile', PROFILE_ROW_ID.organisation, snapshot.organisation),
    sealRecord(key, 'profile', PROFILE_ROW_ID.officer, snapshot.officer),
  ]);
  return {
    people,
    accessRequests,
    registers: Object.fromEntries(KIT_REGISTERS.map((r, i) => [r.name, registerRows[i]!])),
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
  return [db.people, db.accessRequests, ...KIT_REGISTERS.map((r) => db.register(r)), db.documents, db.sequences, db.settings, db.profile, db.prefs];
}

/** Every register's sealed rows, for the pins a restore writes. */
export function sealedRows(sealed: SealedSnapshot): PinnedRows {
  return { people: sealed.people, accessRequests: sealed.accessRequests, ...sealed.registers };
}

/**
 * The highest number each series has reached: in the sequences, and in the references themselves
 * (the audit trail names requests by id only, so it adds no number of its own).
 */
export function sequenceFloors(sequences: readonly { id: string; last: number }[], references: readonly string[]): Map<string, number> {
  const floors = new Map<string, number>();
  const raise = (id: string, n: number) => floors.set(id, Math.max(floors.get(id) ?? 0, n));
  for (const s of sequences) raise(s.id, s.last);
  for (const reference of references) {
    const match = REFERENCE_FORMAT.exec(reference);
    if (match) raise(`${match[1]}-${match[2]}`, Number(match[3]));
  }
  return floors;
}

/**
 * Inside one rw transaction over snapshotTables(): empties and refills them. The prefs table keeps
 * its pending failed unlocks; only the language row is replaced. Each reference series is kept at
 * the highest of the archive's and the replaced vault's (its sequences and `liveReferences`), so a
 * number a letter already went out under is never handed out again; the series raised are returned.
 */
export async function writeSealedSnapshot(db: CustodianDatabase, sealed: SealedSnapshot, liveReferences: readonly string[] = []): Promise<RaisedSequence[]> {
  const live = sequenceFloors(await db.sequences.toArray(), liveReferences);
  const archived = new Map(sealed.sequences.map((s) => [s.id, s.last]));
  const raised: RaisedSequence[] = [];
  for (const [id, last] of live) {
    const fromArchive = archived.get(id) ?? 0;
    if (last > fromArchive) raised.push({ id, archived: fromArchive, kept: last });
  }
  const sequences = [...sequenceFloors(sealed.sequences, []).entries(), ...raised.map((r) => [r.id, r.kept] as const)];
  const registers = KIT_REGISTERS.map((r) => db.register(r));
  await Promise.all([db.people.clear(), db.accessRequests.clear(), ...registers.map((t) => t.clear()), db.documents.clear(), db.sequences.clear(), db.settings.clear(), db.profile.clear()]);
  await db.people.bulkAdd(sealed.people);
  await db.accessRequests.bulkAdd(sealed.accessRequests);
  for (const table of registers) await table.bulkAdd(sealed.registers[table.name] ?? []);
  await db.documents.bulkAdd(sealed.documents);
  await db.sequences.bulkPut(sequences.map(([id, last]) => ({ id, last })));
  await db.settings.add(sealed.settings);
  await db.profile.bulkAdd(sealed.profile);
  await db.prefs.put({ id: PREFS_ROW_ID, language: sealed.language });
  return raised.sort((x, y) => x.id.localeCompare(y.id));
}

/**
 * The documents and sequences, read from disk in one transaction, opened and checked against the
 * SHA-256 their owner recorded: an access request (letters, attachments) or a record of a register
 * with letters (`registers`, the session's records by register name, read in the same write queue
 * as `requests`, so owners and documents agree). Throws IntegrityError for a missing, altered or
 * stray document.
 */
export async function readDocumentsAndSequences(
  db: CustodianDatabase,
  key: CryptoKey,
  requests: readonly AccessRequest[],
  registers: Readonly<Record<string, readonly RegisterRecord[]>>,
): Promise<{ documents: SnapshotDocument[]; sequences: { id: string; last: number }[] }> {
  const [rows, sequenceRows] = await db.transaction('r', db.documents, db.sequences, () => Promise.all([db.documents.toArray(), db.sequences.toArray()]));
  const expected = new Map<string, { requestId: string; kind: DocumentRow['kind']; sha256: string }>();
  for (const request of requests) {
    for (const l of request.letters) expected.set(l.id, { requestId: request.id, kind: 'letter', sha256: l.sha256 });
    for (const a of request.attachments) expected.set(a.id, { requestId: request.id, kind: 'attachment', sha256: a.sha256 });
  }
  for (const definition of KIT_REGISTERS.filter((r) => r.letters)) {
    for (const record of registers[definition.name] ?? []) {
      for (const l of record.letters ?? []) expected.set(l.id, { requestId: record.id, kind: 'letter', sha256: l.sha256 });
    }
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
  const others = KIT_REGISTERS.map((r) => `${snapshot.registers[r.name]?.length ?? 0} ${r.name}`).join(', ');
  const counts = `${snapshot.people.length} people, ${snapshot.accessRequests.length} requests, ${others ? `${others}, ` : ''}${snapshot.documents.length} documents, ${snapshot.audit.length} entries`;
  return replaced ? `${counts}; replaced a trail of ${replaced.entries} entries ending ${replaced.lastHash.slice(0, 16)}` : `${counts}; new vault`;
}

export const RESTORED_FIELDS = ['accessRequests', 'audit', 'documents', 'officer', 'organisation', 'people', 'sequences', 'settings', ...KIT_REGISTERS.map((r) => r.name)].sort();
