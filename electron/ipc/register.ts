// One ipcMain.handle per bridge method, each behind the same gate: trusted sender first, then the
// handler (which validates its argument), with every outcome returned as an IpcResult.
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import type { IpcResult } from '../../renderer/src/host/bridge.js';
import { IPC_CHANNELS } from './channels.js';
import { saveFile } from './files.js';
import { closeDocuments, previewPdf, printPdf } from './pdf.js';
import { fail, IpcFailure, ok, toFailure } from './result.js';
import { isTrustedSender } from './sender.js';
import { abortSave, beginSave, closeFile, finishSave, openFile, readChunk, writeChunk } from './streamedFiles.js';

const INTERNAL = new IpcFailure('internal', 'Something went wrong. Try again; if it keeps happening, restart Custodian.');

type Handler<T> = (window: BrowserWindow, argument: unknown) => Promise<T>;

/** Wraps a handler with the sender check and error-to-value conversion. Exported for tests. */
export function guard<T>(
  getMainWindow: () => BrowserWindow | null,
  handler: Handler<T>,
): (event: IpcMainInvokeEvent, argument: unknown) => Promise<IpcResult<T>> {
  return async (event, argument) => {
    const window = getMainWindow();
    if (window === null || window.isDestroyed() || !isTrustedSender(event, window.webContents)) {
      return fail('forbidden', 'This request did not come from Custodian and was refused.');
    }
    try {
      return ok(await handler(window, argument));
    } catch (error) {
      return toFailure(error, INTERNAL);
    }
  };
}

export function registerIpcHandlers(getMainWindow: () => BrowserWindow | null): void {
  ipcMain.handle(IPC_CHANNELS.saveFile, guard(getMainWindow, saveFile));
  ipcMain.handle(IPC_CHANNELS.beginSave, guard(getMainWindow, beginSave));
  ipcMain.handle(IPC_CHANNELS.writeChunk, guard(getMainWindow, (_window, argument) => writeChunk(argument)));
  ipcMain.handle(IPC_CHANNELS.finishSave, guard(getMainWindow, (_window, argument) => finishSave(argument)));
  ipcMain.handle(IPC_CHANNELS.abortSave, guard(getMainWindow, (_window, argument) => abortSave(argument)));
  ipcMain.handle(IPC_CHANNELS.openFile, guard(getMainWindow, openFile));
  ipcMain.handle(IPC_CHANNELS.readChunk, guard(getMainWindow, (_window, argument) => readChunk(argument)));
  ipcMain.handle(IPC_CHANNELS.closeFile, guard(getMainWindow, (_window, argument) => closeFile(argument)));
  ipcMain.handle(IPC_CHANNELS.previewPdf, guard(getMainWindow, (_window, argument) => previewPdf(argument)));
  ipcMain.handle(IPC_CHANNELS.printPdf, guard(getMainWindow, (_window, argument) => printPdf(argument)));
  ipcMain.handle(IPC_CHANNELS.closeDocuments, guard(getMainWindow, () => closeDocuments()));
}
