// Opening the decrypted ZIP, shared by the page and the unzip worker (unzip.worker.ts): every entry
// inflated, and the two ways a ZIP can fail to be one of ours before any manifest is read.
import { unzipSync } from 'fflate';
import { MANIFEST_ENTRY } from './layout';

export type UnzipResult =
  | { ok: true; files: Record<string, Uint8Array> }
  | { ok: false; code: 'notAnArchive' }
  | { ok: false; code: 'unexpectedEntry'; entry: string };

export function unzipArchive(plaintext: Uint8Array): UnzipResult {
  const names: string[] = [];
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(plaintext, {
      filter: (file) => {
        names.push(file.name);
        return true;
      },
    });
  } catch {
    return { ok: false, code: 'notAnArchive' };
  }
  if (!names.includes(MANIFEST_ENTRY)) return { ok: false, code: 'notAnArchive' };
  const seen = new Set<string>();
  for (const name of names) {
    // A second entry of the same name would hide the first from any tool that reads the archive.
    if (seen.has(name)) return { ok: false, code: 'unexpectedEntry', entry: name };
    seen.add(name);
  }
  return { ok: true, files };
}

/** The distinct buffers behind the entries, to move them rather than copy (stored entries share one). */
export function transferList(files: Record<string, Uint8Array>): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const bytes of Object.values(files)) if (bytes.buffer instanceof ArrayBuffer) buffers.add(bytes.buffer);
  return [...buffers];
}
