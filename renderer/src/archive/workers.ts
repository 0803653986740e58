// Starting the archive's Workers. Each caller writes its own `new Worker(new URL('./….worker.ts',
// import.meta.url), …)`: Vite finds and bundles a worker only from that literal expression.

/** The worker, or null where this runtime has none or refuses to start it (then: the page's thread). */
export type WorkerFactory = () => Worker | null;

export function startWorker(create: () => Worker): Worker | null {
  if (typeof Worker === 'undefined') return null; // Node: the command line, the benchmark, the tests
  try {
    return create();
  } catch {
    return null;
  }
}

/**
 * One job in a fresh worker, terminated afterwards. Where no worker starts, or it fails before
 * replying (a blocked script, out of memory), `here` gives the answer in this thread instead: the
 * same code, so the same result or the real error.
 */
export async function oneJob<Job, Reply>(start: WorkerFactory, job: Job, here: () => Promise<Reply> | Reply): Promise<Reply> {
  const worker = start();
  if (!worker) return here();
  let reply: { value: Reply } | null;
  try {
    reply = await new Promise<{ value: Reply } | null>((resolve) => {
      worker.onmessage = (event: MessageEvent<Reply>) => resolve({ value: event.data });
      worker.onerror = (event) => {
        event.preventDefault();
        resolve(null);
      };
      worker.postMessage(job);
    });
  } finally {
    worker.terminate();
  }
  return reply ? reply.value : here();
}
