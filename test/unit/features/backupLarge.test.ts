// A record book whose attachments add up to more than 200 MB backs up and restores, on the desktop
// (the real main-process handlers, Electron mocked, chunked IPC) and in a browser (the File System
// Access API, faked as Chromium behaves). Before, the desktop save handler refused any file over
// 200 MB after the whole archive had been encrypted and checked, and the file could not be opened.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  handlers: new Map<string, (event: unknown, argument: unknown) => Promise<unknown>>(),
  dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
  documents: '',
}));
vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, handler: (event: unknown, argument: unknown) => Promise<unknown>) => electron.handlers.set(channel, handler) },
  dialog: electron.dialog,
  app: { isPackaged: true, getPath: () => electron.documents },
  BrowserWindow: class {},
  session: {},
}));
// The real archive code with scrypt at 2^10 instead of 2^18; the format and every check unchanged.
vi.mock('../../../renderer/src/archive', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../renderer/src/archive')>();
  return {
    ...actual,
    writeArchive: (snapshot: Parameters<typeof actual.writeArchive>[0], passphrase: string, options: Parameters<typeof actual.writeArchive>[2]) =>
      actual.writeArchive(snapshot, passphrase, { ...options, scryptWorkFactor: 10 }),
  };
});

import { IPC_CHANNELS } from '../../../electron/ipc/channels';
import { registerIpcHandlers } from '../../../electron/ipc/register';
import { readArchive } from '../../../renderer/src/archive';
import { makeBackup } from '../../../renderer/src/features/backup/makeBackup';
import type { CustodianBridge } from '../../../renderer/src/host/bridge';
import { createBrowserHost } from '../../../renderer/src/host/browserHost';
import { createElectronHost } from '../../../renderer/src/host/electronHost';
import type { Host } from '../../../renderer/src/host/host';
import { ARCHIVE_PASSPHRASE, person, sessionWithPeople } from '../app/backupFakes';
import { sampleRequest, type FakeSession } from '../app/fakes';
import { fakeDisk } from '../host/fakeFileSystemAccess';

const MB = 1024 * 1024;
const ATTACHMENTS = 9;
const ATTACHMENT_BYTES = 24 * MB; // 9 × 24 MB = 216 MB, each under the per-attachment limit
const trusted = { id: 1 };
const event = { sender: trusted, senderFrame: { url: 'app://custodian/index.html', parent: null } };
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Scanned pages do not compress: random bytes, generated once and shared by every attachment. */
function incompressible(size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  for (let at = 0; at < size; at += 65_536) crypto.getRandomValues(bytes.subarray(at, Math.min(size, at + 65_536)));
  return bytes;
}

function electronHost(): Host {
  const invoke = (channel: string) => (argument?: unknown) => electron.handlers.get(channel)!(event, argument) as never;
  const channels = IPC_CHANNELS as Record<string, string>;
  const methods = ['saveFile', 'beginSave', 'writeChunk', 'finishSave', 'abortSave', 'openFile', 'readChunk', 'closeFile', 'previewPdf', 'printPdf', 'closeDocuments'];
  const bridge = { ...Object.fromEntries(methods.map((name) => [name, invoke(channels[name]!)])), onOsSignal: () => () => undefined, onMenuCommand: () => () => undefined };
  return createElectronHost(bridge as unknown as CustodianBridge);
}

let dir: string;
let session: FakeSession;
/** The desktop test's archive, reused by the browser test: the archive is the same on both, only the host differs. */
let archive: Uint8Array | null = null;
let requestId: string;
const scan = incompressible(ATTACHMENT_BYTES);

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'custodian-large-backup-'));
  electron.documents = dir;
  registerIpcHandlers(() => ({ isDestroyed: () => false, webContents: trusted }) as never);
  const opened = await sessionWithPeople([person('Aiko', 'Tanaka')]);
  session = opened.session;
  const [aiko] = session.people.list();
  requestId = (await session.accessRequests.create(sampleRequest(aiko!.id))).id;
  for (let i = 0; i < ATTACHMENTS; i += 1) {
    await session.accessRequests.addAttachment(requestId, { name: `scan-${i + 1}.pdf`, mediaType: 'application/pdf', bytes: scan });
  }
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Restores the archive into the session and checks every attachment came back whole. */
async function restoresEveryAttachment(archive: Uint8Array): Promise<void> {
  const { snapshot } = await readArchive(archive, ARCHIVE_PASSPHRASE);
  const attachments = snapshot.documents.filter((document) => document.kind === 'attachment');
  expect(attachments).toHaveLength(ATTACHMENTS);
  await session.restoreSnapshot(snapshot);
  const request = session.accessRequests.get(requestId);
  expect(request?.attachments).toHaveLength(ATTACHMENTS);
  const expected = sha256(scan);
  for (const attachment of request!.attachments) {
    const { bytes } = await session.accessRequests.readAttachment(requestId, attachment.id);
    expect(sha256(bytes)).toBe(expected);
  }
}

const backUp = (host: Host) => makeBackup({ session, host, passphrase: ARCHIVE_PASSPHRASE, appVersion: '0.1.0', fileTypeName: 'Custodian backup' });

describe('a backup whose attachments add up to more than 200 MB', () => {
  it('on the desktop: saved in chunks, verified on disk, opened and restored', async () => {
    const host = electronHost();
    const target = path.join(dir, 'Custodian-backup-2026-03-16.custodian');
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const outcome = await backUp(host);
    expect(outcome).toMatchObject({ saved: true, checkedOnDisk: true });
    expect(statSync(target).size).toBeGreaterThan(200 * MB);
    expect(session.audit.list({ action: 'backup' })[0]?.detail).toBe('verified');

    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [target] });
    const opened = await host.openFile([{ name: 'Custodian backup', extensions: ['custodian'] }]);
    archive = opened!.bytes;
    await restoresEveryAttachment(archive);
  }, 300_000);

  it('in a browser: saved through the File System Access API, read back, restored', async () => {
    // makeBackup itself is the same code on both platforms (the test above); this is the browser's host.
    if (archive === null) throw new Error('the desktop test made no archive');
    const disk = fakeDisk();
    const outcome = await createBrowserHost({ showSaveFilePicker: disk.picker } as unknown as Window).saveFile({
      suggestedName: 'Custodian-backup-2026-03-16.custodian',
      filters: [{ name: 'Custodian backup', extensions: ['custodian'] }],
      bytes: archive,
      readBack: true,
    });
    expect(outcome).toEqual({ saved: true, fileName: 'Custodian-backup-2026-03-16.custodian', sha256OnDisk: sha256(archive) });
    const file = disk.files.get('Custodian-backup-2026-03-16.custodian')!;
    expect(file.length).toBeGreaterThan(200 * MB);
    await restoresEveryAttachment(file);
  }, 300_000);
});
