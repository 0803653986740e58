// The archive's ZIP opened in a Worker when there is one, else in this thread: the same function
// (unzipCore.ts) either way, so the result and every refusal are the same.
import { unzipArchive, type UnzipResult } from './unzipCore';
import { startWorker, type WorkerFactory } from './workers';

const startUnzipWorker: WorkerFactory = () =>
  startWorker(() => new Worker(new URL('./unzip.worker.ts', import.meta.url), { type: 'module', name: 'custodian-unzip' }));

class WorkerUnavailable extends Error {}

/** `plaintext` is copied to the worker, not moved: the caller's bytes stay usable. */
export async function unzipOffThread(plaintext: Uint8Array, startWorker: WorkerFactory = startUnzipWorker): Promise<UnzipResult> {
  const worker = startWorker();
  if (!worker) return unzipArchive(plaintext);
  try {
    return await new Promise<UnzipResult>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<UnzipResult>) => resolve(event.data);
      worker.onerror = (event) => {
        event.preventDefault();
        reject(new WorkerUnavailable());
      };
      worker.postMessage(plaintext);
    });
  } catch {
    // It never ran, or died (out of memory): this thread gives the answer, or the real error.
    return unzipArchive(plaintext);
  } finally {
    worker.terminate();
  }
}
