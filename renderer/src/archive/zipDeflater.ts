// ZIP entries compressed in a Worker when there is one. On two cores the archive's tables are then
// serialised and hashed on the main thread, deflated in this worker and the key derived in another
// (scryptKdf.ts), all at once. fflate's Zip keeps the entries in order; the CRC and size are still
// taken here (ZipPassThrough.push), the deflated bytes come back as the worker produces them.
// Without a Worker (Node) or if it cannot start, fflate's ZipDeflate does the same in this thread:
// the very same DEFLATE stream, so the archive is byte for byte the same either way.
import { ZipDeflate, ZipPassThrough, type ZipInputFile } from 'fflate';
import type { DeflateJob, DeflateReply } from './deflateCore';
import { startWorker, type WorkerFactory } from './workers';

/** Level 1: the tables deflate to ~17 % at 2.4× the speed of level 6, which saves only ~3 % more. */
export const DEFLATE_LEVEL = 1;
/** Chunks handed to the worker and not yet answered. Bounds the memory held in the queue. */
const IN_FLIGHT = 6;
/** fflate's general-purpose flag for level 1 ("super fast"), as its own ZipDeflate sets it. */
const FAST_FLAG = 3;

export interface EntryDeflater {
  /** A deflated ZIP entry; push source bytes to it, the last push with `final`. */
  entry(name: string): ZipInputFile & { push(chunk: Uint8Array, final?: boolean): void };
  /** Resolves when another chunk may be pushed without piling up work. */
  capacity(): Promise<void>;
  close(): void;
}

const inThisThread: EntryDeflater = {
  entry: (name) => new ZipDeflate(name, { level: DEFLATE_LEVEL }),
  capacity: () => Promise.resolve(),
  close: () => undefined,
};

const startDeflateWorker: WorkerFactory = () =>
  startWorker(() => new Worker(new URL('./deflate.worker.ts', import.meta.url), { type: 'module', name: 'custodian-deflate' }));

function inWorker(worker: Worker): EntryDeflater {
  const entries = new Map<number, WorkerEntry>();
  let inFlight = 0;
  let waiting: (() => void) | null = null;
  let nextId = 0;

  class WorkerEntry extends ZipPassThrough {
    readonly id = nextId++;
    constructor(name: string) {
      super(name);
      this.compression = 8;
      (this as ZipInputFile).flag = FAST_FLAG;
      entries.set(this.id, this);
    }
    protected override process(chunk: Uint8Array<ArrayBuffer>, final: boolean): void {
      inFlight++;
      const job: DeflateJob = { entry: this.id, chunk, final, level: DEFLATE_LEVEL };
      // Copied (a memcpy): the caller keeps the batch to hash the whole entry at its end.
      worker.postMessage(job);
    }
  }

  worker.onmessage = (event: MessageEvent<DeflateReply>) => {
    const reply = event.data;
    if ('ready' in reply) return;
    inFlight--;
    if (waiting && inFlight < IN_FLIGHT) {
      const resume = waiting;
      waiting = null;
      resume();
    }
    const entry = entries.get(reply.entry);
    if (!entry) return;
    if ('error' in reply) {
      entries.delete(reply.entry);
      entry.ondata(new Error(`deflate failed in its worker: ${reply.error}`) as never, null as never, true);
      return;
    }
    if (reply.final) entries.delete(reply.entry);
    if (reply.output.length === 0 && !reply.final) return;
    const last = reply.output.length - 1;
    if (last < 0) entry.ondata(null, new Uint8Array(0), true);
    else reply.output.forEach((data, i) => entry.ondata(null, data as Uint8Array<ArrayBuffer>, reply.final && i === last));
  };

  // A worker that dies mid-archive (out of memory, say) fails the entries still open, not silently.
  worker.onerror = (event) => {
    event.preventDefault();
    for (const [id, entry] of entries) {
      entries.delete(id);
      entry.ondata(new Error('the deflate worker stopped') as never, null as never, true);
    }
    inFlight = 0;
    waiting?.();
    waiting = null;
  };

  return {
    entry: (name) => new WorkerEntry(name),
    capacity: () => (inFlight < IN_FLIGHT ? Promise.resolve() : new Promise<void>((resolve) => (waiting = resolve))),
    close: () => worker.terminate(),
  };
}

/** Waits for the worker's first word; a worker that fails to load errors instead. */
function started(worker: Worker): Promise<boolean> {
  return new Promise((resolve) => {
    worker.onmessage = () => resolve(true);
    worker.onerror = (event) => {
      event.preventDefault();
      resolve(false);
    };
  });
}

/** A deflater for one archive: in a Worker when possible. Close it when the ZIP is done. */
export async function openEntryDeflater(startWorker: WorkerFactory = startDeflateWorker): Promise<EntryDeflater> {
  const worker = startWorker();
  if (!worker) return inThisThread;
  if (!(await started(worker))) {
    worker.terminate();
    return inThisThread;
  }
  return inWorker(worker);
}
