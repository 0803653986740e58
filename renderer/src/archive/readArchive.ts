// .custodian file → a fully checked VaultSnapshot, or an ArchiveError and nothing else. Every check
// runs before anything is returned, so a restore can trust what it gets: the age layer (passphrase,
// integrity, length), then the ZIP's entries (names on the allow-list, declared sizes under a ceiling
// and as the manifest says, before inflating: unzipCore.ts) against the manifest (present, expected,
// sizes, SHA-256), then the snapshot as a whole by validateSnapshot, the same function every restore
// runs, so "verified" and "restorable" are one verdict.
import type { VaultSnapshot, SnapshotDocument } from '../store/snapshot';
import { ARCHIVE_TABLES, OPTIONAL_TABLES } from './registerTables';
import { decryptAge } from './ageEnvelope';
import { fromUtf8, sha256Hex, yieldToEventLoop } from './bytes';
import { printableEntryName } from './entryNames';
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
import { documentIndexRecordSchema } from './recordSchemas';
import { validateSnapshot } from './snapshotValidity';
import { checkDocumentIndex, checkUnique } from './tableChecks';
import { unzipOffThread } from './unzipOffThread';
import { z } from 'zod';

export interface ReadArchiveOptions {
  /** Fraction done as done/total: decryption is the first half, checking the records the second. */
  onProgress?: (done: number, total: number) => void;
}

export interface ArchiveContents {
  manifest: ArchiveManifest;
  snapshot: VaultSnapshot;
}

const PROGRESS_TOTAL = 1000;
const PROFILE_PARTS: readonly string[] = ['organisation', 'officer', 'settings'];
/** Lines are only parsed as JSON here: validateSnapshot checks each record, for verify and restore alike. */
const anyRecord = z.unknown();

type ManifestEntries = ReadonlyMap<string, ArchiveManifest['entries'][string]>;

/** Every entry, inflated off the main thread where possible (unzipOffThread.ts). */
async function unzipEntries(plaintext: Uint8Array): Promise<Map<string, Uint8Array>> {
  const result = await unzipOffThread(plaintext);
  if (!result.ok) throw new ArchiveError(result.code, result.entry !== undefined ? { entry: result.entry } : {});
  return result.files;
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

async function checkEntries(files: Map<string, Uint8Array>, entries: ManifestEntries): Promise<void> {
  for (const required of [PROFILE_ENTRY, ...TABLES.map(tableEntry)]) {
    if (!entries.has(required) || !files.has(required)) throw new ArchiveError('missingEntry', { entry: required });
  }
  for (const name of entries.keys()) {
    if (!files.has(name)) throw new ArchiveError('missingEntry', { entry: name });
  }
  for (const name of files.keys()) {
    if (name !== MANIFEST_ENTRY && !entries.has(name)) throw new ArchiveError('unexpectedEntry', { entry: name });
    // A table this version does not know (a newer writer would have raised the format version).
    if (name.startsWith('tables/') && !ARCHIVE_TABLES.some((t) => tableEntry(t) === name)) throw new ArchiveError('unexpectedEntry', { entry: name });
  }
  for (const [name, expected] of entries) {
    const bytes = files.get(name)!;
    if (bytes.length !== expected.size || (await sha256Hex(bytes)) !== expected.sha256) throw new ArchiveError('manifestMismatch', { entry: name });
  }
}

/** profile.json's three parts; their contents are checked by validateSnapshot. */
function readProfile(bytes: Uint8Array): Pick<Record<keyof VaultSnapshot, unknown>, 'organisation' | 'officer' | 'settings'> {
  let json: unknown;
  try {
    json = parseWithBytes(fromUtf8(bytes));
  } catch {
    throw new ArchiveError('invalidRecord', { table: 'profile', entry: PROFILE_ENTRY, line: 1 });
  }
  const parts = new Map(typeof json === 'object' && json !== null && !Array.isArray(json) ? Object.entries(json) : []);
  const unknown = [...parts.keys()].find((key) => !PROFILE_PARTS.includes(key));
  if (unknown !== undefined || parts.size !== PROFILE_PARTS.length) {
    throw new ArchiveError('invalidRecord', { table: 'profile', entry: PROFILE_ENTRY, field: unknown === undefined ? undefined : printableEntryName(unknown) });
  }
  return { organisation: parts.get('organisation'), officer: parts.get('officer'), settings: parts.get('settings') };
}

export async function readArchive(bytes: Uint8Array, passphrase: string, options: ReadArchiveOptions = {}): Promise<ArchiveContents> {
  const report = (fraction: number) => options.onProgress?.(Math.round(fraction * PROGRESS_TOTAL), PROGRESS_TOTAL);
  const plaintext = await decryptAge(bytes, passphrase, (done, total) => report((done / total) * 0.5));
  report(0.5);
  const files = await unzipEntries(plaintext);
  const manifest = readManifest(files);
  const entries: ManifestEntries = new Map(Object.entries(manifest.entries));
  await checkEntries(files, entries);
  report(0.6);

  const profile = readProfile(files.get(PROFILE_ENTRY)!);
  const entry = (table: ArchiveTable) => files.get(tableEntry(table))!;
  const counts = manifest.counts as Record<string, number | undefined>;
  const counted = <T>(table: ArchiveTable, records: T[]): T[] => {
    if (records.length !== counts[table]) throw new ArchiveError('manifestMismatch', { table, entry: tableEntry(table) });
    return records;
  };
  // A register's table is there exactly when the manifest counts it; one it lacks was written before the register existed.
  const registers: Record<string, unknown[]> = {};
  for (const table of OPTIONAL_TABLES) {
    const present = files.has(tableEntry(table));
    if (present !== (counts[table] !== undefined)) throw new ArchiveError('missingEntry', { table, entry: tableEntry(table) });
    registers[table] = present ? counted(table, await parseTable(table, entry(table), anyRecord)) : [];
  }
  const people = counted('people', await parseTable('people', entry('people'), anyRecord));
  const accessRequests = counted('accessRequests', await parseTable('accessRequests', entry('accessRequests'), anyRecord));
  const sequences = counted('sequences', await parseTable('sequences', entry('sequences'), anyRecord));
  const audit = counted('audit', await parseTable('audit', entry('audit'), anyRecord));
  const index = counted('documents', await parseTable('documents', entry('documents'), documentIndexRecordSchema));
  report(0.7);
  checkUnique('documents', index, (d) => d.id);
  checkDocumentIndex(index, new Set([...files.keys()].filter((name) => name.startsWith('documents/'))), entries);
  await yieldToEventLoop();

  const documents: SnapshotDocument[] = index.map((record) => ({
    id: record.id,
    requestId: record.requestId,
    kind: record.kind,
    // A copy: a view would keep the whole decrypted archive alive for as long as the snapshot.
    bytes: files.get(record.path)!.slice(),
  }));
  // The one verdict restore also runs (snapshotValidity.ts): "verified" means "restorable".
  const snapshot = await validateSnapshot({ ...profile, people, accessRequests, registers, sequences, documents, audit }, (fraction) => report(0.7 + 0.3 * fraction));
  report(1);
  return { manifest, snapshot };
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
