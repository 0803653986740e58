import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => {
  const handlers = new Map<string, (event: unknown, argument: unknown) => Promise<unknown>>();
  const windows: {
    options: Record<string, unknown>;
    loadURL: ReturnType<typeof vi.fn>;
    webContents: { print: ReturnType<typeof vi.fn> };
    listeners: Record<string, () => void>;
    isDestroyed: () => boolean;
  }[] = [];
  class FakeBrowserWindow {
    /** How many of the next windows fail to load their document. */
    static failLoads = 0;
    listeners: Record<string, () => void> = {};
    loadURL = vi.fn(async () => {
      if (FakeBrowserWindow.failLoads > 0) {
        FakeBrowserWindow.failLoads -= 1;
        throw new Error('ERR_FAILED');
      }
    });
    webContents = { print: vi.fn() };
    destroyed = false;
    // Like Electron: destroy() emits 'closed'.
    destroy = vi.fn(() => {
      this.destroyed = true;
      this.listeners.closed?.();
    });
    isDestroyed = () => this.destroyed;
    constructor(readonly options: Record<string, unknown>) {
      windows.push(this);
    }
    on(name: string, listener: () => void) {
      this.listeners[name] = listener;
      return this;
    }
  }
  return {
    handlers,
    windows,
    paths: { temp: '', documents: '' },
    module: {
      ipcMain: { handle: (channel: string, h: (event: unknown, argument: unknown) => Promise<unknown>) => handlers.set(channel, h) },
      dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
      BrowserWindow: FakeBrowserWindow,
      session: {
        fromPartition: () => ({
          setPermissionRequestHandler: vi.fn(),
          setPermissionCheckHandler: vi.fn(),
          setDevicePermissionHandler: vi.fn(),
          setDisplayMediaRequestHandler: vi.fn(),
          webRequest: { onBeforeRequest: vi.fn() },
          on: vi.fn(),
        }),
      },
    },
  };
});
vi.mock('electron', () => ({
  ...electron.module,
  app: { isPackaged: true, getPath: (name: 'temp' | 'documents') => electron.paths[name] },
}));

import { IPC_CHANNELS } from '../../../electron/ipc/channels';
import { readCapped } from '../../../electron/ipc/files';
import { isAllowedPdfRequest } from '../../../electron/ipc/pdf';
import { registerIpcHandlers } from '../../../electron/ipc/register';

const trustedContents = { id: 1 };
const mainWindow = { isDestroyed: () => false, webContents: trustedContents };
const trustedEvent = { sender: trustedContents, senderFrame: { url: 'app://custodian/index.html', parent: null } };
const pdfBytes = new TextEncoder().encode('%PDF-1.7\n%%EOF\n');

let dir: string;
const call = (channel: string, argument: unknown, event: unknown = trustedEvent) => {
  const handler = electron.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler(event, argument);
};

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'custodian-ipc-'));
  electron.paths.temp = dir;
  electron.paths.documents = dir;
  registerIpcHandlers(() => mainWindow as never);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeEach(() => {
  electron.module.dialog.showSaveDialog.mockReset();
  electron.module.dialog.showOpenDialog.mockReset();
});

const validSave = { suggestedName: 'letter.pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }], bytes: pdfBytes };

describe('IPC sender check', () => {
  it.each([
    ['another web contents', { sender: { id: 2 }, senderFrame: { url: 'app://custodian/index.html', parent: null } }],
    ['a foreign page in the main window', { sender: trustedContents, senderFrame: { url: 'https://example.com/', parent: null } }],
    ['a subframe', { sender: trustedContents, senderFrame: { url: 'app://custodian/index.html', parent: {} } }],
    ['a destroyed frame', { sender: trustedContents, senderFrame: null }],
  ])('refuses %s before doing anything', async (_label, event) => {
    for (const channel of Object.values(IPC_CHANNELS).filter((c) => c !== IPC_CHANNELS.osSignal && c !== IPC_CHANNELS.menuCommand)) {
      expect(await call(channel, validSave, event)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(electron.module.dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(electron.module.dialog.showOpenDialog).not.toHaveBeenCalled();
  });
});

describe('saveFile', () => {
  it.each([
    ['no object', null],
    ['a path in the name', { ...validSave, suggestedName: '../../.bashrc' }],
    ['a Windows path in the name', { ...validSave, suggestedName: 'C:\\Users\\x.pdf' }],
    ['an empty name', { ...validSave, suggestedName: '' }],
    ['bytes as a plain array', { ...validSave, bytes: [1, 2, 3] }],
    ['an extension with a dot', { ...validSave, filters: [{ name: 'PDF', extensions: ['.pdf'] }] }],
    ['filters that are not a list', { ...validSave, filters: 'pdf' }],
  ])('refuses %s with invalid-argument and opens no dialog', async (_label, argument) => {
    const result = await call(IPC_CHANNELS.saveFile, argument);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(electron.module.dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('writes the chosen file and returns its name', async () => {
    const target = path.join(dir, 'Chosen name.pdf');
    electron.module.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const sha256OnDisk = createHash('sha256').update(pdfBytes).digest('hex');
    expect(await call(IPC_CHANNELS.saveFile, validSave)).toEqual({ ok: true, value: { saved: true, fileName: 'Chosen name.pdf', sha256OnDisk } });
    expect(readFileSync(target)).toEqual(Buffer.from(pdfBytes));
    expect(electron.module.dialog.showSaveDialog.mock.calls[0]?.[1]).toMatchObject({
      defaultPath: path.join(dir, 'letter.pdf'),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
  });

  it('suggests no folder of this computer for a file meant to leave it (the recovery kit)', async () => {
    electron.module.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: path.join(dir, 'kit.pdf') });
    expect(await call(IPC_CHANNELS.saveFile, { ...validSave, suggestedName: 'kit.pdf', offDevice: true })).toMatchObject({ ok: true });
    expect(electron.module.dialog.showSaveDialog.mock.calls[0]?.[1]).toMatchObject({ defaultPath: 'kit.pdf' });
    expect(await call(IPC_CHANNELS.saveFile, { ...validSave, offDevice: 'yes' })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });

  it('returns saved: false when the officer cancels', async () => {
    electron.module.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    expect(await call(IPC_CHANNELS.saveFile, validSave)).toEqual({ ok: true, value: { saved: false } });
  });

  it('reports write-failed without the path or the person in it', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    electron.module.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: path.join(dir, 'no-such-folder', 'Jane Doe.pdf') });
    const result = await call(IPC_CHANNELS.saveFile, validSave);
    expect(result).toMatchObject({ ok: false, error: { code: 'write-failed' } });
    expect(JSON.stringify(result)).not.toMatch(/Jane|no-such-folder/);
    expect(JSON.stringify(vi.mocked(console.error).mock.calls)).not.toMatch(/Jane|no-such-folder/);
  });
});

describe('openFile', () => {
  it('returns the chosen file as a handle read in chunks, then released', async () => {
    const source = path.join(dir, 'backup.custodian');
    writeFileSync(source, 'backup bytes');
    electron.module.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [source] });
    const result = (await call(IPC_CHANNELS.openFile, { filters: [{ name: 'Backup', extensions: ['custodian'] }] })) as {
      ok: true;
      value: { name: string; size: number; token: string };
    };
    expect(result.ok).toBe(true);
    expect(result.value).toMatchObject({ name: 'backup.custodian', size: 12 });
    const chunk = (await call(IPC_CHANNELS.readChunk, { token: result.value.token, offset: 0 })) as { ok: true; value: Uint8Array };
    expect(new TextDecoder().decode(chunk.value)).toBe('backup bytes');
    expect(await call(IPC_CHANNELS.closeFile, { token: result.value.token })).toEqual({ ok: true, value: undefined });
    expect(await call(IPC_CHANNELS.readChunk, { token: result.value.token, offset: 0 })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });

  it('returns null when the officer cancels', async () => {
    electron.module.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    expect(await call(IPC_CHANNELS.openFile, { filters: [] })).toEqual({ ok: true, value: null });
  });

  it('refuses malformed filters', async () => {
    expect(await call(IPC_CHANNELS.openFile, { filters: [{ name: 'x', extensions: ['../x'] }] })).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
    expect(electron.module.dialog.showOpenDialog).not.toHaveBeenCalled();
  });

  it('refuses files over the size cap with a clear error', async () => {
    const big = path.join(dir, 'big.bin');
    writeFileSync(big, new Uint8Array(2048));
    await expect(readCapped(big, 1024)).rejects.toMatchObject({ code: 'too-large', message: expect.stringContaining('200 MB') });
    await expect(readCapped(dir)).rejects.toMatchObject({ code: 'not-a-file' });
  });
});

describe('previewPdf / printPdf', () => {
  it.each([
    ['bytes that are not a PDF', { title: 'Letter', bytes: new TextEncoder().encode('<script>alert(1)</script>') }],
    ['a title with control characters', { title: 'a\u0000b', bytes: pdfBytes }],
    ['no bytes', { title: 'Letter' }],
  ])('refuses %s', async (_label, argument) => {
    const before = electron.windows.length;
    expect(await call(IPC_CHANNELS.previewPdf, argument)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await call(IPC_CHANNELS.printPdf, argument)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(electron.windows.length).toBe(before);
  });

  it('shows the PDF from a private temp file in a hardened window and deletes it on close', async () => {
    expect(await call(IPC_CHANNELS.previewPdf, { title: 'Access request letter', bytes: pdfBytes })).toEqual({ ok: true, value: undefined });
    const viewer = electron.windows.at(-1);
    if (!viewer) throw new Error('no viewer window');
    expect(viewer.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      plugins: true,
    });
    expect(viewer.options.webPreferences).not.toHaveProperty('preload');
    const url = viewer.loadURL.mock.calls[0]?.[0] as string;
    const file = fileURLToPath(url);
    expect(path.dirname(path.dirname(file))).toBe(dir);
    expect(readFileSync(file)).toEqual(Buffer.from(pdfBytes));
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
    expect(isAllowedPdfRequest(url)).toBe(true);
    expect(isAllowedPdfRequest('file:///etc/passwd')).toBe(false);
    expect(isAllowedPdfRequest('https://example.com/')).toBe(false);

    viewer.listeners.closed?.();
    await vi.waitFor(() => expect(existsSync(path.dirname(file))).toBe(false));
    expect(isAllowedPdfRequest(url)).toBe(false);
  });

  it('Print opens the PDF in the viewer, then the system print dialog once it has loaded; Preview never prints', async () => {
    await call(IPC_CHANNELS.previewPdf, { title: 'Access request letter', bytes: pdfBytes });
    expect(electron.windows.at(-1)?.webContents.print).not.toHaveBeenCalled();

    expect(await call(IPC_CHANNELS.printPdf, { title: 'Refusal letter', bytes: pdfBytes })).toEqual({ ok: true, value: undefined });
    const viewer = electron.windows.at(-1);
    if (!viewer) throw new Error('no viewer window');
    const file = fileURLToPath(viewer.loadURL.mock.calls[0]?.[0] as string);
    expect(readFileSync(file)).toEqual(Buffer.from(pdfBytes));
    expect(viewer.webContents.print).toHaveBeenCalledTimes(1);
    expect(viewer.webContents.print.mock.calls[0]?.[0]).toEqual({ silent: false });
    // The dialog comes after the document is in the window, or it would print a blank page.
    expect(viewer.loadURL.mock.invocationCallOrder[0]).toBeLessThan(viewer.webContents.print.mock.invocationCallOrder[0] ?? 0);
    // A cancelled or failed print dialog is not an error: the viewer with its own print button stays open.
    const done = viewer.webContents.print.mock.calls[0]?.[1] as (success: boolean, reason: string) => void;
    expect(() => done(false, 'cancelled')).not.toThrow();
    expect(viewer.isDestroyed()).toBe(false);
    viewer.listeners.closed?.();
  });

  it('Print reports a clear error, prints nothing and leaves no temp file when the viewer cannot load the PDF', async () => {
    electron.module.BrowserWindow.failLoads = 1;
    expect(await call(IPC_CHANNELS.printPdf, { title: 'Refusal letter', bytes: pdfBytes })).toMatchObject({ ok: false, error: { code: 'preview-failed' } });
    const viewer = electron.windows.at(-1);
    if (!viewer) throw new Error('no viewer window');
    expect(viewer.webContents.print).not.toHaveBeenCalled();
    expect(viewer.isDestroyed()).toBe(true);
    const file = fileURLToPath(viewer.loadURL.mock.calls[0]?.[0] as string);
    expect(existsSync(path.dirname(file))).toBe(false);
  });

  it('on lock, closes every viewer the app opened and deletes their temp files before answering', async () => {
    const before = electron.windows.length;
    await call(IPC_CHANNELS.previewPdf, { title: 'Access request letter', bytes: pdfBytes });
    await call(IPC_CHANNELS.printPdf, { title: 'Refusal letter', bytes: pdfBytes });
    const viewers = electron.windows.slice(before);
    expect(viewers).toHaveLength(2);
    const files = viewers.map((viewer) => fileURLToPath(viewer.loadURL.mock.calls[0]?.[0] as string));
    for (const file of files) expect(existsSync(file)).toBe(true);

    expect(await call(IPC_CHANNELS.closeDocuments, undefined)).toEqual({ ok: true, value: undefined });
    for (const viewer of viewers) expect(viewer.isDestroyed()).toBe(true);
    for (const file of files) expect(existsSync(path.dirname(file))).toBe(false);
    expect(files.map((file) => isAllowedPdfRequest(pathToFileURL(file).href))).toEqual([false, false]);
    // A second lock with nothing open is not an error.
    expect(await call(IPC_CHANNELS.closeDocuments, undefined)).toEqual({ ok: true, value: undefined });
  });
});
