// The audit trail's hash chain. Each entry's hash is SHA-256 over a canonical serialisation of the
// entry without its hash, and that serialisation includes the previous entry's hash: changing,
// removing or moving any entry breaks every link after it. Pure: WebCrypto's digest is the only
// platform call (present in browsers, Electron's renderer and Node 20).
import { AUDIT_GENESIS_HASH, auditEntrySchema, LOST_ENTRY_DETAILS, type AuditEntry } from './audit';

/** Names the format of what is hashed, so a later format cannot be confused with this one. */
const CANONICAL_PREFIX = 'custodian-audit-v1';

/** The same entry, the same bytes, whatever the key order or an absent vs undefined detail. */
export function canonicalAuditEntry(entry: Omit<AuditEntry, 'hash'>): string {
  return JSON.stringify([
    CANONICAL_PREFIX,
    entry.seq,
    entry.at,
    entry.action,
    entry.entityKind,
    entry.entityId,
    [...entry.fields],
    entry.detail ?? null,
    entry.prevHash,
  ]);
}

function hex(bytes: ArrayBuffer): string {
  return [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** SHA-256 (hex) of the entry's canonical form, chained on `prevHash` (which overrides entry.prevHash). */
export async function hashAuditEntry(entry: Omit<AuditEntry, 'hash' | 'prevHash'>, prevHash: string): Promise<string> {
  const text = canonicalAuditEntry({ ...entry, prevHash });
  return hex(await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
}

/** Builds the next entry after `prev` (null for the first), with its seq, prevHash and hash. */
export async function chainAuditEntry(
  prev: { seq: number; hash: string } | null,
  content: Omit<AuditEntry, 'seq' | 'prevHash' | 'hash'>,
): Promise<AuditEntry> {
  const seq = (prev?.seq ?? 0) + 1;
  const prevHash = prev?.hash ?? AUDIT_GENESIS_HASH;
  const body: Omit<AuditEntry, 'hash' | 'prevHash'> = {
    seq,
    at: content.at,
    action: content.action,
    entityKind: content.entityKind,
    entityId: content.entityId,
    fields: [...content.fields],
    ...(content.detail !== undefined ? { detail: content.detail } : {}),
  };
  return { ...body, prevHash, hash: await hashAuditEntry(body, prevHash) };
}

/** Builds consecutive entries after `prev`. Sequential by nature: each hash feeds the next. */
export async function chainAuditEntries(
  prev: { seq: number; hash: string } | null,
  contents: readonly Omit<AuditEntry, 'seq' | 'prevHash' | 'hash'>[],
): Promise<AuditEntry[]> {
  const out: AuditEntry[] = [];
  let head = prev;
  for (const content of contents) {
    const entry = await chainAuditEntry(head, content);
    out.push(entry);
    head = entry;
  }
  return out;
}

/**
 * Stands in for an entry that could not be read when the trail was opened, in its place, so the
 * trail can still be backed up and restored and says where it was damaged. Its content is lost:
 * `hash` is the one the chain vouches for (the next entry's prevHash, or the head's), so the links
 * around it still check; only its own hash cannot be. Never written for an entry that opened.
 */
export async function lostAuditEntry(
  seq: number,
  at: string,
  prevHash: string,
  hash: string | null,
  detail: (typeof LOST_ENTRY_DETAILS)[number],
): Promise<AuditEntry> {
  const body = { seq, at, action: 'entryLost' as const, entityKind: 'vault' as const, entityId: null, fields: [], detail };
  // With no neighbour to vouch for it (two lost in a row, or at the tail without a head), any
  // well-formed hash links as well as another: its own keeps the marker deterministic.
  return { ...body, prevHash, hash: hash ?? (await hashAuditEntry(body, prevHash)) };
}

/** A marker as lostAuditEntry writes it, and nothing else: no other entry may skip its own hash. */
export function isLostAuditEntry(entry: AuditEntry): boolean {
  return (
    entry.action === 'entryLost' &&
    entry.entityKind === 'vault' &&
    entry.entityId === null &&
    entry.fields.length === 0 &&
    (LOST_ENTRY_DETAILS as readonly (string | undefined)[]).includes(entry.detail)
  );
}

export type AuditBreak = 'altered' | 'removed' | 'reordered' | 'unreadable';

/**
 * The same shape as store/contract.ts AuditVerification (domain/ must not import the store).
 * `lost`: the numbers of entries recorded as lost (markers), present only when there are some.
 */
export type AuditChainResult =
  | { ok: true; entries: number; lastHash: string; lost?: number[] }
  | { ok: false; entries: number; brokenAt: number; reason: AuditBreak };

/** Where the chain is known to end (kept sealed by the store), so a truncated tail is caught too. */
export interface AuditChainHead {
  seq: number;
  hash: string;
}

const HASH_BATCH = 1000;

/**
 * Walks the trail in stored order and names the first break:
 * - unreadable: an entry that is not an audit entry at all (failed to open, or malformed);
 * - a lost-entry marker (lostAuditEntry) is not a break: its own hash is not checked, its links
 *   are, and its number is reported in `lost`;
 * - altered: an entry whose content no longer matches its own hash, or whose link to the previous
 *   hash is wrong, or a tail that disagrees with the recorded head;
 * - removed: a number missing from 1, 2, 3 … (in the middle, or after the last when `head` says
 *   the trail was longer);
 * - reordered: entries intact but out of their order (the missing number appears later).
 * `brokenAt` is the sequence number where the trail stops being trustworthy.
 */
export async function verifyAuditChain(entries: readonly unknown[], head?: AuditChainHead | null): Promise<AuditChainResult> {
  const parsed = entries.map((raw) => {
    const result = auditEntrySchema.safeParse(raw);
    return result.success ? result.data : null;
  });
  // Each entry's own hash depends only on its stored content and stored prevHash, so they can be
  // computed side by side; the chain is then a comparison of neighbours.
  const ownHashes: (string | null)[] = [];
  for (let i = 0; i < parsed.length; i += HASH_BATCH) {
    const batch = parsed.slice(i, i + HASH_BATCH);
    ownHashes.push(...(await Promise.all(batch.map((e) => (e ? hashAuditEntry(e, e.prevHash) : Promise.resolve(null))))));
  }
  const seqs = new Set(parsed.flatMap((e) => (e ? [e.seq] : [])));
  const broken = (brokenAt: number, reason: AuditBreak): AuditChainResult => ({ ok: false, entries: entries.length, brokenAt, reason });

  let prevHash = AUDIT_GENESIS_HASH;
  const lost: number[] = [];
  for (let i = 0; i < parsed.length; i++) {
    const expected = i + 1;
    const entry = parsed[i];
    if (!entry) return broken(expected, 'unreadable');
    const marker = isLostAuditEntry(entry);
    if (marker) lost.push(entry.seq);
    else if (ownHashes[i] !== entry.hash) return broken(expected, 'altered');
    if (entry.seq !== expected) {
      // The entry is intact but sits in the wrong place: moved if its number exists elsewhere
      // (or it repeats an earlier one), removed if the expected number is nowhere.
      return broken(expected, seqs.has(expected) || entry.seq < expected ? 'reordered' : 'removed');
    }
    if (entry.prevHash !== prevHash) return broken(expected, 'altered');
    prevHash = entry.hash;
  }
  if (head) {
    if (head.seq > parsed.length) return broken(parsed.length + 1, 'removed');
    if (head.seq < parsed.length) return broken(head.seq + 1, 'altered');
    if (head.hash !== prevHash) return broken(Math.max(head.seq, 1), 'altered');
  }
  return { ok: true, entries: entries.length, lastHash: prevHash, ...(lost.length ? { lost } : {}) };
}

/**
 * Names of the top-level fields whose values differ between two versions of a record (deep
 * comparison), sorted. Values never leave this function: an audit entry says *what* changed.
 * `ignore` drops bookkeeping fields such as updatedAt.
 */
export function changedFieldNames(before: object | null | undefined, after: object | null | undefined, ignore: readonly string[] = []): string[] {
  const a = (before ?? {}) as Record<string, unknown>;
  const b = (after ?? {}) as Record<string, unknown>;
  const names = new Set([...Object.keys(a), ...Object.keys(b)]);
  const changed: string[] = [];
  for (const name of names) {
    if (ignore.includes(name)) continue;
    if (!sameValue(a[name], b[name])) changed.push(name);
  }
  return changed.sort();
}

function sameValue(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (x instanceof Uint8Array || y instanceof Uint8Array) {
    if (!(x instanceof Uint8Array && y instanceof Uint8Array) || x.length !== y.length) return false;
    return x.every((byte, i) => byte === y[i]);
  }
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
  if (Array.isArray(x) !== Array.isArray(y)) return false;
  const xr = x as Record<string, unknown>;
  const yr = y as Record<string, unknown>;
  const keys = new Set([...Object.keys(xr), ...Object.keys(yr)]);
  for (const key of keys) if (!sameValue(xr[key], yr[key])) return false;
  return true;
}
