// Saving a file that must be proven on disk (a backup) in a browser, through the File System Access
// API. Chromium writes to a swap file and moves it into place only when the writable closes, so a
// browser killed mid-save leaves no file (or the old one), never a half-written backup that looks
// whole. The file is then read back and hashed, as the desktop app does after its atomic rename:
// a download, by contrast, may never land, and the page would not know.
import { sha256Hex } from '../archive/bytes';
import type { FileFilter, SaveFileOutcome, SaveFileRequest } from './bridge';
import { HostError } from './host';

/** The parts of the File System Access API used here (not in TypeScript's DOM library). */
export interface WritableFile {
  write(data: BufferSource): Promise<void>;
  close(): Promise<void>;
  abort(reason?: unknown): Promise<void>;
}

export interface SaveFileHandle {
  readonly name: string;
  createWritable(): Promise<WritableFile>;
  getFile(): Promise<Blob>;
}

export interface SaveFilePickerOptions {
  suggestedName: string;
  types?: { description: string; accept: Record<string, string[]> }[];
}

export type ShowSaveFilePicker = (options: SaveFilePickerOptions) => Promise<SaveFileHandle>;

/** The browser's picker, or undefined where it has none (Firefox, Safari, an insecure origin). */
export function showSaveFilePickerOf(win: Window): ShowSaveFilePicker | undefined {
  const picker = (win as Window & { showSaveFilePicker?: ShowSaveFilePicker }).showSaveFilePicker;
  return typeof picker === 'function' ? picker.bind(win) : undefined;
}

function pickerTypes(filters: FileFilter[]): SaveFilePickerOptions['types'] {
  const types = filters
    .map(({ name, extensions }) => ({ description: name, accept: { 'application/octet-stream': extensions.filter((e) => e !== '*').map((e) => `.${e}`) } }))
    .filter((type) => type.accept['application/octet-stream'].length > 0);
  return types.length > 0 ? types : undefined;
}

function writeFailed(): HostError {
  return new HostError('write-failed', 'The file could not be saved. Check that the folder exists, is not read-only and has free space, then try again.');
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}


/**
 * Saves through the picker and resolves only after close() committed the file and its bytes were
 * read back: sha256OnDisk is the hash of the file as the browser now holds it on disk. Cancelling
 * the picker resolves { saved: false }; a write or a close that fails rejects with a HostError.
 */
export async function saveFileWithPicker(request: SaveFileRequest, picker: ShowSaveFilePicker): Promise<SaveFileOutcome> {
  let handle: SaveFileHandle;
  try {
    const types = pickerTypes(request.filters);
    handle = await picker({ suggestedName: request.suggestedName, ...(types ? { types } : {}) });
  } catch (error) {
    if (isAbort(error)) return { saved: false };
    throw writeFailed();
  }
  let writable: WritableFile | null = null;
  try {
    writable = await handle.createWritable();
    await writable.write(request.bytes as Uint8Array<ArrayBuffer>);
    const closing = writable;
    writable = null; // once close() is called, abort() no longer applies
    await closing.close();
  } catch {
    await writable?.abort().catch(() => undefined);
    throw writeFailed();
  }
  let sha256OnDisk: string;
  try {
    sha256OnDisk = await sha256Hex(new Uint8Array(await (await handle.getFile()).arrayBuffer()));
  } catch {
    throw new HostError('read-back-failed', 'The file was saved but could not be read back to check it. Save it again, to another place if this keeps happening.');
  }
  return { saved: true, fileName: handle.name, sha256OnDisk };
}
