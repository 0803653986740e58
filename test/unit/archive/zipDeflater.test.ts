// The tables' ZIP entries deflated in a Worker (zipDeflater.ts + deflateCore.ts): a stand-in Worker
// runs the worker's own code asynchronously, so ordering, flow control and failures are exercised as
// in Chromium. The ZIP must be byte for byte what the in-thread ZipDeflate makes.
import { Zip, unzipSync, type ZipInputFile } from 'fflate';
import { describe, expect, it } from 'vitest';
import { deflateJobs, type DeflateJob, type DeflateReply } from '../../../renderer/src/archive/deflateCore';
import { openEntryDeflater, type EntryDeflater } from '../../../renderer/src/archive/zipDeflater';

type Behaviour = 'works' | 'neverStarts' | 'failsOnSecondChunk' | 'diesOnSecondChunk';

class FakeDeflateWorker {
  onmessage: ((event: MessageEvent<DeflateReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  posted = 0;
  maxUnanswered = 0;
  private unanswered = 0;
  private readonly handle = deflateJobs((reply) => setTimeout(() => this.reply(reply), 1));

  constructor(private readonly behaviour: Behaviour = 'works') {
    setTimeout(() => {
      if (behaviour === 'neverStarts') this.onerror?.({ preventDefault: () => undefined } as ErrorEvent);
      else this.onmessage?.({ data: { ready: true } } as MessageEvent<DeflateReply>);
    });
  }

  private reply(reply: DeflateReply): void {
    this.unanswered--;
    this.onmessage?.({ data: reply } as MessageEvent<DeflateReply>);
  }

  postMessage(job: DeflateJob): void {
    this.posted++;
    this.unanswered++;
    this.maxUnanswered = Math.max(this.maxUnanswered, this.unanswered);
    // A structured clone: the worker never sees the page's buffer.
    const copy = { ...job, chunk: job.chunk.slice() };
    if (this.posted === 2 && this.behaviour === 'failsOnSecondChunk') {
      setTimeout(() => this.reply({ entry: job.entry, error: 'invalid level' }), 1);
    } else if (this.posted === 2 && this.behaviour === 'diesOnSecondChunk') {
      setTimeout(() => this.onerror?.({ preventDefault: () => undefined } as ErrorEvent), 1);
    } else {
      setTimeout(() => this.handle(copy), 1);
    }
  }

  terminate(): void {
    this.terminated = true;
  }
}

const lines = (n: number, seed: number) => new TextEncoder().encode(Array.from({ length: n }, (_, i) => JSON.stringify({ id: `rec-${seed}-${i}`, note: 'synthetic '.repeat(i % 7) })).join('\n') + '\n');

/** Two deflated entries and a stored one between them, pushed in batches as writeArchive does. */
async function buildZip(deflater: EntryDeflater): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  const done = new Promise<void>((resolve, reject) => {
    const zip = new Zip((error, chunk, final) => {
      if (error) reject(error);
      else parts.push(chunk);
      if (final) resolve();
    });
    void (async () => {
      const add = async (name: string, batches: Uint8Array[]) => {
        const file = deflater.entry(name);
        file.mtime = new Date('2026-03-14T15:09:26Z');
        zip.add(file);
        for (const [i, batch] of batches.entries()) {
          await deflater.capacity();
          file.push(batch, i === batches.length - 1);
        }
      };
      await add('tables/people.jsonl', [lines(300, 1), lines(300, 2), lines(300, 3), lines(10, 4)]);
      const { ZipPassThrough } = await import('fflate');
      const stored: ZipInputFile & { push(c: Uint8Array, f?: boolean): void } = new ZipPassThrough('documents/a.pdf');
      // Pinned like the deflated entries: left to the clock, the two ZIPs differed whenever they were
      // built on either side of a two-second DOS-time boundary (a flaky failure seen in a full run).
      stored.mtime = new Date('2026-03-14T15:09:26Z');
      zip.add(stored);
      stored.push(new TextEncoder().encode('%PDF-1.7 synthetic'), true);
      await add('tables/audit.jsonl', Array.from({ length: 12 }, (_, i) => lines(50, 10 + i)));
      zip.end();
    })().catch(reject);
  });
  await done;
  const joined = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) joined.set(part, (offset += part.length) - part.length);
  return joined;
}

describe('ZIP entries deflated in a worker', () => {
  it('makes the same ZIP, byte for byte, as deflating in this thread', async () => {
    const worker = new FakeDeflateWorker();
    const inWorker = await buildZip(await openEntryDeflater(() => worker as unknown as Worker));
    const inThread = await buildZip(await openEntryDeflater(() => null));
    expect(inWorker).toEqual(inThread);
    const files = unzipSync(inWorker);
    expect(Object.keys(files)).toEqual(['tables/people.jsonl', 'documents/a.pdf', 'tables/audit.jsonl']);
    expect(new TextDecoder().decode(files['tables/people.jsonl']).split('\n')).toHaveLength(911);
    expect(worker.posted).toBe(16);
  });

  it('never has more than six chunks waiting in the worker', async () => {
    const worker = new FakeDeflateWorker();
    await buildZip(await openEntryDeflater(() => worker as unknown as Worker));
    expect(worker.maxUnanswered).toBeGreaterThan(1); // the worker really ran behind the page
    expect(worker.maxUnanswered).toBeLessThanOrEqual(6);
  });

  it('deflates in this thread when the worker cannot start', async () => {
    const worker = new FakeDeflateWorker('neverStarts');
    const zip = await buildZip(await openEntryDeflater(() => worker as unknown as Worker));
    expect(worker.terminated).toBe(true);
    expect(worker.posted).toBe(0);
    expect(zip).toEqual(await buildZip(await openEntryDeflater(() => null)));
  });

  it('fails the ZIP with the worker\'s reason when it cannot deflate a chunk', async () => {
    const deflater = await openEntryDeflater(() => new FakeDeflateWorker('failsOnSecondChunk') as unknown as Worker);
    await expect(buildZip(deflater)).rejects.toThrow('deflate failed in its worker: invalid level');
  });

  it('fails the ZIP, rather than waiting forever, when the worker dies', async () => {
    const deflater = await openEntryDeflater(() => new FakeDeflateWorker('diesOnSecondChunk') as unknown as Worker);
    await expect(buildZip(deflater)).rejects.toThrow('the deflate worker stopped');
  });
});
