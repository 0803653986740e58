// The decrypted ZIP opened in a worker (unzipOffThread.ts): a stand-in Worker runs the worker's own
// function with a real structured clone (buffers moved), so the page gets exactly what the in-thread
// path gives, refusals included, and falls back to this thread when the worker cannot help.
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { transferList, unzipArchive, type UnzipResult } from '../../../renderer/src/archive/unzipCore';
import { unzipOffThread } from '../../../renderer/src/archive/unzipOffThread';

class FakeUnzipWorker {
  onmessage: ((event: MessageEvent<UnzipResult>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  jobs = 0;
  constructor(private readonly behaviour: 'works' | 'dies' = 'works') {}

  postMessage(plaintext: Uint8Array): void {
    this.jobs++;
    const received = structuredClone(plaintext);
    setTimeout(() => {
      if (this.behaviour === 'dies') return this.onerror?.({ preventDefault: () => undefined } as ErrorEvent);
      const result = unzipArchive(received);
      const data = structuredClone(result, { transfer: result.ok ? transferList(result.files) : [] });
      this.onmessage?.({ data } as MessageEvent<UnzipResult>);
    });
  }

  terminate(): void {
    this.terminated = true;
  }
}

const text = (s: string) => new TextEncoder().encode(s);
const archiveZip = zipSync({
  'manifest.json': text('{"format":"custodian-archive"}'),
  'tables/people.jsonl': [text('{"id":"p1"}\n'.repeat(500)), { level: 1 }],
  'documents/r1/d1.pdf': [text('%PDF-1.7 synthetic'), { level: 0 }],
});

describe('unzipOffThread', () => {
  it('gives the entries the in-thread path gives, and leaves the caller\'s bytes intact', async () => {
    const worker = new FakeUnzipWorker();
    const before = archiveZip.slice();
    const result = await unzipOffThread(archiveZip, () => worker as unknown as Worker);
    expect(result).toEqual(unzipArchive(archiveZip));
    expect(archiveZip).toEqual(before);
    expect(worker.jobs).toBe(1);
    expect(worker.terminated).toBe(true);
  });

  it('refuses a ZIP without a manifest, and one that is not a ZIP, as the in-thread path does', async () => {
    const noManifest = zipSync({ 'tables/people.jsonl': text('{}\n') });
    expect(await unzipOffThread(noManifest, () => new FakeUnzipWorker() as unknown as Worker)).toEqual({ ok: false, code: 'notAnArchive' });
    expect(await unzipOffThread(text('not a zip at all'), () => new FakeUnzipWorker() as unknown as Worker)).toEqual({ ok: false, code: 'notAnArchive' });
  });

  it('answers in this thread when the worker dies or there is none', async () => {
    const worker = new FakeUnzipWorker('dies');
    expect(await unzipOffThread(archiveZip, () => worker as unknown as Worker)).toEqual(unzipArchive(archiveZip));
    expect(worker.terminated).toBe(true);
    expect(await unzipOffThread(archiveZip, () => null)).toEqual(unzipArchive(archiveZip));
  });
});
