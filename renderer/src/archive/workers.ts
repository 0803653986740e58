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
