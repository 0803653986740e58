// .custodian file → a fully checked VaultSnapshot, or an ArchiveError and nothing else. Every check
// runs before anything is returned, so a restore can trust what it gets: the age layer (passphrase,
// integrity, length), then the ZIP's entries against the manifest (present, expected, sizes, SHA-256),
// then every record (schema, counts, duplicate ids, references between tables and to documents).
import type { VaultSnapshot, SnapshotDocument } from '../store/snapshot';
import { decryptAge } from './ageEnvelope';
import { fromUtf8, sha256Hex, yieldToEventLoop } from './bytes';
import { ArchiveError } from './errors';
import { parseWithBytes } from './jsonCodec';
import {
  ARCHIVE_FORMAT,
  ARCHIVE_FORMAT_VERSION,
  MANIFEST_ENTRY,
  PROFILE_ENTRY,
  TABLES,
  manifestHeadSchema,
  manifestSchema,
  tableEntry,
  type ArchiveManifest,
  type ArchiveTable,
} from './manifest';
import { parseTable } from './tableLines';
import {
  accessRequestRecordSchema,
  auditRecordSchema,
  documentIndexRecordSchema,
  personRecordSchema,
  profileSchema,
  sequenceRecordSchema,
} from './recordSchemas';
import { checkReferences, checkUnique } from './tableChecks';
import { unzipOffThread } from './unzipOffThread';

export interface ReadArchiveOptions {
  /** Fraction done as done/total: decryption is the first half, checking the records the second. */
  onProgress?: (done: number, total: number) => void;
}

export interface ArchiveContents {
  manifest: ArchiveManifest;
  snapshot: VaultSnapshot;
}

const PROGRESS_TOTAL = 1000;

/** Every entry, inflated off the main thread where possible (unzipOffThread.ts). */
async function unzipEntries(plaintext: Uint8Array): Promise<Map<string, Uint8Array>> {
  const result = await unzipOffThread(plaintext);
  if (!result.ok) throw result.code === 'unexpectedEntry' ? new ArchiveError('unexpectedEntry', { entry: result.entry }) : new ArchiveError('notAnArchive');
  return new Map(Object.entries(result.files));
}

function readManifest(files: Map<string, Uint8Array>): ArchiveManifest {
  let json: unknown;
  try {
    json = JSON.parse(fromUtf8(files.get(MANIFEST_ENTRY)!));
  } catch {
    throw new ArchiveError('notAnArchive');
  }
  const head = manifestHeadSchema.safeParse(json);
  if (!head.success || head.data.format !== ARCHIVE_FORMAT) throw new ArchiveError('notAnArchive');
  if (head.data.formatVersion > ARCHIVE_FORMAT_VERSION) throw new ArchiveError('newerFormat', { formatVersion: head.data.formatVersion });
  const manifest = manifestSchema.safeParse(json);
  if (!manifest.success) {
    throw new ArchiveError('invalidRecord', { table: 'manifest', entry: MANIFEST_ENTRY, field: manifest.error.issues[0]?.path.join('.') });
  }
  return manifest.data;
}

async function checkEntries(files: Map<string, Uint8Array>, manifest: ArchiveManifest): Promise<void> {
  for (const required of [PROFILE_ENTRY, ...TABLES.map(tableEntry)]) {
    if (!(required in manifest.entries) || !files.has(required)) throw new ArchiveError('missingEntry', { entry: required });
  }
  for (const name of Object.keys(manifest.entries)) {
    if (!files.has(name)) throw new ArchiveError('missingEntry', { entry: name });
  }
  for (const name of files.keys()) {
    if (name !== MANIFEST_ENTRY && !(name in manifest.entries)) throw new ArchiveError('unexpectedEntry', { entry: name });
  }
  for (const [name, expected] of Object.entries(manifest.entries)) {
    const bytes = files.get(name)!;
    if (bytes.length !== expected.size || (await sha256Hex(bytes)) !== expected.sha256) throw new ArchiveError('manifestMismatch', { entry: name });
  }
}

function readProfile(bytes: Uint8Array): Pick<VaultSnapshot, 'organisation' | 'officer' | 'settings'> {
  let json: unknown;
  try {
    json = parseWithBytes(fromUtf8(bytes));
  } catch {
    throw new ArchiveError('invalidRecord', { table: 'profile', entry: PROFILE_ENTRY, line: 1 });
  }
  const profile = profileSchema.safeParse(json);
  if (!profile.success) throw new ArchiveError('invalidRecord', { table: 'profile', entry: PROFILE_ENTRY, field: profile.error.issues[0]?.path.join('.') });
  return profile.data;
}

export async function readArchive(bytes: Uint8Array, passphrase: string, options: ReadArchiveOptions = {}): Promise<ArchiveContents> {
  const report = (fraction: number) => options.onProgress?.(Math.round(fraction * PROGRESS_TOTAL), PROGRESS_TOTAL);
  const plaintext = await decryptAge(bytes, passphrase, (done, total) => report((done / total) * 0.5));
  report(0.5);
  const files = await unzipEntries(plaintext);
  const manifest = readManifest(files);
  await checkEntries(files, manifest);
  report(0.6);

  const profile = readProfile(files.get(PROFILE_ENTRY)!);
  const entry = (table: ArchiveTable) => files.get(tableEntry(table))!;
  const counted = <T>(table: ArchiveTable, records: T[]): T[] => {
    if (records.length !== manifest.counts[table]) throw new ArchiveError('manifestMismatch', { table, entry: tableEntry(table) });
    return records;
  };
  const people = counted('people', await parseTable('people', entry('people'), personRecordSchema));
  report(0.75);
  const accessRequests = counted('accessRequests', await parseTable('accessRequests', entry('accessRequests'), accessRequestRecordSchema));
  report(0.9);
  const sequences = counted('sequences', await parseTable('sequences', entry('sequences'), sequenceRecordSchema));
  const audit = counted('audit', await parseTable('audit', entry('audit'), auditRecordSchema));
  const index = counted('documents', await parseTable('documents', entry('documents'), documentIndexRecordSchema));

  // One check at a time, with a yield between: together they hold the thread ~0.2 s at 50,000 people.
  const checks = [
    () => checkUnique('people', people, (p) => p.id),
    () => checkUnique('accessRequests', accessRequests, (r) => r.id),
    () => checkUnique('accessRequests', accessRequests, (r) => r.reference, 'reference'),
    () => checkUnique('sequences', sequences, (s) => s.id),
    () => checkUnique('audit', audit, (a) => String(a.seq), 'seq'),
    () => checkUnique('documents', index, (d) => d.id),
    () => checkReferences(people, accessRequests, index, new Set([...files.keys()].filter((name) => name.startsWith('documents/')))),
  ];
  for (const check of checks) {
    check();
    await yieldToEventLoop();
  }

  const documents: SnapshotDocument[] = index.map((record) => ({
    id: record.id,
    requestId: record.requestId,
    kind: record.kind,
    // A copy: a view would keep the whole decrypted archive alive for as long as the snapshot.
    bytes: files.get(record.path)!.slice(),
  }));
  report(1);
  return { manifest, snapshot: { ...profile, people, accessRequests, sequences, documents, audit } };
}

export type VerifyResult = { ok: true; manifest: ArchiveManifest; counts: ArchiveManifest['counts'] } | { ok: false; error: ArchiveError };

/** Everything readArchive checks, as a result rather than a throw. Any other error is a bug and is thrown. */
export async function verifyArchive(bytes: Uint8Array, passphrase: string, options: ReadArchiveOptions = {}): Promise<VerifyResult> {
  try {
    const { manifest } = await readArchive(bytes, passphrase, options);
    return { ok: true, manifest, counts: manifest.counts };
  } catch (error) {
    if (error instanceof ArchiveError) return { ok: false, error };
    throw error;
  }
}
