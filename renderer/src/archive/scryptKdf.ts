// scrypt for age's passphrase stanza (N = 2^18, r = 8: ~0.8 s and 256 MiB). In the app it runs in a
// dedicated Worker, so the window stays responsive and a backup serialises and compresses its ZIP
// on the main thread while the key is derived (age derives the key before it reads any plaintext).
// Where there is no Worker (Node: the command line, the tests) or the Worker cannot start, the same
// hash-wasm function runs in this thread: the result is identical, only the waiting differs.
import { scryptInThisThread, type ScryptJob, type ScryptReply } from './scryptCore';
import { oneJob, startWorker, type WorkerFactory } from './workers';

export type { ScryptJob } from './scryptCore';

const startScryptWorker: WorkerFactory = () =>
  startWorker(() => new Worker(new URL('./scrypt.worker.ts', import.meta.url), { type: 'module', name: 'custodian-scrypt' }));

/** age's scrypt, off the main thread when possible. `startWorker` is for tests. */
export async function deriveScrypt(job: ScryptJob, startWorker: WorkerFactory = startScryptWorker): Promise<Uint8Array> {
  const reply = await oneJob<ScryptJob, ScryptReply>(startWorker, job, async () => ({ ok: true, key: await scryptInThisThread(job) }));
  if (!reply.ok) throw new Error(`scrypt failed in its worker: ${reply.message}`);
  return reply.key;
}
