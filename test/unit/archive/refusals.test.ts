// One test per way an archive can be wrong (KeePassXC's lesson): each asserts the code and that
// readArchive gave back nothing but the refusal.
import { beforeAll, describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { verifyArchive } from '../../../renderer/src/archive';
import { sha256Hex } from '../../../renderer/src/archive/bytes';
import type { VaultSnapshot } from '../../../renderer/src/store/snapshot';
import { PASSPHRASE, ageEncrypt, editLines, editManifest, encode, expectRefused, smallSnapshot, tamper, text, write } from './helpers';

const CHUNK = 64 * 1024;
const SEALED_CHUNK = CHUNK + 16;

/** Adds an incompressible attachment so the age payload spans several 64 KiB chunks. */
async function withLargeAttachment(snapshot: VaultSnapshot, size: number): Promise<VaultSnapshot> {
  const bytes = new Uint8Array(size);
  let x = 12345;
  for (let i = 0; i < size; i++) bytes[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
  const request = snapshot.accessRequests[5]!;
  const id = '0a1b2c3d-0000-4000-8000-00000000b16e';
  request.attachments.push({ id, name: 'scan.bin', mediaType: 'application/octet-stream', size, sha256: await sha256Hex(bytes), addedAt: request.createdAt });
  snapshot.documents.push({ id, requestId: request.id, kind: 'attachment', bytes });
  return snapshot;
}

function headerEnd(bytes: Uint8Array): number {
  const s = new TextDecoder('latin1').decode(bytes.subarray(0, 400));
  return s.indexOf('\n', s.indexOf('\n---')+1) + 1;
}

/** Changes one of the manifest's counts, for edits that add or remove a record. */
const bump = (manifest: Record<string, unknown>, table: string, by: number) => {
  const counts = manifest.counts as Record<string, number>;
  counts[table] = (counts[table] ?? 0) + by;
};

const flip = (bytes: Uint8Array, at: number) => {
  const copy = bytes.slice();
  copy[at]! ^= 0x01;
  return copy;
};

/**
 * Changes one base64 character of the header to another valid one: flipping a bit could make it an
 * invalid character (then the stanza is malformed, a different refusal) depending on the random salt.
 */
const changeBase64Char = (bytes: Uint8Array, at: number) => {
  const copy = bytes.slice();
  copy[at] = copy[at] === 0x41 ? 0x42 : 0x41; // 'A' ↔ 'B'
  return copy;
};

let good: Uint8Array; // one chunk
let large: Uint8Array; // several chunks
let largeEnd: number; // where the header ends
beforeAll(async () => {
  good = await write(await smallSnapshot());
  large = await write(await withLargeAttachment(await smallSnapshot(), 3 * CHUNK + 5000));
  largeEnd = headerEnd(large);
  expect(large.length - largeEnd - 16).toBeGreaterThan(3 * SEALED_CHUNK);
});

describe('age layer', () => {
  it('wrong passphrase', async () => {
    const error = await expectRefused(good, 'wrongPassphrase', 'not the passphrase');
    expect(error.message).toMatch(/passphrase/);
  });

  it('not an age file: a ZIP, an empty file, random bytes, a PDF', async () => {
    await expectRefused(zipSync({ 'manifest.json': encode('{}') }), 'notAnAgeFile');
    await expectRefused(new Uint8Array(0), 'notAnAgeFile');
    await expectRefused(new Uint8Array(1000).fill(7), 'notAnAgeFile');
    await expectRefused(encode('%PDF-1.4\n'), 'notAnAgeFile');
  });

  it('a changed byte in the payload: first chunk, middle chunk, last chunk, last byte (the tag)', async () => {
    for (const at of [largeEnd + 16 + 10, largeEnd + 16 + SEALED_CHUNK + 777, large.length - 2000, large.length - 1]) {
      await expectRefused(flip(large, at), 'damaged');
    }
    await expectRefused(flip(good, good.length - 30), 'damaged');
  });

  it('a changed byte in the payload nonce', async () => {
    await expectRefused(flip(large, largeEnd + 3), 'damaged');
  });

  it('a changed byte in the header MAC line', async () => {
    await expectRefused(flip(large, largeEnd - 10), 'damaged');
  });

  it('a changed byte in the header’s stanza reads as a wrong passphrase (age cannot tell them apart)', async () => {
    // The salt and the wrapped key are inputs to the passphrase check itself; the message says so.
    const error = await expectRefused(changeBase64Char(large, 'age-encryption.org/v1\n-> scrypt '.length + 3), 'wrongPassphrase');
    expect(error.message).toMatch(/damaged/);
  });

  it('truncated: inside the header, right after it, in the first, middle and last chunk, at a chunk boundary, in the tag', async () => {
    const cuts = [30, largeEnd, largeEnd + 8, largeEnd + 16, largeEnd + 16 + 100, largeEnd + 16 + SEALED_CHUNK, largeEnd + 16 + 2 * SEALED_CHUNK, largeEnd + 16 + 2 * SEALED_CHUNK + 10, largeEnd + 16 + 2 * SEALED_CHUNK + 5000, large.length - 100, large.length - 1];
    for (const cut of cuts) await expectRefused(large.subarray(0, cut), 'truncated');
    await expectRefused(good.subarray(0, good.length - 5), 'truncated');
  });

  it('extra bytes: one byte, a block of zeros, more than a chunk, a second copy of the file', async () => {
    const appended = (extra: Uint8Array) => {
      const out = new Uint8Array(large.length + extra.length);
      out.set(large);
      out.set(extra, large.length);
      return out;
    };
    for (const extra of [new Uint8Array([0x0a]), new Uint8Array(100), new Uint8Array(SEALED_CHUNK + 3).fill(0x41), large]) {
      await expectRefused(appended(extra), 'extraBytes');
    }
    const smallPlus = new Uint8Array(good.length + 7);
    smallPlus.set(good);
    await expectRefused(smallPlus, 'extraBytes');
  });
});

describe('ZIP and manifest', () => {
  it('not an archive: an age file of something else, a ZIP without manifest, another format', async () => {
    await expectRefused(await ageEncrypt(encode('hello')), 'notAnArchive');
    await expectRefused(await ageEncrypt(zipSync({ 'notes.txt': encode('x') })), 'notAnArchive');
    await expectRefused(await tamper(good, (e) => editManifest(e, (m) => (m.format = 'other-backup'))), 'notAnArchive');
  });

  it('manifest mismatch: an entry’s bytes changed', async () => {
    const bytes = await tamper(good, (e) => editLines(e, 'tables/people.jsonl', (lines) => lines.map((l, i) => (i === 3 ? l.replace('"kind":"', '"kind":"x') : l))));
    const error = await expectRefused(bytes, 'manifestMismatch');
    expect(error.detail).toMatchObject({ entry: 'tables/people.jsonl' });
  });

  it('manifest mismatch: a letter’s bytes changed', async () => {
    const bytes = await tamper(good, (e) => {
      const name = Object.keys(e).find((n) => n.endsWith('.pdf'))!;
      e[name] = encode(text(e[name]).replace('SYNTHETIC', 'SYNTHETIX'));
    });
    await expectRefused(bytes, 'manifestMismatch');
  });

  it('manifest mismatch: a count that disagrees with its table', async () => {
    const bytes = await tamper(good, (e) => editManifest(e, (m) => ((m.counts as Record<string, number>).people = 39)));
    const error = await expectRefused(bytes, 'manifestMismatch');
    expect(error.detail).toMatchObject({ table: 'people' });
  });

  it('newer format version is refused before anything else in the manifest is read', async () => {
    const bytes = await tamper(good, (e) => editManifest(e, (m) => Object.assign(m, { formatVersion: 3, entries: 'whatever v3 has' })));
    const error = await expectRefused(bytes, 'newerFormat');
    expect(error.detail).toMatchObject({ formatVersion: 3 });
    expect(error.message).toMatch(/newer version of Custodian/);
  });

  it('missing entry: a table listed in the manifest is not in the ZIP', async () => {
    const bytes = await tamper(good, (e) => delete e['tables/audit.jsonl']);
    const error = await expectRefused(bytes, 'missingEntry');
    expect(error.detail).toMatchObject({ entry: 'tables/audit.jsonl' });
  });

  it('missing entry: a letter a request names is gone from the ZIP, the manifest and the index', async () => {
    const bytes = await tamper(
      good,
      (e) => {
        const name = Object.keys(e).find((n) => n.endsWith('.pdf'))!;
        delete e[name];
        editManifest(e, (m) => {
          delete (m.entries as Record<string, unknown>)[name];
          bump(m, 'documents', -1);
        });
        editLines(e, 'tables/documents.jsonl', (lines) => lines.filter((l) => !l.includes(name)));
      },
      { rehash: true },
    );
    const error = await expectRefused(bytes, 'missingEntry');
    expect(error.detail).toMatchObject({ table: 'accessRequests', field: 'letters.0' });
  });

  it('unexpected entry: a file the manifest does not list', async () => {
    const bytes = await tamper(good, (e) => (e['notes/readme.txt'] = encode('added later')));
    const error = await expectRefused(bytes, 'unexpectedEntry');
    expect(error.detail).toMatchObject({ entry: 'notes/readme.txt' });
  });

  it('unexpected entry: a document no request names, even if the manifest lists it', async () => {
    const bytes = await tamper(
      good,
      (e) => {
        const name = Object.keys(e).find((n) => n.endsWith('.pdf'))!;
        const orphan = name.replace(/[^/]+\.pdf$/, 'ffffffff-0000-4000-8000-000000000000.pdf');
        e[orphan] = e[name]!;
        editManifest(e, (m) => {
          (m.entries as Record<string, unknown>)[orphan] = {};
          bump(m, 'documents', 1);
        });
        editLines(e, 'tables/documents.jsonl', (lines) => {
          const source = JSON.parse(lines.find((l) => l.includes(name))!) as Record<string, string>;
          return [...lines, JSON.stringify({ ...source, id: 'ffffffff-0000-4000-8000-000000000000', path: orphan })];
        });
      },
      { rehash: true },
    );
    await expectRefused(bytes, 'unexpectedEntry');
  });
});

describe('records', () => {
  it('invalid record: names the table and line, never the content', async () => {
    const bytes = await tamper(good, (e) => editLines(e, 'tables/people.jsonl', (lines) => lines.map((l, i) => (i === 4 ? JSON.stringify({ ...JSON.parse(l), givenName: 'SECRET-NAME', email: 'not-an-email' }) : l))), { rehash: true });
    const error = await expectRefused(bytes, 'invalidRecord');
    expect(error.detail).toMatchObject({ table: 'people', line: 5 });
    expect(JSON.stringify(error) + error.message).not.toMatch(/SECRET-NAME|not-an-email/);
  });

  it('invalid record: a line that is not JSON', async () => {
    const bytes = await tamper(good, (e) => editLines(e, 'tables/accessRequests.jsonl', (lines) => lines.map((l, i) => (i === 2 ? l.slice(0, 40) : l))), { rehash: true });
    const error = await expectRefused(bytes, 'invalidRecord');
    expect(error.detail).toMatchObject({ table: 'accessRequests', line: 3 });
  });

  it('invalid record: an unknown field is refused, not dropped', async () => {
    const bytes = await tamper(good, (e) => editLines(e, 'tables/sequences.jsonl', (lines) => lines.map((l, i) => (i === 0 ? l.replace('{', '{"surprise":1,') : l))), { rehash: true });
    await expectRefused(bytes, 'invalidRecord');
  });

  it('invalid record: a request for a person who is not in the archive', async () => {
    const bytes = await tamper(good, (e) => editLines(e, 'tables/accessRequests.jsonl', (lines) => lines.map((l, i) => (i === 1 ? l.replace(/"personId":"[^"]*"/, '"personId":"00000000-0000-4000-8000-000000000000"') : l))), { rehash: true });
    const error = await expectRefused(bytes, 'invalidRecord');
    expect(error.detail).toMatchObject({ table: 'accessRequests', line: 2, field: 'personId' });
  });

  it('invalid record: the profile', async () => {
    const bytes = await tamper(good, (e) => (e['profile.json'] = encode(text(e['profile.json']).replace('"autoLockMinutes": 10', '"autoLockMinutes": 0'))), { rehash: true });
    const error = await expectRefused(bytes, 'invalidRecord');
    expect(error.detail).toMatchObject({ table: 'profile', field: 'settings.autoLockMinutes' });
  });

  it('duplicate id: the same person twice', async () => {
    const bytes = await tamper(
      good,
      (e) => {
        editLines(e, 'tables/people.jsonl', (lines) => [...lines, lines[0]!]);
        editManifest(e, (m) => bump(m, 'people', 1));
      },
      { rehash: true },
    );
    const error = await expectRefused(bytes, 'duplicateId');
    expect(error.detail).toMatchObject({ table: 'people', line: 41 });
  });

  it('duplicate id: two requests with the same reference', async () => {
    const bytes = await tamper(
      good,
      (e) => editLines(e, 'tables/accessRequests.jsonl', (lines) => lines.map((l, i) => (i === 1 ? l.replace(/"reference":"[^"]*"/, lines[0]!.match(/"reference":"[^"]*"/)![0]) : l))),
      { rehash: true },
    );
    const error = await expectRefused(bytes, 'duplicateId');
    expect(error.detail).toMatchObject({ table: 'accessRequests', line: 2, field: 'reference' });
  });

  it('duplicate id: two audit entries with the same sequence number', async () => {
    const bytes = await tamper(
      good,
      (e) => {
        editLines(e, 'tables/audit.jsonl', (lines) => [...lines, lines.at(-1)!]);
        editManifest(e, (m) => bump(m, 'audit', 1));
      },
      { rehash: true },
    );
    await expectRefused(bytes, 'duplicateId');
  });
});

describe('verifyArchive', () => {
  it('returns the refusal and nothing else', async () => {
    const result = await verifyArchive(good.subarray(0, good.length - 3), PASSPHRASE);
    expect(Object.keys(result).sort()).toEqual(['error', 'ok']);
    expect(result).toMatchObject({ ok: false, error: { code: 'truncated' } });
  });
});
