// The IPC contract between the Electron preload and the renderer. Types, and two sizes the main
// process repeats (electron/ipc/streamedFiles.ts; the packaged main process cannot import this
// file's values): electron/preload.cts implements it (checked with `satisfies`), host/electronHost.ts
// consumes it. Errors cross the boundary
// as values, never as thrown Electron errors, so the renderer sees the code and message intact.

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export interface IpcError {
  /** Stable machine code, e.g. 'invalid-argument', 'write-failed'. */
  code: string;
  /** A message for the officer; never holds personal information. */
  message: string;
}

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface SaveFileRequest {
  suggestedName: string;
  filters: FileFilter[];
  bytes: Uint8Array;
  /**
   * The caller records the file as kept only once it is known to be on disk (a backup): a browser
   * then saves through the File System Access API and reads the file back, where it can.
   */
  readBack?: boolean;
  /** The file must not stay on this computer (the recovery kit): the dialog suggests no folder of it. */
  offDevice?: boolean;
}

/**
 * Files larger than this cross IPC in chunks of this size: one structured-clone message of a
 * large backup would exceed Chromium's IPC message cap (about 256 MB) and double its memory.
 */
export const FILE_CHUNK_BYTES = 8 * 1024 * 1024;
/** The largest file Custodian saves or opens; a record book's backup with its attachments stays far below. */
export const MAX_STREAMED_FILE_BYTES = 2 * 1024 * 1024 * 1024;

/** Opens a save in chunks: the dialog, then a temp file beside the target. */
export interface BeginSaveRequest {
  suggestedName: string;
  filters: FileFilter[];
  /** The total the chunks will add up to; the main process refuses more or fewer. */
  size: number;
}

export type BeginSaveOutcome = { started: true; token: string } | { started: false };

export interface SaveChunkRequest {
  token: string;
  bytes: Uint8Array;
}

export interface FileToken {
  token: string;
}

/** A file the officer picked, read in chunks: `readChunk` from offset 0 to `size`, then `closeFile`. */
export interface OpenedFileHandle {
  name: string;
  size: number;
  token: string;
}

export interface ReadChunkRequest {
  token: string;
  offset: number;
}

export type SaveFileOutcome =
  | {
      saved: true;
      fileName: string;
      /**
       * SHA-256 (lower-case hex) of the file as the main process read it back from disk after the
       * atomic rename, so the renderer can prove the bytes on disk are the bytes it sent. Absent where
       * the platform cannot read a saved file back (a browser download).
       */
      sha256OnDisk?: string;
    }
  | { saved: false };

export interface OpenFileRequest {
  filters: FileFilter[];
}

export interface OpenedFile {
  name: string;
  bytes: Uint8Array;
}

export interface PdfDocumentRequest {
  title: string;
  bytes: Uint8Array;
}

/**
 * Signals from the shell that must lock the vault: the OS screen lock, suspend, and the menu's
 * Lock item (Ctrl/Cmd+L), which the main process may intercept before the page sees the key.
 */
export type OsSignal = 'screen-locked' | 'suspend' | 'lock-requested';

/** Application-menu items that open an area of the app (File → Back up…). */
export type MenuCommand = 'backup';

export interface CustodianBridge {
  saveFile(request: SaveFileRequest): Promise<IpcResult<SaveFileOutcome>>;
  /** Large saves: begin (dialog and temp file), chunks in order, finish (atomic rename and read-back) or abort. */
  beginSave(request: BeginSaveRequest): Promise<IpcResult<BeginSaveOutcome>>;
  writeChunk(request: SaveChunkRequest): Promise<IpcResult<void>>;
  finishSave(request: FileToken): Promise<IpcResult<SaveFileOutcome>>;
  abortSave(request: FileToken): Promise<IpcResult<void>>;
  /** The dialog; the file is then read with readChunk and released with closeFile. */
  openFile(request: OpenFileRequest): Promise<IpcResult<OpenedFileHandle | null>>;
  readChunk(request: ReadChunkRequest): Promise<IpcResult<Uint8Array>>;
  closeFile(request: FileToken): Promise<IpcResult<void>>;
  previewPdf(request: PdfDocumentRequest): Promise<IpcResult<void>>;
  printPdf(request: PdfDocumentRequest): Promise<IpcResult<void>>;
  /** The vault locked: close every document window the app opened and delete its temp file. */
  closeDocuments(): Promise<IpcResult<void>>;
  /** Subscribe to OS lock/suspend signals; returns the unsubscribe function. */
  onOsSignal(listener: (signal: OsSignal) => void): () => void;
  /** Subscribe to application-menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
