// The one store test at the production KDF cost, end to end: what the officer's machine runs.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { WrongPassphraseError } from '../../../renderer/src/store';
import { createTestVault, PASSPHRASE } from './testVault';

describe('vault at production Argon2id cost (64 MiB, t=3, p=1)', () => {
  it('unlocks with the passphrase and refuses another', async () => {
    const { gate, session } = await createTestVault();
    session.lock();
    await expect(gate.unlock(`${PASSPHRASE}.`)).rejects.toThrow(WrongPassphraseError);
    const unlocked = await gate.unlock(PASSPHRASE);
    expect(unlocked.unlockTimings.keyMs).toBeGreaterThan(0);
    expect(unlocked.locked).toBe(false);
  }, 60_000);
});
