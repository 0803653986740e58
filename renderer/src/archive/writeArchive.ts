// Snapshot → ZIP (fflate, streamed) → age (streamed). The ZIP is built from the start, while age
// derives its key (in a Worker, in the app), its tables encoded in batches and deflated as they go
// (in another Worker where there is one: zipDeflater.ts). The uncompressed JSON of one table at a
// time is held, to be hashed whole; the whole plaintext never is.
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import type { SnapshotDocument, VaultSnapshot } from '../store/snapshot';
import { encryptAge } from './ageEnvelope';
import { concat, utf8, yieldToEventLoop, sha256Hex } from './bytes';
import { entryNameProblem } from './entryNames';
import { ArchiveError } from './errors';
import { stringifyWithBytes } from './jsonCodec';
import { ARCHIVE_FORMAT, ARCHIVE_FORMAT_VERSION, MANIFEST_ENTRY, PROFILE_ENTRY, tableEntry, type ArchiveManifest, type ArchiveTable } from './manifest';
import { recordId, type DocumentIndexRecord } from './recordSchemas';
import { ARCHIVE_TABLES, OPTIONAL_TABLES } from './registerTables';
import { DEFLATE_LEVEL, openEntryDeflater, type EntryDeflater } from './zipDeflater';

export interface WriteArchiveOptions {
  /** Recorded in the manifest (package.json's version). */
  appVersion: string;
  now?: () => Date;
  /** Records and documents written so far, of the total. */
  onProgress?: (done: number, total: number) => void;
  /** log2 of scrypt's cost. Default 18, age's own. Tests lower it to save seconds; never lower it for a real backup. */
  scryptWorkFactor?: number;
}

/** Records per batch: small enough for a progress bar to move, large enough to keep yields rare. */
const BATCH = 2000;

const MEDIA_EXTENSIONS: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'text/plain': 'txt',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
};

function documentExtension(document: SnapshotDocument, snapshot: VaultSnapshot, names: Map<string, string>): string {
  if (document.kind === 'letter') return 'pdf';
  const name = names.get(document.id);
  const fromName = name ? /\.([A-Za-z0-9]{1,10})$/.exec(name)?.[1]?.toLowerCase() : undefined;
  if (fromName) return fromName;
  const mediaType = snapshot.accessRequests.flatMap((r) => r.attachments).find((a) => a.id === document.id)?.mediaType;
  return (mediaType && MEDIA_EXTENSIONS[mediaType]) || 'bin';
}

async function documentIndex(snapshot: VaultSnapshot): Promise<DocumentIndexRecord[]> {
  const attachmentNames = new Map(snapshot.accessRequests.flatMap((r) => r.attachments.map((a) => [a.id, a.name] as const)));
  const index: DocumentIndexRecord[] = [];
  for (const [i, document] of snapshot.documents.entries()) {
    // Ids become path segments; refuse here rather than write an archive that cannot be read back.
    if (!recordId.safeParse(document.id).success) throw new ArchiveError('invalidRecord', { table: 'documents', line: i + 1, field: 'id' });
    if (!recordId.safeParse(document.requestId).success) throw new ArchiveError('invalidRecord', { table: 'documents', line: i + 1, field: 'requestId' });
    const path = `documents/${document.requestId}/${document.id}.${documentExtension(document, snapshot, attachmentNames)}`;
    // The reader refuses any other name (entryNames.ts): refuse it here, before a backup is made.
    if (entryNameProblem(path)) throw new ArchiveError('invalidRecord', { table: 'documents', line: i + 1, field: 'id' });
    index.push({ id: document.id, requestId: document.requestId, kind: document.kind, path, sha256: await sha256Hex(document.bytes), size: document.bytes.length });
  }
  return index;
}

function tableRows(snapshot: VaultSnapshot, documents: DocumentIndexRecord[]): Record<ArchiveTable, readonly unknown[]> {
  const registers = Object.fromEntries(OPTIONAL_TABLES.map((t) => [t, snapshot.registers[t] ?? []]));
  return { people: snapshot.people, accessRequests: snapshot.accessRequests, ...registers, sequences: snapshot.sequences, documents, audit: snapshot.audit };
}

/** ZIP bytes, yielded as fflate produces them (the tables' maybe later, from the deflate worker). */
async function* zipChunks(snapshot: VaultSnapshot, options: WriteArchiveOptions, createdAt: Date): AsyncGenerator<Uint8Array> {
  const deflater = await openEntryDeflater();
  try {
    yield* zipChunksWith(deflater, snapshot, options, createdAt);
  } finally {
    deflater.close();
  }
}

async function* zipChunksWith(deflater: EntryDeflater, snapshot: VaultSnapshot, options: WriteArchiveOptions, createdAt: Date): AsyncGenerator<Uint8Array> {
  const pending: Uint8Array[] = [];
  let failure = null as Error | null;
  let ended = false;
  let wake: (() => void) | null = null;
  const zip = new Zip((error, chunk, final) => {
    if (error) failure = error;
    else pending.push(chunk);
    if (final || error) ended = true;
    wake?.();
  });
  function* drain(): Generator<Uint8Array> {
    if (failure) throw failure;
    while (pending.length) yield pending.shift()!;
  }
  const output = () => new Promise<void>((resolve) => (wake = resolve));

  const entries: ArchiveManifest['entries'] = {};
  const documents = await documentIndex(snapshot);
  const rows = tableRows(snapshot, documents);
  const total = ARCHIVE_TABLES.reduce((sum, t) => sum + (t === 'documents' ? 0 : rows[t]!.length), 0) + 2 * documents.length;
  let done = 0;
  const progress = () => options.onProgress?.(done, total);

  const addWhole = (name: string, bytes: Uint8Array, compress: boolean, sha256: string) => {
    const file = compress ? new ZipDeflate(name, { level: DEFLATE_LEVEL }) : new ZipPassThrough(name);
    file.mtime = createdAt;
    zip.add(file);
    file.push(bytes, true);
    entries[name] = { size: bytes.length, sha256 };
  };

  const { organisation, officer, settings } = snapshot;
  const profile = utf8(stringifyWithBytes({ organisation, officer, settings }));
  addWhole(PROFILE_ENTRY, profile, true, await sha256Hex(profile));
  yield* drain();

  for (const table of ARCHIVE_TABLES.filter((t) => t !== 'documents')) {
    const name = tableEntry(table);
    const file = deflater.entry(name);
    file.mtime = createdAt;
    zip.add(file);
    // Hashed whole at the end by WebCrypto: ~4× faster in Chromium than hashing batch by batch in
    // WASM, for holding one table's JSON Lines until then.
    const batches: Uint8Array[] = [];
    let size = 0;
    const records = rows[table]!;
    for (let start = 0; start < records.length; start += BATCH) {
      const batch = records.slice(start, start + BATCH);
      const bytes = utf8(batch.map((record) => JSON.stringify(record)).join('\n') + '\n');
      batches.push(bytes);
      size += bytes.length;
      await deflater.capacity();
      file.push(bytes, false);
      done += batch.length;
      progress();
      yield* drain();
      await yieldToEventLoop();
    }
    file.push(new Uint8Array(0), true);
    entries[name] = { size, sha256: await sha256Hex(concat(batches)) };
    yield* drain();
  }

  // Stored, not deflated: PDFs are compressed inside already, and `unzip` needs no inflating.
  for (const [i, document] of snapshot.documents.entries()) {
    const record = documents[i]!;
    addWhole(record.path, document.bytes, false, record.sha256);
    done += 2;
    if (i % 50 === 49) progress();
    yield* drain();
  }

  const index = utf8(documents.map((record) => JSON.stringify(record)).join('\n') + (documents.length ? '\n' : ''));
  addWhole(tableEntry('documents'), index, true, await sha256Hex(index));

  const manifest: ArchiveManifest = {
    format: ARCHIVE_FORMAT,
    formatVersion: ARCHIVE_FORMAT_VERSION,
    appVersion: options.appVersion,
    createdAt: createdAt.toISOString(),
    counts: Object.fromEntries(ARCHIVE_TABLES.map((t) => [t, t === 'documents' ? documents.length : rows[t]!.length])) as ArchiveManifest['counts'],
    entries,
  };
  const manifestFile = new ZipDeflate(MANIFEST_ENTRY, { level: DEFLATE_LEVEL });
  manifestFile.mtime = createdAt;
  zip.add(manifestFile);
  manifestFile.push(utf8(JSON.stringify(manifest, null, 2) + '\n'), true);
  zip.end();
  progress();
  yield* drain();
  while (!ended) {
    await output();
    yield* drain();
  }
  yield* drain();
}

/**
 * The ZIP as a stream that fills itself from now on, not when age first pulls: age derives its key
 * before it reads any plaintext, and in the app that happens in a Worker, so the tables are
 * serialised and compressed on this thread meanwhile. The queue holds at most the compressed ZIP.
 */
function eagerStream(chunks: AsyncGenerator<Uint8Array>): { stream: ReadableStream<Uint8Array>; stop: () => void } {
  let stopped = false;
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const stream = new ReadableStream<Uint8Array>(
    {
      start: (c) => void (controller = c),
      cancel: () => void (stopped = true),
    },
    new CountQueuingStrategy({ highWaterMark: Number.POSITIVE_INFINITY }),
  );
  void (async () => {
    try {
      for await (const chunk of chunks) {
        if (stopped) return;
        controller.enqueue(chunk);
      }
      controller.close();
    } catch (error) {
      if (!stopped) controller.error(error);
    }
  })();
  return { stream, stop: () => void (stopped = true) };
}

/** The whole vault as one `.custodian` file: an age file (passphrase) around a ZIP. */
export async function writeArchive(snapshot: VaultSnapshot, passphrase: string, options: WriteArchiveOptions): Promise<Uint8Array> {
  const createdAt = (options.now ?? (() => new Date()))();
  const plaintext = eagerStream(zipChunks(snapshot, options, createdAt));
  try {
    return await encryptAge(plaintext.stream, passphrase, options.scryptWorkFactor);
  } finally {
    // On a failure (say, of the key derivation) the ZIP stops being built at its next chunk.
    plaintext.stop();
  }
}
