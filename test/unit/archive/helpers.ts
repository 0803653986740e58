// Shared by the archive tests: a small snapshot and a quick scrypt. The work factor is lowered to
// 2^10 here only to keep dozens of encryptions fast; the format and every check are unchanged, and
// the interop test uses the real default so `age` itself proves the production setting.
import { readArchive, writeArchive, type ArchiveErrorCode } from '../../../renderer/src/archive';
import type { VaultSnapshot } from '../../../renderer/src/store/snapshot';
import { syntheticSnapshot } from '../../fixtures/accessRequests';
import { expect } from 'vitest';
import { Encrypter } from 'age-encryption';
import { unzipSync, zipSync } from 'fflate';
import { decryptAge } from '../../../renderer/src/archive/ageEnvelope';
import { sha256Hex } from '../../../renderer/src/archive/bytes';

export const PASSPHRASE = 'correct horse battery staple (test)';
export const FAST_SCRYPT = 10;
export const FIXED_NOW = () => new Date('2026-03-14T15:09:26.000Z');

export function smallSnapshot(): Promise<VaultSnapshot> {
  return syntheticSnapshot({ people: 40, requests: 12, letters: 4, attachments: 2, seed: 7 });
}

export function write(snapshot: VaultSnapshot, passphrase = PASSPHRASE): Promise<Uint8Array> {
  return writeArchive(snapshot, passphrase, { appVersion: '0.1.0-test', now: FIXED_NOW, scryptWorkFactor: FAST_SCRYPT });
}

/** The refusal, and proof that nothing else came back: a rejection, never a partial snapshot. */
export async function expectRefused(bytes: Uint8Array, code: ArchiveErrorCode, passphrase = PASSPHRASE) {
  let returned = false;
  let caught: unknown = null;
  try {
    await readArchive(bytes, passphrase);
    returned = true;
  } catch (error) {
    caught = error;
  }
  expect(returned, `readArchive returned a result instead of refusing with ${code}`).toBe(false);
  expect(caught).toMatchObject({ name: 'ArchiveError', code });
  return caught as { code: ArchiveErrorCode; message: string; detail: Record<string, unknown> };
}

/** Encrypts any plaintext as an age passphrase file (the library's own writer, fast scrypt). */
export async function ageEncrypt(plaintext: Uint8Array, passphrase = PASSPHRASE): Promise<Uint8Array> {
  const encrypter = new Encrypter();
  encrypter.setPassphrase(passphrase);
  encrypter.setScryptWorkFactor(FAST_SCRYPT);
  return encrypter.encrypt(plaintext as Uint8Array<ArrayBuffer>);
}

export type Entries = Record<string, Uint8Array>;

/**
 * Opens an archive, lets `change` edit its ZIP entries, and seals it again as a valid age file, so
 * the test reaches the checks behind the encryption. With `rehash`, the manifest's sizes and
 * hashes are recomputed for the entries that still exist, so only the deeper check can object.
 */
export async function tamper(bytes: Uint8Array, change: (entries: Entries) => void, { rehash = false } = {}): Promise<Uint8Array> {
  const entries = unzipSync(await decryptAge(bytes, PASSPHRASE));
  change(entries);
  if (rehash) {
    const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json'])) as { entries: Record<string, { size: number; sha256: string }> };
    for (const name of Object.keys(manifest.entries)) {
      const entry = entries[name];
      if (entry) manifest.entries[name] = { size: entry.length, sha256: await sha256Hex(entry) };
    }
    entries['manifest.json'] = new TextEncoder().encode(JSON.stringify(manifest));
  }
  return ageEncrypt(zipSync(entries));
}

export const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);
export const encode = (value: string) => new TextEncoder().encode(value);

/** Edits one JSON Lines table record by record. */
export function editLines(entries: Entries, name: string, edit: (lines: string[]) => string[]): void {
  const lines = text(entries[name]).split('\n').slice(0, -1);
  entries[name] = encode(edit(lines).map((l) => `${l}\n`).join(''));
}

export function editManifest(entries: Entries, edit: (manifest: Record<string, unknown>) => void): void {
  const manifest = JSON.parse(text(entries['manifest.json'])) as Record<string, unknown>;
  edit(manifest);
  entries['manifest.json'] = encode(JSON.stringify(manifest));
}
