// The archive's ZIP opened in a Worker when there is one, else in this thread: the same function
// (unzipCore.ts) either way, so the result and every refusal are the same.
import { unzipArchive, type UnzipResult } from './unzipCore';
import { oneJob, startWorker, type WorkerFactory } from './workers';

const startUnzipWorker: WorkerFactory = () =>
  startWorker(() => new Worker(new URL('./unzip.worker.ts', import.meta.url), { type: 'module', name: 'custodian-unzip' }));

/** `plaintext` is copied to the worker, not moved: the caller's bytes stay usable. */
export function unzipOffThread(plaintext: Uint8Array, startWorker: WorkerFactory = startUnzipWorker): Promise<UnzipResult> {
  return oneJob<Uint8Array, UnzipResult>(startWorker, plaintext, () => unzipArchive(plaintext));
}
