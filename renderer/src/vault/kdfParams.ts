// Argon2id parameters. They are stored in the clear vault header, so an attacker who can write the
// disk could lower them to make guessing cheaper; every stored value is checked against these
// floors before the KDF runs (the floors are OWASP's 2023 Argon2id guidance, rounded up).
import { VaultFormatError } from './errors';

export interface KdfParams {
  algorithm: 'argon2id';
  /** Memory cost in KiB (hash-wasm's `memorySize`). */
  memoryKiB: number;
  iterations: number;
  parallelism: number;
}

/** ~0.2 s in Node and Chromium on the build machines (measured, see /work/shared/README.md). */
export const DEFAULT_KDF: KdfParams = { algorithm: 'argon2id', memoryKiB: 65_536, iterations: 3, parallelism: 1 };

export const KDF_LIMITS = {
  memoryKiB: { min: 65_536, max: 4_194_304 }, // 64 MiB … 4 GiB
  iterations: { min: 3, max: 20 },
  parallelism: { min: 1, max: 8 },
  saltBytes: { min: 16, max: 64 },
} as const;

export const SALT_BYTES = 16;

function inRange(value: unknown, range: { min: number; max: number }): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= range.min && value <= range.max;
}

/** What is wrong with these parameters, or null if they are safe to run. Never echoes values. */
export function kdfParamsProblem(params: unknown, salt: unknown): string | null {
  if (typeof params !== 'object' || params === null) return 'the key-derivation parameters are missing';
  const p = params as Record<string, unknown>;
  if (p.algorithm !== 'argon2id') return 'the key-derivation algorithm is not Argon2id';
  if (!inRange(p.memoryKiB, KDF_LIMITS.memoryKiB)) return 'the key-derivation memory is outside 64 MiB to 4 GiB';
  if (!inRange(p.iterations, KDF_LIMITS.iterations)) return 'the key-derivation iterations are outside 3 to 20';
  if (!inRange(p.parallelism, KDF_LIMITS.parallelism)) return 'the key-derivation parallelism is outside 1 to 8';
  if (!(salt instanceof Uint8Array) || !inRange(salt.length, KDF_LIMITS.saltBytes)) {
    return 'the key-derivation salt is not 16 to 64 bytes';
  }
  return null;
}

/** Defaults overlaid with a caller's choice; the result must pass the same checks as a stored header. */
export function resolveKdfParams(override: Partial<KdfParams> = {}): KdfParams {
  const params: KdfParams = { ...DEFAULT_KDF, ...override, algorithm: 'argon2id' };
  const problem = kdfParamsProblem(params, new Uint8Array(SALT_BYTES));
  if (problem) throw new VaultFormatError(problem);
  return params;
}
