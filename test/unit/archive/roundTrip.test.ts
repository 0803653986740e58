import { KIT_REGISTERS } from '../../../renderer/src/domain/registers';
import { describe, expect, it } from 'vitest';
import { readArchive, verifyArchive, writeArchive } from '../../../renderer/src/archive';
import { FAST_SCRYPT, FIXED_NOW, PASSPHRASE, smallSnapshot, write } from './helpers';

describe('archive round trip', () => {
  it('gives back exactly the snapshot it was given, with a manifest', async () => {
    const snapshot = await smallSnapshot();
    const bytes = await write(snapshot);
    const { manifest, snapshot: back } = await readArchive(bytes, PASSPHRASE);
    expect(back).toEqual(snapshot);
    expect(back.officer.signatureImage).toBeInstanceOf(Uint8Array);
    expect(back.documents[0]!.bytes).toBeInstanceOf(Uint8Array);
    expect(manifest).toMatchObject({
      format: 'custodian-archive',
      formatVersion: 2,
      appVersion: '0.1.0-test',
      createdAt: '2026-03-14T15:09:26.000Z',
      counts: { people: 40, accessRequests: 12, sequences: snapshot.sequences.length, documents: 6, audit: snapshot.audit.length },
    });
    expect(Object.keys(manifest.entries).sort()).toEqual(
      [
        'profile.json',
        'tables/people.jsonl',
        'tables/accessRequests.jsonl',
        'tables/sequences.jsonl',
        'tables/audit.jsonl',
        'tables/documents.jsonl',
        ...KIT_REGISTERS.map((r) => `tables/${r.name}.jsonl`),
        ...snapshot.documents.map((d) => `documents/${d.requestId}/${d.id}.${d.kind === 'letter' ? 'pdf' : 'txt'}`),
      ].sort(),
    );
  });

  it('is a standard age file with a passphrase stanza', async () => {
    const bytes = await write(await smallSnapshot());
    const header = new TextDecoder().decode(bytes.subarray(0, 200));
    expect(header).toMatch(/^age-encryption\.org\/v1\n-> scrypt [A-Za-z0-9+/]{22} 10\n/);
  });

  it('uses age’s default scrypt work factor unless told otherwise', async () => {
    const bytes = await writeArchive(await smallSnapshot(), PASSPHRASE, { appVersion: '0.1.0', now: FIXED_NOW });
    expect(new TextDecoder().decode(bytes.subarray(0, 80))).toMatch(/-> scrypt \S{22} 18\n/);
  });

  it('round-trips an empty vault', async () => {
    const snapshot = { ...(await smallSnapshot()), people: [], accessRequests: [], sequences: [], documents: [], audit: [] };
    const { snapshot: back } = await readArchive(await write(snapshot), PASSPHRASE);
    expect(back).toEqual(snapshot);
  });

  it('reports progress up to done = total on write and read', async () => {
    const snapshot = await smallSnapshot();
    const writes: [number, number][] = [];
    const bytes = await writeArchive(snapshot, PASSPHRASE, { appVersion: 'x', scryptWorkFactor: FAST_SCRYPT, onProgress: (d, t) => writes.push([d, t]) });
    expect(writes.at(-1)![0]).toBe(writes.at(-1)![1]);
    const reads: [number, number][] = [];
    await readArchive(bytes, PASSPHRASE, { onProgress: (d, t) => reads.push([d, t]) });
    expect(reads.at(-1)![0]).toBe(reads.at(-1)![1]);
    for (let i = 1; i < reads.length; i++) expect(reads[i]![0]).toBeGreaterThanOrEqual(reads[i - 1]![0]);
  });

  it('verifyArchive gives counts and manifest, and nothing else', async () => {
    const result = await verifyArchive(await write(await smallSnapshot()), PASSPHRASE);
    expect(Object.keys(result).sort()).toEqual(['counts', 'manifest', 'ok']);
    expect(result).toMatchObject({ ok: true, counts: { people: 40, accessRequests: 12, documents: 6 } });
  });
});
