// The scrypt call itself, shared by the page and the scrypt worker (which must not import
// scryptKdf.ts: that module names the worker, and a worker bundling itself would never end).
import { scrypt } from 'hash-wasm';

export interface ScryptJob {
  password: string;
  salt: Uint8Array;
  logN: number;
}

export type ScryptReply = { ok: true; key: Uint8Array } | { ok: false; message: string };

export function scryptInThisThread(job: ScryptJob): Promise<Uint8Array> {
  return scrypt({ password: job.password, salt: job.salt, costFactor: 2 ** job.logN, blockSize: 8, parallelism: 1, hashLength: 32, outputType: 'binary' });
}
