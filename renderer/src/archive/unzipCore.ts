// Opening the decrypted ZIP, shared by the page and the unzip worker (unzip.worker.ts). Nothing is
// inflated until every name is on the allow-list (entryNames.ts) and every declared size is under
// a ceiling and, where the manifest can be read, equal to the manifest's; an entry is then inflated
// a slice at a time into a buffer of its declared size, and stopped the moment it would pass it.
// A few kilobytes that claim, or inflate to, gigabytes are refused without allocating them.
import { Inflate } from 'fflate';
import { entryNameProblem, printableEntryName } from './entryNames';
import { ARCHIVE_FORMAT, READABLE_FORMAT_VERSIONS, MANIFEST_ENTRY } from './layout';

/** One inflated entry at most (tables of 100,000 records are tens of MB). */
export const MAX_ENTRY_BYTES = 512 * 1024 * 1024;
/** All inflated entries together; stored entries (documents) are already in memory and not counted. */
export const MAX_INFLATED_BYTES = 1024 * 1024 * 1024;
/** Compressed bytes fed to the inflater at a time: deflate expands at most ~1,032×, so ≤ 17 MB of overshoot. */
const SLICE = 16 * 1024;

export type UnzipRefusal = 'notAnArchive' | 'unexpectedEntry' | 'unsafeEntryName' | 'entryTooLarge' | 'manifestMismatch';

export type UnzipResult = { ok: true; files: Map<string, Uint8Array> } | { ok: false; code: UnzipRefusal; entry?: string };

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  dataStart: number;
}

class Refusal extends Error {
  constructor(
    readonly code: UnzipRefusal,
    readonly entry?: string,
  ) {
    super(code);
  }
}

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16)) + b[at + 3]! * 0x1000000;
const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The central directory, walked by its byte extent rather than its 16-bit count, so an archive of
 * more than 65,535 entries (fflate writes the count modulo 65,536) still lists every one.
 */
function readDirectory(zip: Uint8Array): ZipEntry[] {
  let eocd = -1;
  for (let at = zip.length - 22; at >= 0 && at >= zip.length - 22 - 0xffff; at--) {
    if (u32(zip, at) === 0x06054b50) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw new Refusal('notAnArchive');
  const count = u16(zip, eocd + 10);
  const start = u32(zip, eocd + 16);
  const end = start + u32(zip, eocd + 12);
  if (end > eocd) throw new Refusal('notAnArchive');
  const entries: ZipEntry[] = [];
  for (let at = start; at < end; ) {
    if (at + 46 > end || u32(zip, at) !== 0x02014b50) throw new Refusal('notAnArchive');
    const flags = u16(zip, at + 8);
    const nameLength = u16(zip, at + 28);
    const rawName = zip.subarray(at + 46, at + 46 + nameLength);
    let name: string;
    try {
      name = flags & 0x800 ? utf8.decode(rawName) : latin1.decode(rawName);
    } catch {
      throw new Refusal('unsafeEntryName', printableEntryName(latin1.decode(rawName)));
    }
    const local = u32(zip, at + 42);
    if (flags & 1 || local + 30 > zip.length || u32(zip, local) !== 0x04034b50) throw new Refusal('notAnArchive');
    const entry = { name, method: u16(zip, at + 10), compressedSize: u32(zip, at + 20), size: u32(zip, at + 24), dataStart: local + 30 + u16(zip, local + 26) + u16(zip, local + 28) };
    // Sizes in the local header too (unless a data descriptor follows): a tool reading those must see the same entry.
    if (!(u16(zip, local + 6) & 8) && (u32(zip, local + 18) !== entry.compressedSize || u32(zip, local + 22) !== entry.size)) throw new Refusal('notAnArchive');
    entries.push(entry);
    at += 46 + nameLength + u16(zip, at + 30) + u16(zip, at + 32);
  }
  if (entries.length % 0x10000 !== count) throw new Refusal('notAnArchive');
  return entries;
}

/** Names and declared sizes, before a single byte is inflated. */
function checkDirectory(zip: Uint8Array, entries: readonly ZipEntry[]): void {
  // A ZIP that is not ours at all is told apart first, whatever it holds.
  if (!entries.some((e) => e.name === MANIFEST_ENTRY)) throw new Refusal('notAnArchive');
  const seen = new Set<string>();
  let inflated = 0;
  for (const entry of entries) {
    const problem = entryNameProblem(entry.name);
    if (problem) throw new Refusal(problem, problem === 'unsafeEntryName' ? printableEntryName(entry.name) : entry.name);
    // A second entry of the same name would hide the first from any tool that reads the archive.
    if (seen.has(entry.name)) throw new Refusal('unexpectedEntry', entry.name);
    seen.add(entry.name);
    if (entry.method !== 0 && entry.method !== 8) throw new Refusal('notAnArchive');
    if (entry.dataStart + entry.compressedSize > zip.length) throw new Refusal('notAnArchive');
    if (entry.method === 0 && entry.compressedSize !== entry.size) throw new Refusal('notAnArchive');
    if (entry.method === 8) {
      inflated += entry.size;
      if (entry.size > MAX_ENTRY_BYTES || inflated > MAX_INFLATED_BYTES) throw new Refusal('entryTooLarge', entry.name);
    }
  }
}

/** Exactly `entry.size` bytes, or a refusal: never more in memory than that plus one slice's output. */
function inflateEntry(zip: Uint8Array, entry: ZipEntry): Uint8Array {
  const data = zip.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  if (entry.method === 0) return data;
  const out = new Uint8Array(entry.size);
  let written = 0;
  const inflater = new Inflate((chunk) => {
    if (written + chunk.length > entry.size) throw new Refusal('entryTooLarge', entry.name);
    out.set(chunk, written);
    written += chunk.length;
  });
  try {
    let at = 0;
    do {
      const next = Math.min(at + SLICE, data.length);
      inflater.push(data.subarray(at, next), next === data.length);
      at = next;
    } while (at < data.length);
  } catch (error) {
    if (error instanceof Refusal) throw error;
    throw new Refusal('notAnArchive');
  }
  if (written !== entry.size) throw new Refusal('manifestMismatch', entry.name);
  return out;
}

/**
 * The manifest's sizes by entry, if it is a manifest of this version (otherwise readArchive says
 * why), after refusing any name in it that is not on the allow-list.
 */
function manifestSizes(bytes: Uint8Array): Map<string, unknown> | null {
  let json: unknown;
  try {
    json = JSON.parse(utf8.decode(bytes));
  } catch {
    return null;
  }
  if (typeof json !== 'object' || json === null) return null;
  const fields = new Map(Object.entries(json));
  const entries = fields.get('entries');
  if (fields.get('format') !== ARCHIVE_FORMAT || !READABLE_FORMAT_VERSIONS.includes(fields.get('formatVersion') as number)) return null;
  if (typeof entries !== 'object' || entries === null || Array.isArray(entries)) return null;
  // Checked on the raw keys: a schema would drop `__proto__` silently (zod's records skip it).
  for (const name of Object.keys(entries)) {
    const problem = entryNameProblem(name);
    if (problem) throw new Refusal(problem, problem === 'unsafeEntryName' ? printableEntryName(name) : name);
  }
  return new Map(Object.entries(entries).map(([name, value]) => [name, typeof value === 'object' && value ? new Map(Object.entries(value)).get('size') : undefined]));
}

export function unzipArchive(plaintext: Uint8Array): UnzipResult {
  try {
    const entries = readDirectory(plaintext);
    checkDirectory(plaintext, entries);
    const files = new Map<string, Uint8Array>();
    const manifestEntry = entries.find((e) => e.name === MANIFEST_ENTRY)!;
    files.set(MANIFEST_ENTRY, inflateEntry(plaintext, manifestEntry));
    const sizes = manifestSizes(files.get(MANIFEST_ENTRY)!);
    for (const entry of entries) {
      if (entry.name === MANIFEST_ENTRY) continue;
      if (sizes && !sizes.has(entry.name)) throw new Refusal('unexpectedEntry', entry.name);
      if (sizes && sizes.get(entry.name) !== entry.size) throw new Refusal('manifestMismatch', entry.name);
      files.set(entry.name, inflateEntry(plaintext, entry));
    }
    return { ok: true, files };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, code: error.code, ...(error.entry !== undefined ? { entry: error.entry } : {}) };
    return { ok: false, code: 'notAnArchive' };
  }
}

/** The distinct buffers behind the entries, to move them rather than copy (stored entries share one). */
export function transferList(files: ReadonlyMap<string, Uint8Array>): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const bytes of files.values()) if (bytes.buffer instanceof ArrayBuffer) buffers.add(bytes.buffer);
  return [...buffers];
}
