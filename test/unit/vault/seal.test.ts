import { describe, expect, it } from 'vitest';
import { openBytes, sealBytes } from '../../../renderer/src/vault/seal';

async function aesKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

const text = (s: string) => new TextEncoder().encode(s);

describe('sealBytes / openBytes', () => {
  it('round-trips and uses a fresh IV every time', async () => {
    const key = await aesKey();
    const a = await sealBytes(key, 'custodian/v1/people/a', text('same'));
    const b = await sealBytes(key, 'custodian/v1/people/a', text('same'));
    expect(a.slice(0, 12)).not.toEqual(b.slice(0, 12));
    expect(a.length).toBe(12 + 4 + 16);
    expect(new TextDecoder().decode((await openBytes(key, 'custodian/v1/people/a', a))!)).toBe('same');
  });

  it('refuses another AAD, one flipped bit, a truncated value and another key', async () => {
    const key = await aesKey();
    const sealed = await sealBytes(key, 'custodian/v1/people/a', text('value'));
    expect(await openBytes(key, 'custodian/v1/people/b', sealed)).toBeNull();
    const flipped = sealed.slice();
    flipped[20]! ^= 1;
    expect(await openBytes(key, 'custodian/v1/people/a', flipped)).toBeNull();
    expect(await openBytes(key, 'custodian/v1/people/a', sealed.slice(0, 20))).toBeNull();
    expect(await openBytes(await aesKey(), 'custodian/v1/people/a', sealed)).toBeNull();
  });
});
