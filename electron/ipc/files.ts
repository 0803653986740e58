// Save through the system dialog in one message (letters, exports; large files go through
// streamedFiles.ts). The renderer suggests a name and filters; only the officer, in the native
// dialog, chooses where bytes go.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { app, dialog, type BrowserWindow, type FileFilter as ElectronFileFilter } from 'electron';
import type { SaveFileOutcome } from '../../renderer/src/host/bridge.js';
import { atomicWrite } from '../atomicWrite.js';
import { IpcFailure } from './result.js';
import { MAX_FILE_BYTES, parseSaveFileRequest } from './validate.js';

function writeFailed(cause: unknown): IpcFailure {
  return new IpcFailure(
    'write-failed',
    'The file could not be saved. Check that the folder exists, is not read-only and has free space, then try again.',
    { cause },
  );
}

export function readFailed(cause: unknown): IpcFailure {
  return new IpcFailure(
    'read-failed',
    'The file could not be read. Check that it still exists and that you may open it, then try again.',
    { cause },
  );
}

function readBackFailed(cause: unknown): IpcFailure {
  return new IpcFailure(
    'read-back-failed',
    'The file was saved but could not be read back to check it. Save it again, to another place if this keeps happening.',
    { cause },
  );
}

function toDialogFilters(filters: { name: string; extensions: string[] }[]): ElectronFileFilter[] {
  return filters.map(({ name, extensions }) => ({ name, extensions: [...extensions] }));
}

export async function saveFile(window: BrowserWindow, raw: unknown): Promise<SaveFileOutcome> {
  const request = parseSaveFileRequest(raw);
  const choice = await dialog.showSaveDialog(window, {
    // A kit meant for removable media or paper gets no folder of this computer suggested; the kit
    // step says to keep it off the laptop.
    defaultPath: request.offDevice ? request.suggestedName : path.join(app.getPath('documents'), request.suggestedName),
    filters: toDialogFilters(request.filters),
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (choice.canceled || !choice.filePath) return { saved: false };
  try {
    await atomicWrite(choice.filePath, request.bytes);
  } catch (error) {
    throw writeFailed(error);
  }
  // Read back what the rename committed, not what we meant to write: a full USB key, a flaky
  // network share or a sync client can leave different bytes, and a backup is only as good as the
  // file that is actually there. The renderer compares this hash with its own bytes.
  const written = await readCapped(choice.filePath).catch((error: unknown) => {
    throw readBackFailed(error);
  });
  return { saved: true, fileName: path.basename(choice.filePath), sha256OnDisk: createHash('sha256').update(written).digest('hex') };
}

/**
 * Opens a regular file of at most `limit` bytes for reading. The checks are made on the open handle
 * and the caller reads from that handle, so a file swapped after the check cannot dodge them. The
 * caller closes the handle; on refusal it is already closed.
 */
export async function openCheckedFile(filePath: string, limit: number, tooLarge: () => IpcFailure): Promise<{ handle: fs.FileHandle; size: number }> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(filePath, 'r');
  } catch (error) {
    throw readFailed(error);
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new IpcFailure('not-a-file', 'Choose a file, not a folder or a device.');
    if (stat.size > limit) throw tooLarge();
    return { handle, size: stat.size };
  } catch (error) {
    await handle.close().catch(() => undefined);
    throw error instanceof IpcFailure ? error : readFailed(error);
  }
}

/** Reads a whole file of at most `limit` bytes (MAX_FILE_BYTES by default). */
export async function readCapped(filePath: string, limit = MAX_FILE_BYTES): Promise<Uint8Array> {
  const { handle, size } = await openCheckedFile(
    filePath,
    limit,
    () => new IpcFailure('too-large', 'The file is larger than 200 MB, the most Custodian opens. Choose a smaller file.'),
  );
  try {
    const buffer = Buffer.alloc(size);
    const { bytesRead } = await handle.read(buffer, 0, size, 0);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, bytesRead);
  } catch (error) {
    if (error instanceof IpcFailure) throw error;
    throw readFailed(error);
  } finally {
    await handle.close().catch(() => undefined);
  }
}
