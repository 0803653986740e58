// The Host in a plain browser (browser mode, e2e tests): downloads for saving (the File System
// Access API for a file that must be proven on disk: browserSave.ts), a file input for opening, a
// new tab for preview and a hidden iframe for printing. A browser reports no OS lock or suspend, so
// onOsSignal never fires; the renderer's own idle timer still locks the vault.
import type { FileFilter, OpenedFile, PdfDocumentRequest, SaveFileOutcome, SaveFileRequest } from './bridge';
import { saveFileWithPicker, showSaveFilePickerOf } from './browserSave';
import { HostError, type Host } from './host';

/** Long enough for the browser to start reading the blob; the URL is useless to anyone else. */
const REVOKE_AFTER_MS = 60_000;

/** Blob URLs and print frames holding a document, so a lock can revoke and remove them at once. */
const liveDocumentUrls = new Set<string>();
const liveFrames = new Set<HTMLIFrameElement>();

function pdfUrl(request: PdfDocumentRequest): string {
  const url = URL.createObjectURL(new Blob([request.bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }));
  liveDocumentUrls.add(url);
  return url;
}

function revokeDocumentUrl(url: string): void {
  liveDocumentUrls.delete(url);
  URL.revokeObjectURL(url);
}

/**
 * The vault locked: revoke every document's blob URL and remove the print frames. A preview tab
 * opened with noopener belongs to the browser and cannot be closed from here; its URL no longer
 * loads, so a reload or a new viewer shows nothing.
 */
export function closeBrowserDocuments(): void {
  for (const frame of liveFrames) frame.remove();
  liveFrames.clear();
  for (const url of [...liveDocumentUrls]) revokeDocumentUrl(url);
}

function acceptAttribute(filters: FileFilter[]): string {
  const extensions = filters.flatMap((filter) => filter.extensions).filter((extension) => extension !== '*');
  return [...new Set(extensions)].map((extension) => `.${extension}`).join(',');
}

export function saveFileWithDownload(request: SaveFileRequest, doc: Document = document): SaveFileOutcome {
  const url = URL.createObjectURL(new Blob([request.bytes as Uint8Array<ArrayBuffer>], { type: 'application/octet-stream' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = request.suggestedName;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
  // A browser does not tell us where (or whether) the download landed; the name is what we asked for.
  // Nor can a page read a download back, so there is no sha256OnDisk here: a backup saved this way
  // is recorded as prepared, not verified, and the officer is asked to check the file.
  return { saved: true, fileName: request.suggestedName };
}

export function openFileWithInput(filters: FileFilter[], doc: Document = document): Promise<OpenedFile | null> {
  return new Promise((resolve, reject) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.accept = acceptAttribute(filters);
    input.style.display = 'none';
    const finish = (): void => input.remove();
    input.addEventListener('cancel', () => {
      finish();
      resolve(null);
    });
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      finish();
      if (file === undefined) {
        resolve(null);
        return;
      }
      file.arrayBuffer().then(
        (buffer) => resolve({ name: file.name, bytes: new Uint8Array(buffer) }),
        () => reject(new HostError('read-failed', 'The file could not be read. Check that it still exists, then try again.')),
      );
    });
    doc.body.append(input);
    input.click();
  });
}

export function previewPdfInTab(request: PdfDocumentRequest, win: Window = window): void {
  const url = pdfUrl(request);
  // noopener: the new tab gets no handle back to the page that holds the unlocked vault.
  win.open(url, '_blank', 'noopener');
  setTimeout(() => revokeDocumentUrl(url), REVOKE_AFTER_MS);
}

/** A browser that never loads the PDF (its viewer turned off: it downloads instead) must not leave "Printing…" up. */
export const PRINT_LOAD_TIMEOUT_MS = 20_000;

const PRINT_FAILED_MESSAGE = 'This browser could not open its print dialog for the document. Save the PDF and print it from your PDF reader.';

function removePrintFrame(frame: HTMLIFrameElement, url: string): void {
  frame.remove();
  liveFrames.delete(frame);
  if (liveDocumentUrls.has(url)) revokeDocumentUrl(url);
}

/**
 * Prints from an off-screen iframe. The frame stays until the next print or the lock, never on a
 * timer: Chromium's print preview reads the frame while its dialog is open, and removing the frame
 * under it fails the preview (and has crashed the page).
 */
export function printPdfInFrame(request: PdfDocumentRequest, doc: Document = document, timeoutMs = PRINT_LOAD_TIMEOUT_MS): Promise<void> {
  for (const frame of [...liveFrames]) removePrintFrame(frame, frame.getAttribute('src') ?? '');
  return new Promise((resolve, reject) => {
    const url = pdfUrl(request);
    const frame = doc.createElement('iframe');
    frame.title = request.title;
    // Off-screen rather than display:none: browsers do not load the PDF plugin in undisplayed frames.
    Object.assign(frame.style, { position: 'fixed', width: '1px', height: '1px', left: '-10000px', border: '0' });
    liveFrames.add(frame);
    const fail = (): void => {
      removePrintFrame(frame, url);
      reject(new HostError('print-failed', PRINT_FAILED_MESSAGE));
    };
    const timer = setTimeout(fail, timeoutMs);
    frame.addEventListener(
      'load',
      () => {
        clearTimeout(timer);
        const view = frame.contentWindow;
        if (view === null) {
          fail();
          return;
        }
        try {
          view.focus();
          view.print();
          resolve();
        } catch {
          fail();
        }
      },
      { once: true },
    );
    frame.src = url;
    doc.body.append(frame);
  });
}

export function createBrowserHost(win: Window = window): Host {
  return {
    saveFile: async (request) => {
      // A backup must be proven on disk: through the picker where the browser has one; elsewhere a
      // download, which the caller records as prepared, not verified (no sha256OnDisk).
      const picker = request.readBack ? showSaveFilePickerOf(win) : undefined;
      return picker ? saveFileWithPicker(request, picker) : saveFileWithDownload(request, win.document);
    },
    openFile: (filters) => openFileWithInput(filters),
    previewPdf: async (request) => previewPdfInTab(request),
    printPdf: (request) => printPdfInFrame(request),
    closeDocuments: async () => closeBrowserDocuments(),
    // No OS signals in a browser; visibilitychange is not a lock (switching tabs is not walking away).
    onOsSignal: () => () => undefined,
    onMenuCommand: () => () => undefined,
  };
}
