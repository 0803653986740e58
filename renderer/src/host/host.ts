// The one port between the renderer and the platform. Two adapters implement it: electronHost.ts
// (preload IPC) and browserHost.ts (downloads, file input, hidden-iframe print). host/index.ts picks
// one; nothing else in the renderer asks which platform it runs on.
import type {
  FileFilter,
  MenuCommand,
  OpenedFile,
  OsSignal,
  PdfDocumentRequest,
  SaveFileOutcome,
  SaveFileRequest,
} from './bridge';

export type { FileFilter, MenuCommand, OpenedFile, OsSignal, PdfDocumentRequest, SaveFileOutcome, SaveFileRequest };

export interface Host {
  /**
   * Save bytes to a file the officer chooses. Resolves { saved: false } if they cancel, and only
   * once the file is written (on desktop, renamed into place and read back: sha256OnDisk).
   */
  saveFile(request: SaveFileRequest): Promise<SaveFileOutcome>;
  /** Let the officer pick one file; null if they cancel. */
  openFile(filters: FileFilter[]): Promise<OpenedFile | null>;
  /** Show a PDF in a viewer the officer can print from. */
  previewPdf(request: PdfDocumentRequest): Promise<void>;
  /** Open the system print dialog for a PDF. */
  printPdf(request: PdfDocumentRequest): Promise<void>;
  /** The vault locked: close the document windows the app opened and delete their temp files. */
  closeDocuments(): Promise<void>;
  /** OS screen lock / suspend; returns the unsubscribe function. */
  onOsSignal(listener: (signal: OsSignal) => void): () => void;
  /** The desktop app's menu (File → Back up…); a browser has none, so it never fires there. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/** A platform operation failed; `code` is stable, `message` is for the officer. */
export class HostError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'HostError';
  }
}
