// A stand-in for hash-wasm in store tests: the real argon2id at 1 MiB and one pass, and a counter.
// The build machines share two cores with other jobs, where the production cost (64 MiB, t=3) takes
// 1–2 s a run and the store suite would need minutes. The real cost is exercised by
// test/unit/vault/vaultKeys.test.ts and realKdf.test.ts; production code has no way to ask for less.
// Use: vi.mock('hash-wasm', () => import('./cheapArgon2'));
import { vi } from 'vitest';

const actual = await vi.importActual<typeof import('hash-wasm')>('hash-wasm');

export const kdfRuns = { count: 0 };

export const argon2id: typeof actual.argon2id = (options) => {
  kdfRuns.count++;
  return actual.argon2id({ ...options, memorySize: 1024, iterations: 1 });
};
