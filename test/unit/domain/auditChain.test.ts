// The hash chain on its own: each way a trail can be wrong is named, at the entry where it breaks.
import { describe, expect, it } from 'vitest';
import { AUDIT_GENESIS_HASH, type AuditEntry } from '../../../renderer/src/domain/audit';
import { canonicalAuditEntry, chainAuditEntries, changedFieldNames, hashAuditEntry, lostAuditEntry, verifyAuditChain } from '../../../renderer/src/domain/auditChain';

const contents = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    at: new Date(Date.UTC(2026, 0, 1, 9, i)).toISOString(),
    action: 'update' as const,
    entityKind: 'person' as const,
    entityId: `id-${i + 1}`,
    fields: ['notes'],
  }));

const trail = (n: number) => chainAuditEntries(null, contents(n));
const head = (entries: AuditEntry[]) => ({ seq: entries.at(-1)!.seq, hash: entries.at(-1)!.hash });

describe('building the chain', () => {
  it('numbers from 1, starts from the genesis hash, and links each entry to the one before', async () => {
    const entries = await trail(3);
    expect(entries.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(entries[0]!.prevHash).toBe(AUDIT_GENESIS_HASH);
    expect(entries[1]!.prevHash).toBe(entries[0]!.hash);
    expect(entries[2]!.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('hashes a canonical form: key order and an absent detail do not matter, every field and the link do', async () => {
    const [entry] = await trail(1);
    const { hash: _hash, ...body } = entry!;
    const reordered = Object.fromEntries(Object.entries(body).reverse()) as typeof body;
    expect(canonicalAuditEntry(reordered)).toBe(canonicalAuditEntry(body));
    expect(await hashAuditEntry({ ...body, detail: undefined }, body.prevHash)).toBe(entry!.hash);
    expect(await hashAuditEntry({ ...body, fields: ['email'] }, body.prevHash)).not.toBe(entry!.hash);
    expect(await hashAuditEntry(body, 'f'.repeat(64))).not.toBe(entry!.hash);
  });
});

describe('verifyAuditChain', () => {
  it('passes an intact trail and an empty one', async () => {
    const entries = await trail(5);
    expect(await verifyAuditChain(entries, head(entries))).toEqual({ ok: true, entries: 5, lastHash: entries[4]!.hash });
    expect(await verifyAuditChain([], { seq: 0, hash: AUDIT_GENESIS_HASH })).toEqual({ ok: true, entries: 0, lastHash: AUDIT_GENESIS_HASH });
  });

  it('altered: an entry changed without its hash, or changed and rehashed (the next link breaks)', async () => {
    const entries = await trail(5);
    const changed = entries.map((e) => (e.seq === 3 ? { ...e, fields: ['email'] } : e));
    expect(await verifyAuditChain(changed)).toMatchObject({ ok: false, brokenAt: 3, reason: 'altered' });
    const rehashed = await chainAuditEntries(entries[1]!, [{ ...contents(5)[2]!, fields: ['email'] }]);
    const forged = entries.map((e) => (e.seq === 3 ? rehashed[0]! : e));
    expect(await verifyAuditChain(forged)).toMatchObject({ ok: false, brokenAt: 4, reason: 'altered' });
  });

  it('removed: a number missing in the middle, or at the end when the head says there were more', async () => {
    const entries = await trail(5);
    expect(await verifyAuditChain(entries.filter((e) => e.seq !== 2))).toMatchObject({ ok: false, brokenAt: 2, reason: 'removed' });
    expect(await verifyAuditChain(entries.slice(0, 4), head(entries))).toMatchObject({ ok: false, brokenAt: 5, reason: 'removed' });
    // Without the head, a missing last entry cannot be seen: the head is what makes truncation visible.
    expect(await verifyAuditChain(entries.slice(0, 4))).toMatchObject({ ok: true });
  });

  it('removed and renumbered: the link to the previous hash breaks', async () => {
    const entries = await trail(4);
    const renumbered = [entries[0]!, { ...entries[2]!, seq: 2 }, { ...entries[3]!, seq: 3 }];
    expect(await verifyAuditChain(renumbered)).toMatchObject({ ok: false, brokenAt: 2, reason: 'altered' });
  });

  it('reordered: two intact entries swapped, or one repeated', async () => {
    const entries = await trail(5);
    const swapped = [entries[0]!, entries[2]!, entries[1]!, entries[3]!, entries[4]!];
    expect(await verifyAuditChain(swapped)).toMatchObject({ ok: false, brokenAt: 2, reason: 'reordered' });
    const repeated = [entries[0]!, entries[1]!, entries[1]!, entries[3]!];
    expect(await verifyAuditChain(repeated)).toMatchObject({ ok: false, brokenAt: 3, reason: 'reordered' });
  });

  it('unreadable: something that is not an audit entry', async () => {
    const entries: unknown[] = await trail(3);
    entries[1] = null;
    expect(await verifyAuditChain(entries)).toMatchObject({ ok: false, brokenAt: 2, reason: 'unreadable' });
    expect(await verifyAuditChain([{ seq: 1, note: 'not an entry' }])).toMatchObject({ ok: false, brokenAt: 1, reason: 'unreadable' });
  });

  it('a head that disagrees with the last entry is an alteration', async () => {
    const entries = await trail(3);
    expect(await verifyAuditChain(entries, { seq: 3, hash: 'a'.repeat(64) })).toMatchObject({ ok: false, brokenAt: 3, reason: 'altered' });
    expect(await verifyAuditChain(entries, { seq: 2, hash: entries[1]!.hash })).toMatchObject({ ok: false, brokenAt: 3, reason: 'altered' });
  });
});

describe('lost-entry markers (an entry unreadable when the trail was opened)', () => {
  /** Entry 3 of 5 replaced by its marker, vouched for by entry 4's link. */
  async function withMarker() {
    const entries = await trail(5);
    const marker = await lostAuditEntry(3, entries[2]!.at, entries[1]!.hash, entries[3]!.prevHash, 'unreadable');
    return { entries, marked: [entries[0]!, entries[1]!, marker, entries[3]!, entries[4]!] };
  }

  it('verifies the links around a marker and names it as lost, not as intact and not as broken', async () => {
    const { entries, marked } = await withMarker();
    expect(await verifyAuditChain(marked, head(entries))).toEqual({ ok: true, entries: 5, lastHash: entries[4]!.hash, lost: [3] });
    expect(await verifyAuditChain(entries)).not.toHaveProperty('lost');
  });

  it('still finds a marker whose link to the entry before it is wrong', async () => {
    const { marked } = await withMarker();
    marked[2] = { ...marked[2]!, prevHash: 'f'.repeat(64) };
    expect(await verifyAuditChain(marked)).toMatchObject({ ok: false, brokenAt: 3, reason: 'altered' });
  });

  it('still finds the entry after a marker altered (its link no longer matches the marker)', async () => {
    const { marked } = await withMarker();
    marked[2] = { ...marked[2]!, hash: 'e'.repeat(64) };
    expect(await verifyAuditChain(marked)).toMatchObject({ ok: false, brokenAt: 4, reason: 'altered' });
  });

  it('gives no pass to an entry that only resembles a marker (fields, an entity, another detail)', async () => {
    const { marked } = await withMarker();
    for (const change of [{ fields: ['notes'] }, { entityId: 'p1' }, { detail: 'something else' }, { entityKind: 'person' as const }]) {
      const forged = [...marked];
      forged[2] = { ...marked[2]!, ...change };
      expect(await verifyAuditChain(forged)).toMatchObject({ ok: false, brokenAt: 3, reason: 'altered' });
    }
  });

  it('two lost in a row, and a lost last entry vouched for by the head, still link', async () => {
    const entries = await trail(4);
    const second = await lostAuditEntry(2, entries[1]!.at, entries[0]!.hash, null, 'removed');
    const third = await lostAuditEntry(3, entries[2]!.at, second.hash, entries[3]!.prevHash, 'unreadable');
    expect(await verifyAuditChain([entries[0]!, second, third, entries[3]!], head(entries))).toMatchObject({ ok: true, lost: [2, 3] });
    const last = await lostAuditEntry(4, entries[3]!.at, entries[2]!.hash, entries[3]!.hash, 'unreadable');
    expect(await verifyAuditChain([...entries.slice(0, 3), last], head(entries))).toMatchObject({ ok: true, lost: [4] });
  });
});

describe('changedFieldNames', () => {
  it('names the top-level fields whose values differ, deeply compared, and never returns a value', () => {
    const before = { id: 'x', givenName: 'Zoé', identity: { method: 'photoId', verifiedOn: '2026-01-02' }, tags: ['a'], updatedAt: '1' };
    const after = { id: 'x', givenName: 'Zoé', identity: { method: 'photoId', verifiedOn: '2026-01-03' }, tags: ['a'], email: 'z@example.org', updatedAt: '2' };
    expect(changedFieldNames(before, after, ['updatedAt'])).toEqual(['email', 'identity']);
    expect(changedFieldNames(null, { b: 1, a: undefined, c: 'x' })).toEqual(['b', 'c']);
    expect(changedFieldNames({ s: new Uint8Array([1, 2]) }, { s: new Uint8Array([1, 2]) })).toEqual([]);
    expect(changedFieldNames({ s: new Uint8Array([1, 2]) }, { s: new Uint8Array([1, 3]) })).toEqual(['s']);
  });
});
