// The IPC contract between the Electron preload and the renderer. Types only: electron/preload.cts
// implements it (checked with `satisfies`), host/electronHost.ts consumes it. Errors cross the boundary
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
  openFile(request: OpenFileRequest): Promise<IpcResult<OpenedFile | null>>;
  previewPdf(request: PdfDocumentRequest): Promise<IpcResult<void>>;
  printPdf(request: PdfDocumentRequest): Promise<IpcResult<void>>;
  /** Subscribe to OS lock/suspend signals; returns the unsubscribe function. */
  onOsSignal(listener: (signal: OsSignal) => void): () => void;
  /** Subscribe to application-menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
