// A backup builds its ZIP while the key is being derived (in the app, scrypt runs in a Worker):
// here the derivation is held open by the test, and the whole ZIP must be done before it is let go.
// And when the derivation fails, the ZIP stops being built and the failure is what the caller sees.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ScryptJob } from '../../../renderer/src/archive/scryptCore';
import { scryptInThisThread } from '../../../renderer/src/archive/scryptCore';

const held: { job: ScryptJob; release: () => void; fail: (error: Error) => void }[] = [];
vi.mock('../../../renderer/src/archive/scryptKdf', () => ({
  deriveScrypt: (job: ScryptJob) =>
    new Promise<Uint8Array>((resolve, reject) => {
      held.push({ job, release: () => void scryptInThisThread(job).then(resolve, reject), fail: reject });
    }),
}));

const { readArchive, writeArchive } = await import('../../../renderer/src/archive');
const { FAST_SCRYPT, FIXED_NOW, PASSPHRASE, smallSnapshot } = await import('./helpers');
const { syntheticSnapshot } = await import('../../fixtures/accessRequests');

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !condition(); i++) await new Promise((r) => setTimeout(r, 1));
  if (!condition()) throw new Error('condition never held');
}

describe('writeArchive while the key is derived', () => {
  beforeEach(() => void (held.length = 0));

  it('finishes the ZIP before the key is ready, and the archive still opens', async () => {
    const snapshot = await smallSnapshot();
    const progress: [number, number][] = [];
    const writing = writeArchive(snapshot, PASSPHRASE, { appVersion: 't', now: FIXED_NOW, scryptWorkFactor: FAST_SCRYPT, onProgress: (d, t) => progress.push([d, t]) });
    await until(() => held.length === 1);
    await until(() => progress.some(([done, total]) => done === total));
    expect(held).toHaveLength(1); // the key is still being derived
    held[0]!.release();
    const bytes = await writing;
    held.length = 0;
    const reading = readArchive(bytes, PASSPHRASE);
    await until(() => held.length === 1);
    held[0]!.release();
    expect((await reading).snapshot.people).toEqual(snapshot.people);
  });

  it('stops building the ZIP when the key derivation fails, and rejects with that failure', async () => {
    // Large enough to take many batches (each ends with a yield), so stopping early shows.
    const snapshot = await syntheticSnapshot({ people: 30_000, requests: 10, letters: 0, attachments: 0 });
    const progress: [number, number][] = [];
    const writing = writeArchive(snapshot, PASSPHRASE, { appVersion: 't', now: FIXED_NOW, scryptWorkFactor: FAST_SCRYPT, onProgress: (d, t) => progress.push([d, t]) });
    await until(() => held.length === 1);
    held[0]!.fail(new Error('out of memory'));
    await expect(writing).rejects.toThrow('out of memory');
    const atFailure = progress.length;
    await new Promise((r) => setTimeout(r, 500));
    // At most the batch already under way; going on would add a report every ~30 ms.
    expect(progress.length - atFailure).toBeLessThanOrEqual(1);
    expect(progress.every(([done, total]) => done < total)).toBe(true);
  });
});
