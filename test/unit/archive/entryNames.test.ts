// Issue #13, item 13: archive entries. Only the format's names are accepted, looked up as own
// entries (a Map, never `name in object`); paths that climb out, absolute paths, backslashes and
// the names of Object.prototype's members are refused as unsafeEntryName before anything inflates.
import { zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { entryNameProblem } from '../../../renderer/src/archive/entryNames';
import { unzipArchive } from '../../../renderer/src/archive/unzipCore';
import { PASSPHRASE, ageEncrypt, editManifest, encode, expectRefused, smallSnapshot, tamper, write, type Entries } from './helpers';

let good: Uint8Array;
beforeAll(async () => {
  good = await write(await smallSnapshot());
});

/** An own property even for `__proto__` (an assignment would set the prototype instead). */
function addEntry(entries: Entries, name: string, bytes = encode('added')): void {
  Object.defineProperty(entries, name, { value: bytes, enumerable: true, configurable: true, writable: true });
}

/** The entry, also listed in the manifest (sizes and hashes recomputed), so only its name can object. */
const listed = (name: string) => (e: Entries) => {
  addEntry(e, name);
  editManifest(e, (m) => Object.defineProperty(m.entries, name, { value: {}, enumerable: true, configurable: true, writable: true }));
};

const UNSAFE = ['../escape.txt', 'tables/../../escape.txt', '/etc/passwd', 'C:/Windows/x.txt', 'tables\\people.jsonl', '__proto__', 'constructor', 'toString', 'documents/__proto__/x.pdf', 'documents/r1/constructor.pdf', 'tables/people.jsonl\u0000'];

describe('archive entry names', () => {
  it.each(UNSAFE)('%j is unsafe', (name) => {
    expect(entryNameProblem(name)).toBe('unsafeEntryName');
  });

  it.each(['manifest.json', 'profile.json', 'tables/people.jsonl', 'tables/documents.jsonl', 'documents/0a1b2c3d-0000-4000-8000-00000000b16e/ffffffff-0000-4000-8000-000000000000.pdf'])(
    '%s is one of the format’s names',
    (name) => expect(entryNameProblem(name)).toBeNull(),
  );

  it.each(['notes/readme.txt', 'tables/other-1.jsonl', 'tables/a/b.jsonl', 'documents/x.pdf', 'Manifest.json'])('%s is not one of the format’s names', (name) => {
    expect(entryNameProblem(name)).toBe('unexpectedEntry');
  });

  // Table names are letters (a register's name); which tables this version knows is the reader's check.
  it('an archive holding a table this version does not know, listed in its manifest, is refused with unexpectedEntry', async () => {
    await expectRefused(await tamper(good, listed('tables/other.jsonl'), { rehash: true }), 'unexpectedEntry');
  });

  it.each(['../escape.txt', '/etc/passwd', 'tables\\people.jsonl', 'constructor', 'toString', 'hasOwnProperty'])(
    'an archive holding %j, even listed in its manifest, is refused with unsafeEntryName',
    async (name) => {
      const error = await expectRefused(await tamper(good, listed(name), { rehash: true }), 'unsafeEntryName');
      expect(error.message).toMatch(/name points outside the archive/);
    },
  );

  it('an entry named toString that the manifest does not list is refused (`name in manifest.entries` found it on the prototype)', async () => {
    await expectRefused(await tamper(good, (e) => addEntry(e, 'toString')), 'unsafeEntryName');
  });

  it('a manifest listing __proto__ is refused, not merged into its prototype', async () => {
    const bytes = await tamper(good, (e) => editManifest(e, (m) => Object.defineProperty(m.entries, '__proto__', { value: { size: 1, sha256: '0'.repeat(64) }, enumerable: true })));
    await expectRefused(bytes, 'unsafeEntryName');
  });

  it('an entry named __proto__ is refused (fflate or a plain object would make it the prototype)', async () => {
    // zipSync cannot write the name (its options object would swallow it): rename a same-length entry.
    const zip = zipSync({ 'manifest.json': encode('{}'), 'xxproto__': encode('x') });
    const at = (() => {
      const found: number[] = [];
      const needle = encode('xxproto__');
      for (let i = 0; i + needle.length <= zip.length; i++) if (needle.every((b, k) => zip[i + k] === b)) found.push(i);
      return found;
    })();
    expect(at).toHaveLength(2); // the local header and the central directory
    for (const i of at) zip.set(encode('__proto__'), i);
    expect(unzipArchive(zip)).toEqual({ ok: false, code: 'unsafeEntryName', entry: '"__proto__"' });
    await expectRefused(await ageEncrypt(zip), 'unsafeEntryName');
  });

  it('refuses before inflating: the unsafe name is reported even beside a bomb', () => {
    const zip = zipSync({ 'manifest.json': encode('{}'), '../escape.txt': encode('x') });
    expect(unzipArchive(zip)).toEqual({ ok: false, code: 'unsafeEntryName', entry: '"../escape.txt"' });
  });

  it('an archive written today still opens', async () => {
    const { readArchive } = await import('../../../renderer/src/archive');
    await expect(readArchive(good, PASSPHRASE)).resolves.toMatchObject({ manifest: { formatVersion: 2 } });
  });
});
