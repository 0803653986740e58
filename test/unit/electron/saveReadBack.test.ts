// The save handler reports the SHA-256 of the file as re-read from disk after the atomic rename, so
// the renderer can tell a backup that reached the disk intact from one that did not.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

const mocks = vi.hoisted(() => ({
  dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
  documents: '',
  /** When set, replaces what lands on disk after the real atomic write: a medium that lies. */
  corruptWith: null as Uint8Array | null,
}));
vi.mock('electron', () => ({ dialog: mocks.dialog, app: { getPath: () => mocks.documents } }));
vi.mock('../../../electron/atomicWrite', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../electron/atomicWrite')>();
  return {
    ...original,
    atomicWrite: async (target: string, bytes: Uint8Array) => {
      await original.atomicWrite(target, bytes);
      if (mocks.corruptWith) writeFileSync(target, mocks.corruptWith);
    },
  };
});

import { saveFile } from '../../../electron/ipc/files';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const archive = new TextEncoder().encode('age-encryption.org/v1\n-> scrypt …\n(synthetic archive bytes)');
const request = { suggestedName: 'Custodian-backup-2026-03-16.custodian', filters: [{ name: 'Custodian backup', extensions: ['custodian'] }], bytes: archive };
const window = {} as never;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'custodian-readback-'));
  mocks.documents = dir;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeEach(() => {
  mocks.corruptWith = null;
  mocks.dialog.showSaveDialog.mockReset();
});

describe('saveFile read-back', () => {
  it('returns the SHA-256 of the committed file, equal to the bytes sent when the disk kept them', async () => {
    const target = path.join(dir, 'good.custodian');
    mocks.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const outcome = await saveFile(window, request);
    expect(outcome).toEqual({ saved: true, fileName: 'good.custodian', sha256OnDisk: sha256(archive) });
    expect(sha256(readFileSync(target))).toBe(sha256(archive));
  });

  it('hashes what is on disk, not what was sent: a medium that changed the bytes shows a different hash', async () => {
    const target = path.join(dir, 'lying-usb-key.custodian');
    mocks.corruptWith = archive.slice(0, archive.length - 7);
    mocks.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const outcome = await saveFile(window, request);
    expect(outcome.saved).toBe(true);
    if (!outcome.saved) return;
    expect(outcome.sha256OnDisk).toBe(sha256(mocks.corruptWith));
    expect(outcome.sha256OnDisk).not.toBe(sha256(archive));
  });

  it('reads nothing back and writes nothing when the officer cancels', async () => {
    mocks.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    expect(await saveFile(window, request)).toEqual({ saved: false });
  });
});
