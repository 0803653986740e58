// Saving and opening files too large for one IPC message (a backup with its attachments can pass
// 200 MB; Chromium refuses a message over ~256 MB and each copy costs the whole size in memory).
// Save: the dialog, then chunks appended to a 0600 temp file beside the target, then the atomic
// rename and a read-back hash, as for a small save. Open: the dialog, then chunks read from the one
// handle whose size was checked. Each transfer has a random token; only the main window holds it.
import { createHash, randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import type { BeginSaveOutcome, OpenedFileHandle, SaveFileOutcome } from '../../renderer/src/host/bridge.js';
import { beginAtomicWrite, type AtomicWriter } from '../atomicWrite.js';
import { openCheckedFile, readFailed } from './files.js';
import { IpcFailure } from './result.js';
import { parseFileName, parseFilters } from './validate.js';

// The same values as bridge.ts (FILE_CHUNK_BYTES, MAX_STREAMED_FILE_BYTES), repeated because the
// packaged app ships no renderer source to the main process; largeFiles.test.ts holds them equal.
/** The largest chunk accepted, and the size of each chunk read back. */
export const FILE_CHUNK_BYTES = 8 * 1024 * 1024;
/** The largest file saved or opened in chunks. */
export const MAX_STREAMED_FILE_BYTES = 2 * 1024 * 1024 * 1024;

/** Transfers that may be open at once: a backup and a restore, with room to spare, not a leak of handles. */
const MAX_OPEN_TRANSFERS = 4;

interface PendingSave {
  writer: AtomicWriter;
  target: string;
  size: number;
  written: number;
}

interface PendingOpen {
  handle: fs.FileHandle;
  size: number;
}

const saves = new Map<string, PendingSave>();
const opens = new Map<string, PendingOpen>();

function invalid(field: string, rule: string): IpcFailure {
  return new IpcFailure('invalid-argument', `The request was refused: ${field} ${rule}.`);
}

function tooLarge(): IpcFailure {
  return new IpcFailure('too-large', 'The file is larger than 2 GB, the most Custodian handles.');
}

function record(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalid('request', 'must be an object');
  return value as Record<string, unknown>;
}

function parseSize(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) throw invalid(field, 'must be a whole number of bytes');
  if (value > MAX_STREAMED_FILE_BYTES) throw tooLarge();
  return value;
}

function parseToken(value: unknown): string {
  if (typeof value !== 'string' || !/^[0-9a-f-]{36}$/.test(value)) throw invalid('token', 'must be a transfer token');
  return value;
}

function busy(): IpcFailure {
  return new IpcFailure('busy', 'Custodian is already moving other files. Wait for them to finish, then try again.');
}

function writeFailed(cause: unknown): IpcFailure {
  return new IpcFailure(
    'write-failed',
    'The file could not be saved. Check that the folder exists, is not read-only and has free space, then try again.',
    { cause },
  );
}


/** SHA-256 of a file, read a chunk at a time so a large backup is never held twice in the main process. */
export async function hashFile(filePath: string): Promise<string> {
  const hash = createHash('sha256');
  const handle = await fs.open(filePath, 'r');
  try {
    const buffer = Buffer.alloc(FILE_CHUNK_BYTES);
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      hash.update(buffer.subarray(0, bytesRead));
    }
  } finally {
    await handle.close().catch(() => undefined);
  }
  return hash.digest('hex');
}

export async function beginSave(window: BrowserWindow, raw: unknown): Promise<BeginSaveOutcome> {
  const request = record(raw);
  const suggestedName = parseFileName(request.suggestedName, 'suggestedName');
  const filters = parseFilters(request.filters);
  const size = parseSize(request.size, 'size');
  if (saves.size + opens.size >= MAX_OPEN_TRANSFERS) throw busy();
  const choice = await dialog.showSaveDialog(window, {
    defaultPath: path.join(app.getPath('documents'), suggestedName),
    filters: filters.map(({ name, extensions }) => ({ name, extensions: [...extensions] })),
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (choice.canceled || !choice.filePath) return { started: false };
  const writer = await beginAtomicWrite(choice.filePath).catch((error: unknown) => {
    throw writeFailed(error);
  });
  const token = randomUUID();
  saves.set(token, { writer, target: choice.filePath, size, written: 0 });
  return { started: true, token };
}

function pendingSave(token: string): PendingSave {
  const pending = saves.get(token);
  if (pending === undefined) throw invalid('token', 'names no save in progress');
  return pending;
}

async function dropSave(token: string): Promise<void> {
  const pending = saves.get(token);
  saves.delete(token);
  await pending?.writer.abort();
}

export async function writeChunk(raw: unknown): Promise<void> {
  const request = record(raw);
  const token = parseToken(request.token);
  const pending = pendingSave(token);
  const { bytes } = request;
  if (!(bytes instanceof Uint8Array) || bytes.byteLength > FILE_CHUNK_BYTES) {
    await dropSave(token);
    throw invalid('bytes', `must be bytes, at most ${FILE_CHUNK_BYTES} at a time`);
  }
  if (pending.written + bytes.byteLength > pending.size) {
    await dropSave(token);
    throw invalid('bytes', 'go past the size announced');
  }
  try {
    await pending.writer.write(bytes);
  } catch (error) {
    saves.delete(token); // the writer removed its temp file
    throw writeFailed(error);
  }
  pending.written += bytes.byteLength;
}

export async function finishSave(raw: unknown): Promise<SaveFileOutcome> {
  const token = parseToken(record(raw).token);
  const pending = pendingSave(token);
  saves.delete(token);
  if (pending.written !== pending.size) {
    await pending.writer.abort();
    throw invalid('bytes', 'fall short of the size announced');
  }
  try {
    await pending.writer.commit();
  } catch (error) {
    throw writeFailed(error);
  }
  // Hash what the rename committed, not what was sent: the renderer compares it with its own bytes.
  const sha256OnDisk = await hashFile(pending.target).catch((error: unknown) => {
    throw new IpcFailure('read-back-failed', 'The file was saved but could not be read back to check it. Save it again, to another place if this keeps happening.', {
      cause: error,
    });
  });
  return { saved: true, fileName: path.basename(pending.target), sha256OnDisk };
}

export async function abortSave(raw: unknown): Promise<void> {
  await dropSave(parseToken(record(raw).token));
}

export async function openFile(window: BrowserWindow, raw: unknown): Promise<OpenedFileHandle | null> {
  const filters = parseFilters(record(raw).filters);
  if (saves.size + opens.size >= MAX_OPEN_TRANSFERS) throw busy();
  const choice = await dialog.showOpenDialog(window, {
    properties: ['openFile'],
    filters: filters.map(({ name, extensions }) => ({ name, extensions: [...extensions] })),
  });
  const filePath = choice.filePaths[0];
  if (choice.canceled || filePath === undefined) return null;
  // Every chunk is read from the handle whose size was checked: a swap cannot dodge the limit.
  const { handle, size } = await openCheckedFile(filePath, MAX_STREAMED_FILE_BYTES, tooLarge);
  const token = randomUUID();
  opens.set(token, { handle, size });
  return { name: path.basename(filePath), size, token };
}

export async function readChunk(raw: unknown): Promise<Uint8Array> {
  const request = record(raw);
  const token = parseToken(request.token);
  const pending = opens.get(token);
  if (pending === undefined) throw invalid('token', 'names no open file');
  const { offset } = request;
  if (typeof offset !== 'number' || !Number.isSafeInteger(offset) || offset < 0 || offset > pending.size) {
    throw invalid('offset', 'must lie within the file');
  }
  const length = Math.min(FILE_CHUNK_BYTES, pending.size - offset);
  const buffer = Buffer.alloc(length);
  try {
    const { bytesRead } = await pending.handle.read(buffer, 0, length, offset);
    // Shorter than its size at open: the file changed under us; never hand back a silent truncation.
    if (bytesRead !== length) throw new Error('short read');
  } catch (error) {
    await closeFile({ token });
    throw readFailed(error);
  }
  return new Uint8Array(buffer.buffer, buffer.byteOffset, length);
}

export async function closeFile(raw: unknown): Promise<void> {
  const token = parseToken(record(raw).token);
  const pending = opens.get(token);
  opens.delete(token);
  await pending?.handle.close().catch(() => undefined);
}

/** At quit: a save the renderer never finished leaves no temp file, an open file no handle. */
export async function abortAllTransfers(): Promise<void> {
  const pendingSaves = [...saves.values()];
  const pendingOpens = [...opens.values()];
  saves.clear();
  opens.clear();
  await Promise.all([...pendingSaves.map((save) => save.writer.abort()), ...pendingOpens.map((open) => open.handle.close().catch(() => undefined))]);
}
