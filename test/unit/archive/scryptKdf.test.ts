// age's scrypt off the main thread: the worker's key, the fallback when a worker cannot start, and a
// failure inside the worker, each against OpenSSL's scrypt (node:crypto) as the independent answer.
import { scryptSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { scryptInThisThread, type ScryptJob, type ScryptReply } from '../../../renderer/src/archive/scryptCore';
import { deriveScrypt } from '../../../renderer/src/archive/scryptKdf';

const job: ScryptJob = { password: 'correct horse battery staple', salt: new TextEncoder().encode('age-encryption.org/v1/scrypt0123456789abcdef'), logN: 12 };
const openssl = new Uint8Array(scryptSync(job.password, job.salt, 32, { N: 2 ** job.logN, r: 8, p: 1 }));

/** Stands in for a browser Worker: the same message shapes, run asynchronously in this thread. */
class FakeWorker {
  onmessage: ((event: MessageEvent<ScryptReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  received: ScryptJob[] = [];
  constructor(private readonly behaviour: 'works' | 'neverStarts' | 'fails') {}

  postMessage(message: ScryptJob): void {
    this.received.push(message);
    setTimeout(() => {
      if (this.behaviour === 'neverStarts') {
        this.onerror?.({ preventDefault: () => undefined } as ErrorEvent);
        return;
      }
      const reply = (data: ScryptReply) => this.onmessage?.({ data } as MessageEvent<ScryptReply>);
      if (this.behaviour === 'fails') reply({ ok: false, message: 'Memory allocation failed' });
      else void scryptInThisThread(message).then((key) => reply({ ok: true, key }));
    });
  }

  terminate(): void {
    this.terminated = true;
  }
}

describe('deriveScrypt', () => {
  it('matches OpenSSL in this thread (no Worker here, as in Node)', async () => {
    expect(await deriveScrypt(job, () => null)).toEqual(openssl);
  });

  it('takes the key from the worker, then terminates it', async () => {
    const worker = new FakeWorker('works');
    expect(await deriveScrypt(job, () => worker as unknown as Worker)).toEqual(openssl);
    expect(worker.received).toHaveLength(1);
    expect(worker.terminated).toBe(true);
  });

  it('falls back to this thread when the worker never starts', async () => {
    const worker = new FakeWorker('neverStarts');
    expect(await deriveScrypt(job, () => worker as unknown as Worker)).toEqual(openssl);
    expect(worker.terminated).toBe(true);
  });

  it('reports a failure inside the worker rather than hiding it behind a second attempt', async () => {
    const worker = new FakeWorker('fails');
    await expect(deriveScrypt(job, () => worker as unknown as Worker)).rejects.toThrow('scrypt failed in its worker: Memory allocation failed');
    expect(worker.terminated).toBe(true);
  });

  it('gives a different key for another passphrase or salt', async () => {
    const other = await deriveScrypt({ ...job, password: 'correct horse battery stapler' }, () => null);
    const salted = await deriveScrypt({ ...job, salt: job.salt.map((b, i) => (i === 0 ? b ^ 1 : b)) }, () => null);
    expect(other).not.toEqual(openssl);
    expect(salted).not.toEqual(openssl);
  });
});
