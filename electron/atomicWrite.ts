// Never a torn file: the target is either the old content or the complete new content, even if the
// process is killed or the disk fills mid-write. New bytes go to a temp file in the same folder (so
// the rename cannot cross file systems), are flushed to disk, and only then renamed over the target.
import { randomBytes } from 'node:crypto';
import { promises as nodeFs } from 'node:fs';
import path from 'node:path';

export interface AtomicFileHandle {
  writeFile(data: Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The few file-system calls atomicWrite makes; tests pass a faulty one to inject failures. */
export interface AtomicWriteFs {
  open(filePath: string, flags: string, mode?: number): Promise<AtomicFileHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(filePath: string): Promise<void>;
}

const realFs: AtomicWriteFs = {
  open: (filePath, flags, mode) => nodeFs.open(filePath, flags, mode),
  rename: (from, to) => nodeFs.rename(from, to),
  unlink: (filePath) => nodeFs.unlink(filePath),
};

/** Temp files start with a dot and carry a random part, so two saves never share one. */
export function tempPathFor(target: string): string {
  const dir = path.dirname(target);
  return path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

/** A write in progress: chunks go to the temp file; `commit` renames it over the target. */
export interface AtomicWriter {
  write(chunk: Uint8Array): Promise<void>;
  /** Flushes, closes and renames; on failure the temp file is removed and the error rethrown. */
  commit(): Promise<void>;
  /** Closes and removes the temp file; the target is untouched. Never throws. */
  abort(): Promise<void>;
}

/**
 * Starts an atomic write of `target` that can take its bytes in chunks (a backup larger than one
 * IPC message). The temp file is created 0600: exports hold personal information and must not
 * become readable by other local users.
 */
export async function beginAtomicWrite(target: string, fs: AtomicWriteFs = realFs): Promise<AtomicWriter> {
  const temp = tempPathFor(target);
  let handle: AtomicFileHandle | null = await fs.open(temp, 'wx', 0o600);
  const abort = async (): Promise<void> => {
    if (handle !== null) await handle.close().catch(() => undefined);
    handle = null;
    await fs.unlink(temp).catch(() => undefined);
  };
  const open = (): AtomicFileHandle => {
    if (handle === null) throw new Error('The write was already committed or aborted.');
    return handle;
  };
  return {
    // FileHandle.writeFile writes from the current position, so successive chunks append.
    write: async (chunk) => {
      try {
        await open().writeFile(chunk);
      } catch (error) {
        await abort();
        throw error;
      }
    },
    commit: async () => {
      try {
        const committing = open();
        await committing.sync();
        await committing.close();
        handle = null;
        // The rename is the commit point and the last step that can change the target.
        await fs.rename(temp, target);
      } catch (error) {
        await abort();
        throw error;
      }
      await syncDirectory(path.dirname(target), fs);
    },
    abort,
  };
}

/**
 * Writes `bytes` to `target` atomically. On failure the temp file is removed, the original is
 * untouched, and the error is rethrown.
 */
export async function atomicWrite(target: string, bytes: Uint8Array, fs: AtomicWriteFs = realFs): Promise<void> {
  const writer = await beginAtomicWrite(target, fs);
  await writer.write(bytes);
  await writer.commit();
}

/**
 * Flushes the directory entry so the rename itself survives a power cut. Not possible on Windows
 * (opening a directory fails with EISDIR/EPERM); the data is already safe, so failure is ignored.
 */
async function syncDirectory(dir: string, fs: AtomicWriteFs): Promise<void> {
  let handle: AtomicFileHandle | null = null;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch {
    // Best effort only; see above.
  } finally {
    if (handle !== null) await handle.close().catch(() => undefined);
  }
}
