// scrypt for age's passphrase stanza (N = 2^18, r = 8: ~0.8 s and 256 MiB). In the app it runs in a
// dedicated Worker, so the window stays responsive and a backup serialises and compresses its ZIP
// on the main thread while the key is derived (age derives the key before it reads any plaintext).
// Where there is no Worker (Node: the command line, the tests) or the Worker cannot start, the same
// hash-wasm function runs in this thread: the result is identical, only the waiting differs.
import { scryptInThisThread, type ScryptJob, type ScryptReply } from './scryptCore';
import { startWorker, type WorkerFactory } from './workers';

export type { ScryptJob } from './scryptCore';

const startScryptWorker: WorkerFactory = () =>
  startWorker(() => new Worker(new URL('./scrypt.worker.ts', import.meta.url), { type: 'module', name: 'custodian-scrypt' }));

class WorkerUnavailable extends Error {}

function inWorker(worker: Worker, job: ScryptJob): Promise<Uint8Array> {
  return new Promise<Uint8Array>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<ScryptReply>) => {
      if (event.data.ok) resolve(event.data.key);
      else reject(new Error(`scrypt failed in its worker: ${event.data.message}`));
    };
    // Only a worker that never ran (blocked script, no module workers) errors this way.
    worker.onerror = (event) => {
      event.preventDefault();
      reject(new WorkerUnavailable());
    };
    worker.postMessage(job);
  });
}

/** age's scrypt, off the main thread when possible. `startWorker` is for tests. */
export async function deriveScrypt(job: ScryptJob, startWorker: WorkerFactory = startScryptWorker): Promise<Uint8Array> {
  const worker = startWorker();
  if (!worker) return scryptInThisThread(job);
  try {
    return await inWorker(worker, job);
  } catch (error) {
    if (error instanceof WorkerUnavailable) return scryptInThisThread(job);
    throw error;
  } finally {
    worker.terminate();
  }
}
