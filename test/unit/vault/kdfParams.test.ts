import { describe, expect, it } from 'vitest';
import { VaultFormatError } from '../../../renderer/src/store/errors';
import { DEFAULT_KDF, kdfParamsProblem, resolveKdfParams } from '../../../renderer/src/vault/kdfParams';

const salt16 = new Uint8Array(16);

describe('Argon2id parameter floors', () => {
  it('accepts the defaults: 64 MiB, 3 iterations, 1 lane', () => {
    expect(DEFAULT_KDF).toEqual({ algorithm: 'argon2id', memoryKiB: 65_536, iterations: 3, parallelism: 1 });
    expect(kdfParamsProblem(DEFAULT_KDF, salt16)).toBeNull();
    expect(kdfParamsProblem({ ...DEFAULT_KDF, memoryKiB: 4_194_304, iterations: 20, parallelism: 8 }, new Uint8Array(64))).toBeNull();
  });

  it.each([
    ['memory below 64 MiB', { memoryKiB: 65_535 }],
    ['memory above 4 GiB', { memoryKiB: 4_194_305 }],
    ['fewer than 3 iterations', { iterations: 2 }],
    ['more than 20 iterations', { iterations: 21 }],
    ['no lanes', { parallelism: 0 }],
    ['more than 8 lanes', { parallelism: 9 }],
    ['a fractional cost', { iterations: 3.5 }],
    ['a cost as text', { memoryKiB: '65536' }],
    ['another algorithm', { algorithm: 'argon2i' }],
  ])('refuses %s', (_name, change) => {
    expect(kdfParamsProblem({ ...DEFAULT_KDF, ...change }, salt16)).toMatch(/key-derivation/);
  });

  it('refuses a salt shorter than 16 or longer than 64 bytes, or not bytes', () => {
    expect(kdfParamsProblem(DEFAULT_KDF, new Uint8Array(15))).toMatch(/salt/);
    expect(kdfParamsProblem(DEFAULT_KDF, new Uint8Array(65))).toMatch(/salt/);
    expect(kdfParamsProblem(DEFAULT_KDF, 'salt')).toMatch(/salt/);
  });

  it('will not let a caller ask for less than the floor either', () => {
    expect(() => resolveKdfParams({ memoryKiB: 1024 })).toThrow(VaultFormatError);
    expect(resolveKdfParams({ iterations: 4 })).toEqual({ ...DEFAULT_KDF, iterations: 4 });
  });
});
