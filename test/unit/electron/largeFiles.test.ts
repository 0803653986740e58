// Files past 200 MB on the desktop: a backup with many attachments used to be refused by the save
// handler ('too-large': one IPC message capped at 200 MB, and Chromium's own cap is ~256 MB) after
// minutes of encrypting, and could not be opened again either. Now the Electron host moves them in
// chunks: the real main-process handlers run here, with Electron's dialog and ipcMain mocked, and
// the host talks to them through a bridge that calls the registered handlers as the preload would.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

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

import { IPC_CHANNELS } from '../../../electron/ipc/channels';
import { registerIpcHandlers } from '../../../electron/ipc/register';
import * as streamedFiles from '../../../electron/ipc/streamedFiles';
import { FILE_CHUNK_BYTES, MAX_STREAMED_FILE_BYTES, type CustodianBridge } from '../../../renderer/src/host/bridge';
import { createElectronHost } from '../../../renderer/src/host/electronHost';

const MB = 1024 * 1024;
const trusted = { id: 1 };
const event = { sender: trusted, senderFrame: { url: 'app://custodian/index.html', parent: null } };

/** What preload.cts does: each bridge method invokes its channel; here, the registered handler. */
function bridgeToHandlers(): CustodianBridge {
  const invoke = (channel: string) => (argument?: unknown) => {
    const handler = electron.handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler(event, argument) as never;
  };
  const channels = IPC_CHANNELS as Record<string, string>;
  const methods = ['saveFile', 'beginSave', 'writeChunk', 'finishSave', 'abortSave', 'openFile', 'readChunk', 'closeFile', 'previewPdf', 'printPdf', 'closeDocuments'];
  return {
    ...Object.fromEntries(methods.map((name) => [name, invoke(channels[name]!)])),
    onOsSignal: () => () => undefined,
    onMenuCommand: () => () => undefined,
  } as unknown as CustodianBridge;
}

/** 210 MB without 210 MB of work: one random megabyte repeated, so every chunk differs only by offset. */
function largeFile(megabytes: number): Uint8Array {
  const block = new Uint8Array(MB);
  crypto.getRandomValues(block.subarray(0, 65_536));
  for (let at = 65_536; at < MB; at += 65_536) block.copyWithin(at, 0, 65_536);
  const bytes = new Uint8Array(megabytes * MB);
  for (let at = 0; at < bytes.length; at += MB) bytes.set(block, at);
  bytes[bytes.length - 1] = 0x2a; // the last byte must arrive too
  return bytes;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const filters = [{ name: 'Custodian backup', extensions: ['custodian'] }];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'custodian-large-'));
  electron.documents = dir;
  registerIpcHandlers(() => ({ isDestroyed: () => false, webContents: trusted }) as never);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeEach(() => {
  electron.dialog.showSaveDialog.mockReset();
  electron.dialog.showOpenDialog.mockReset();
});

describe('a backup larger than 200 MB on the desktop', () => {
  it('renderer and main process agree on the chunk size and the largest file', () => {
    expect(streamedFiles.FILE_CHUNK_BYTES).toBe(FILE_CHUNK_BYTES);
    expect(streamedFiles.MAX_STREAMED_FILE_BYTES).toBe(MAX_STREAMED_FILE_BYTES);
  });

  it('is saved in chunks, atomically, read back, and opens again byte for byte', async () => {
    const host = createElectronHost(bridgeToHandlers());
    const bytes = largeFile(210);
    const target = path.join(dir, 'Custodian-backup-2026-03-16.custodian');
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });

    const outcome = await host.saveFile({ suggestedName: 'Custodian-backup-2026-03-16.custodian', filters, bytes, readBack: true });
    expect(outcome).toEqual({ saved: true, fileName: 'Custodian-backup-2026-03-16.custodian', sha256OnDisk: sha256(bytes) });
    expect(statSync(target).size).toBe(bytes.length);
    expect(statSync(target).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);

    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [target] });
    const opened = await host.openFile(filters);
    expect(opened?.name).toBe('Custodian-backup-2026-03-16.custodian');
    expect(opened?.bytes.length).toBe(bytes.length);
    expect(sha256(opened!.bytes)).toBe(sha256(bytes));
  }, 60_000);

  it('sends no chunk larger than one IPC chunk', async () => {
    const bridge = bridgeToHandlers();
    const sizes: number[] = [];
    const writeChunk = bridge.writeChunk;
    bridge.writeChunk = (request) => {
      sizes.push(request.bytes.buffer.byteLength); // the whole buffer: a view would drag it all along
      return writeChunk(request);
    };
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: path.join(dir, 'chunked.custodian') });
    await createElectronHost(bridge).saveFile({ suggestedName: 'chunked.custodian', filters, bytes: largeFile(20) });
    expect(sizes).toEqual([FILE_CHUNK_BYTES, FILE_CHUNK_BYTES, 4 * MB]);
  });
});

describe('the chunked save refuses what does not add up, and leaves no file', () => {
  const begin = async (name: string, size: number) => {
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: path.join(dir, name) });
    const result = (await electron.handlers.get(IPC_CHANNELS.beginSave)!(event, { suggestedName: name, filters, size })) as {
      ok: true;
      value: { started: true; token: string };
    };
    return result.value.token;
  };
  const call = (channel: string, argument: unknown) => electron.handlers.get(channel)!(event, argument);

  it('fewer bytes than announced: finish is refused, the temp file removed, no target created', async () => {
    const token = await begin('short.custodian', 10);
    await call(IPC_CHANNELS.writeChunk, { token, bytes: new Uint8Array(4) });
    expect(await call(IPC_CHANNELS.finishSave, { token })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(existsSync(path.join(dir, 'short.custodian'))).toBe(false);
    expect(readdirSync(dir).filter((name) => name.includes('short.custodian'))).toEqual([]);
  });

  it('more bytes than announced, or a chunk over the chunk size: refused and dropped', async () => {
    const token = await begin('long.custodian', 4);
    expect(await call(IPC_CHANNELS.writeChunk, { token, bytes: new Uint8Array(5) })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await call(IPC_CHANNELS.finishSave, { token })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    const other = await begin('huge-chunk.custodian', FILE_CHUNK_BYTES + 1);
    expect(await call(IPC_CHANNELS.writeChunk, { token: other, bytes: new Uint8Array(FILE_CHUNK_BYTES + 1) })).toMatchObject({ ok: false });
    expect(readdirSync(dir).filter((name) => name.includes('long.custodian') || name.includes('huge-chunk'))).toEqual([]);
  });

  it('an aborted save leaves the earlier file untouched', async () => {
    const host = createElectronHost(bridgeToHandlers());
    const target = path.join(dir, 'kept.custodian');
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const first = largeFile(9);
    await host.saveFile({ suggestedName: 'kept.custodian', filters, bytes: first });
    const token = await begin('kept.custodian', 20);
    await call(IPC_CHANNELS.writeChunk, { token, bytes: new Uint8Array(10) });
    await call(IPC_CHANNELS.abortSave, { token });
    expect(statSync(target).size).toBe(first.length);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('a size past the ceiling is refused before the dialog opens, with a clear message', async () => {
    const result = await call(IPC_CHANNELS.beginSave, { suggestedName: 'x.custodian', filters, size: 3 * 1024 * MB });
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large', message: expect.stringContaining('2 GB') } });
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('a save left unfinished at quit leaves no temp file', async () => {
    const token = await begin('unfinished.custodian', 20);
    await call(IPC_CHANNELS.writeChunk, { token, bytes: new Uint8Array(10) });
    expect(readdirSync(dir).filter((name) => name.includes('unfinished.custodian'))).toHaveLength(1);
    await streamedFiles.abortAllTransfers();
    expect(readdirSync(dir).filter((name) => name.includes('unfinished.custodian'))).toEqual([]);
    expect(await call(IPC_CHANNELS.finishSave, { token })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });

  it('a token that names no transfer is refused', async () => {
    expect(await call(IPC_CHANNELS.writeChunk, { token: '00000000-0000-4000-8000-000000000000', bytes: new Uint8Array(1) })).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
    expect(await call(IPC_CHANNELS.readChunk, { token: '../../etc/passwd', offset: 0 })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });
});
