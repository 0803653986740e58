// Issue #13, item 8: zip bombs. The reader checks each entry's declared size against a ceiling and
// the manifest before inflating, and stops inflating the moment output passes the declared size.
// The archives here are a few kilobytes; the first declares gigabytes, the second inflates to 16×
// what it declares. Both are refused quickly, without the memory they ask for.
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MAX_ENTRY_BYTES, MAX_INFLATED_BYTES, unzipArchive } from '../../../renderer/src/archive/unzipCore';
import { ageEncrypt, encode, expectRefused } from './helpers';

const GIB = 1024 * 1024 * 1024;

function manifestFor(sizes: Record<string, number>): Uint8Array {
  const entries = Object.fromEntries(Object.entries(sizes).map(([name, size]) => [name, { size, sha256: '0'.repeat(64) }]));
  return encode(JSON.stringify({ format: 'custodian-archive', formatVersion: 1, appVersion: 't', createdAt: '2026-03-14T15:09:26.000Z', counts: {}, entries }));
}

/** Sets the uncompressed size the local and central headers declare for `name` (what a bomb lies about). */
function declareSize(zip: Uint8Array, name: string, size: number, { local = true } = {}): Uint8Array<ArrayBuffer> {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  let found = false;
  for (let at = 0; at + 46 < out.length; at++) {
    const signature = view.getUint32(at, true);
    const central = signature === 0x02014b50;
    if (!central && signature !== 0x04034b50) continue;
    const nameAt = central ? at + 46 : at + 30;
    const length = view.getUint16(central ? at + 28 : at + 26, true);
    if (new TextDecoder().decode(out.subarray(nameAt, nameAt + length)) !== name) continue;
    if (central || local) view.setUint32(central ? at + 24 : at + 22, size, true);
    found ||= central;
  }
  if (!found) throw new Error(`no entry ${name}`);
  return out;
}

/** 1 MiB of zeros deflates to ~1 KB. */
const zeros = new Uint8Array(1024 * 1024);

function timed<T>(run: () => T): { result: T; ms: number; grewBy: number } {
  const before = process.memoryUsage().arrayBuffers;
  const start = performance.now();
  const result = run();
  return { result, ms: performance.now() - start, grewBy: process.memoryUsage().arrayBuffers - before };
}

describe('zip bombs', () => {
  it('an entry declaring 3 GiB is refused as entryTooLarge before anything is inflated', async () => {
    const size = 3 * GIB;
    const bomb = declareSize(zipSync({ 'manifest.json': manifestFor({ 'tables/people.jsonl': size }), 'tables/people.jsonl': zeros }), 'tables/people.jsonl', size);
    expect(bomb.length).toBeLessThan(16 * 1024);
    const { result, ms, grewBy } = timed(() => unzipArchive(bomb));
    expect(result).toEqual({ ok: false, code: 'entryTooLarge', entry: 'tables/people.jsonl' });
    expect(ms).toBeLessThan(1000);
    expect(grewBy).toBeLessThan(64 * 1024 * 1024);
    const error = await expectRefused(await ageEncrypt(bomb), 'entryTooLarge');
    expect(error.detail).toMatchObject({ entry: 'tables/people.jsonl' });
  });

  it('an entry that inflates past its declared size is stopped there, not inflated to the end', async () => {
    const declared = 64 * 1024;
    const bomb = declareSize(zipSync({ 'manifest.json': manifestFor({ 'tables/people.jsonl': declared }), 'tables/people.jsonl': zeros }), 'tables/people.jsonl', declared);
    const { result, ms } = timed(() => unzipArchive(bomb));
    expect(result).toEqual({ ok: false, code: 'entryTooLarge', entry: 'tables/people.jsonl' });
    expect(ms).toBeLessThan(1000);
    await expectRefused(await ageEncrypt(bomb), 'entryTooLarge');
  });

  it('entries each under the ceiling but together over it are refused before any is inflated', () => {
    const each = Math.floor(MAX_INFLATED_BYTES / 3) + 1;
    expect(each).toBeLessThan(MAX_ENTRY_BYTES);
    let zip: Uint8Array = zipSync({ 'manifest.json': manifestFor({}), 'tables/people.jsonl': zeros, 'tables/audit.jsonl': zeros, 'tables/sequences.jsonl': zeros });
    for (const name of ['tables/people.jsonl', 'tables/audit.jsonl', 'tables/sequences.jsonl']) zip = declareSize(zip, name, each);
    expect(unzipArchive(zip)).toMatchObject({ ok: false, code: 'entryTooLarge' });
  });

  it('a declared size that differs from the manifest’s is refused before inflating', async () => {
    const zip = zipSync({ 'manifest.json': manifestFor({ 'tables/people.jsonl': 100 }), 'tables/people.jsonl': zeros });
    expect(unzipArchive(zip)).toEqual({ ok: false, code: 'manifestMismatch', entry: 'tables/people.jsonl' });
    await expectRefused(await ageEncrypt(zip), 'manifestMismatch');
  });

  it('an entry that inflates to less than it declared is refused', () => {
    const zip = declareSize(zipSync({ 'manifest.json': manifestFor({ 'tables/people.jsonl': zeros.length + 1 }), 'tables/people.jsonl': zeros }), 'tables/people.jsonl', zeros.length + 1);
    expect(unzipArchive(zip)).toEqual({ ok: false, code: 'manifestMismatch', entry: 'tables/people.jsonl' });
  });

  it('a local header that declares another size than the central directory is refused', () => {
    const zip = declareSize(zipSync({ 'manifest.json': manifestFor({ 'tables/people.jsonl': 64 }), 'tables/people.jsonl': zeros }), 'tables/people.jsonl', 64, { local: false });
    expect(unzipArchive(zip)).toEqual({ ok: false, code: 'notAnArchive' });
  });

  it('an honest entry of the same content opens', () => {
    const zip = zipSync({ 'manifest.json': manifestFor({ 'tables/people.jsonl': zeros.length }), 'tables/people.jsonl': zeros });
    const result = unzipArchive(zip);
    const people = result.ok ? result.files.get('tables/people.jsonl') : undefined;
    expect(people?.length).toBe(zeros.length);
    expect(people?.every((b) => b === 0)).toBe(true);
  });
});
