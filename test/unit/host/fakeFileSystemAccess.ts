// The File System Access API as Chromium behaves: createWritable() writes to a swap file, and only
// close() moves it into place; until then getFile() returns the old content (empty for a new file).
// A test can hold close() back or make it fail, as a browser killed or a disk full would.
import type { SaveFileHandle, ShowSaveFilePicker, WritableFile } from '../../../renderer/src/host/browserSave';

export interface FakeDisk {
  /** Committed files by name: what is really on disk. */
  files: Map<string, Uint8Array>;
  picker: ShowSaveFilePicker;
  /** How close() ends: 'commit' (default), 'hang' (never settles) or 'fail' (rejects). */
  closeBehaviour: 'commit' | 'hang' | 'fail';
  /** The officer cancels the picker. */
  cancel: boolean;
  /** Resolves the next time close() is called (even one that hangs). */
  closing: Promise<void>;
}

export function fakeDisk(): FakeDisk {
  let signalClosing: () => void = () => undefined;
  const disk: FakeDisk = {
    files: new Map(),
    closeBehaviour: 'commit',
    cancel: false,
    closing: new Promise((resolve) => (signalClosing = resolve)),
    picker: async ({ suggestedName }) => {
      if (disk.cancel) throw new DOMException('The user aborted a request.', 'AbortError');
      const handle: SaveFileHandle = {
        name: suggestedName,
        createWritable: async () => {
          const swap: Uint8Array[] = [];
          const writable: WritableFile = {
            write: async (data) => {
              const view = ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : new Uint8Array(data);
              swap.push(view.slice());
            },
            close: () => {
              signalClosing();
              if (disk.closeBehaviour === 'hang') return new Promise<void>(() => undefined);
              if (disk.closeBehaviour === 'fail') return Promise.reject(new DOMException('The disk is full.', 'QuotaExceededError'));
              const size = swap.reduce((total, part) => total + part.length, 0);
              const file = new Uint8Array(size);
              let at = 0;
              for (const part of swap) {
                file.set(part, at);
                at += part.length;
              }
              disk.files.set(suggestedName, file);
              return Promise.resolve();
            },
            abort: async () => {
              swap.length = 0;
            },
          };
          return writable;
        },
        getFile: async () => {
          const bytes = disk.files.get(suggestedName) ?? new Uint8Array();
          return { arrayBuffer: async () => bytes.slice().buffer } as Blob;
        },
      };
      return handle;
    },
  };
  return disk;
}
