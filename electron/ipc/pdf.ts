// PDF preview and print. Choice: Chromium's own PDF viewer in a separate hardened window, not
// shell.openPath. openPath hands the letter to whatever app the OS maps to .pdf (possibly a cloud
// reader that uploads or lists it in "recent files") and we could never delete the temp copy while
// it is open. In our window the file lives 0600 in a private temp folder, is removed when the
// window closes, and the window's own session can load nothing but that one file and the viewer.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, session, type Session } from 'electron';
import type { PdfDocumentRequest } from '../../renderer/src/host/bridge.js';
import { hardenSession } from '../security.js';
import { IpcFailure } from './result.js';
import { parsePdfDocumentRequest } from './validate.js';

/** In-memory partition: the viewer shares no storage with the vault's origin. */
export const PDF_PARTITION = 'custodian-pdf';
export const TEMP_PREFIX = 'custodian-';
/** Generic on purpose: the name shows in print queues, which others may see. */
const PDF_FILE_NAME = 'custodian-document.pdf';

const openDocuments = new Set<string>();
/** Every viewer window still open, with the private folder holding its file. */
const openViewers = new Map<BrowserWindow, string>();

function tempRoot(): string {
  try {
    return app.getPath('temp');
  } catch {
    return os.tmpdir();
  }
}

/** The viewer loads from chrome-extension:// and chrome://; file: only for a document we wrote. */
export function isAllowedPdfRequest(url: string): boolean {
  if (url.startsWith('file:')) return openDocuments.has(url);
  return /^(chrome|chrome-extension|chrome-untrusted|devtools|blob|data):/.test(url);
}

let pdfSessionReady: Session | null = null;

function pdfSession(): Session {
  if (pdfSessionReady === null) {
    pdfSessionReady = session.fromPartition(PDF_PARTITION);
    hardenSession(pdfSessionReady, isAllowedPdfRequest);
  }
  return pdfSessionReady;
}

/** Writes the PDF 0600 inside a fresh 0700 folder; returns the file path. */
export async function writeTempPdf(bytes: Uint8Array, root = tempRoot()): Promise<string> {
  const dir = await fs.mkdtemp(path.join(root, TEMP_PREFIX));
  await fs.chmod(dir, 0o700);
  const file = path.join(dir, PDF_FILE_NAME);
  await fs.writeFile(file, bytes, { mode: 0o600, flag: 'wx' });
  return file;
}

/** Removes temp folders left by a crash. The single-instance lock means none is in use. */
export async function sweepTempPdfs(root = tempRoot()): Promise<void> {
  const entries = await fs.readdir(root, { withFileTypes: true }).catch(() => []);
  await Promise.all(
    entries
      .filter((entry) => entry.isDirectory() && entry.name.startsWith(TEMP_PREFIX))
      .map((entry) => fs.rm(path.join(root, entry.name), { recursive: true, force: true }).catch(() => undefined)),
  );
}

async function openViewer(request: PdfDocumentRequest, print: boolean): Promise<void> {
  let file: string;
  try {
    file = await writeTempPdf(request.bytes);
  } catch (error) {
    throw new IpcFailure('preview-failed', 'The document could not be prepared for viewing. Check free disk space and try again.', { cause: error });
  }
  const url = pathToFileURL(file).href;
  openDocuments.add(url);
  const viewer = new BrowserWindow({
    width: 900,
    height: 1100,
    title: request.title || 'Custodian',
    autoHideMenuBar: true,
    // Same hardening as the main window, no preload (the viewer gets no bridge), plus the PDF plugin.
    webPreferences: {
      session: pdfSession(),
      plugins: true,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
    },
  });
  // The viewer would retitle the window with the file name; keep the officer's title.
  viewer.on('page-title-updated', (event) => event.preventDefault());
  openViewers.set(viewer, path.dirname(file));
  viewer.on('closed', () => {
    openDocuments.delete(url);
    openViewers.delete(viewer);
    void fs.rm(path.dirname(file), { recursive: true, force: true }).catch(() => undefined);
  });
  try {
    await viewer.loadURL(url);
  } catch (error) {
    viewer.destroy();
    openViewers.delete(viewer);
    openDocuments.delete(url);
    await fs.rm(path.dirname(file), { recursive: true, force: true }).catch(() => undefined);
    throw new IpcFailure('preview-failed', 'The document could not be shown. Try again, or save it and open it yourself.', { cause: error });
  }
  // Electron >= 32 prints the PDF plugin's frame (electron#43309). If the dialog still fails, the
  // viewer's own print button remains, so failure here is not an error for the officer.
  if (print) viewer.webContents.print({ silent: false }, () => undefined);
}

export async function previewPdf(raw: unknown): Promise<void> {
  await openViewer(parsePdfDocumentRequest(raw), false);
}

export async function printPdf(raw: unknown): Promise<void> {
  await openViewer(parsePdfDocumentRequest(raw), true);
}

/**
 * The vault locked: a letter left open in a viewer would show the person's name and request to
 * whoever sits down next, and its temp file would outlive the lock. Close every viewer, and delete
 * the files before answering, so the lock is complete when the renderer hears back.
 */
export async function closeDocuments(): Promise<void> {
  const viewers = [...openViewers];
  openViewers.clear();
  openDocuments.clear();
  for (const [viewer] of viewers) {
    if (!viewer.isDestroyed()) viewer.destroy();
  }
  await Promise.all(viewers.map(([, dir]) => fs.rm(dir, { recursive: true, force: true }).catch(() => undefined)));
}
