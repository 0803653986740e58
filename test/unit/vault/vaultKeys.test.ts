import { describe, expect, it } from 'vitest';

// Production Argon2id cost (64 MiB, t=3): ~0.2 s alone, several seconds on a busy shared machine.
const KDF_TIMEOUT = 60_000;
import { DEFAULT_KDF } from '../../../renderer/src/vault/kdfParams';
import { parseRecoveryKey } from '../../../renderer/src/vault/recoveryKeyText';
import { createVaultKeys, openWithPassphrase, openWithRecoveryKey } from '../../../renderer/src/vault/vaultKeys';

describe('vault keys', { timeout: KDF_TIMEOUT }, () => {
  it('wraps one data key twice: the passphrase and the recovery key open the same bytes', async () => {
    const { header, dataKey, recoveryKey } = await createVaultKeys('correct horse battery staple', DEFAULT_KDF, 1);
    expect(dataKey.extractable).toBe(false);
    expect(header.salt.length).toBe(16);
    const viaPassphrase = await openWithPassphrase(header, 'correct horse battery staple');
    const viaRecovery = await openWithRecoveryKey(header, parseRecoveryKey(recoveryKey));
    expect(viaPassphrase).toHaveLength(32);
    expect(viaRecovery).toEqual(viaPassphrase);
  });

  it('returns null for a wrong passphrase or another vault’s recovery key', async () => {
    const { header } = await createVaultKeys('correct horse battery staple', DEFAULT_KDF, 1);
    const other = await createVaultKeys('correct horse battery staple', DEFAULT_KDF, 1);
    expect(await openWithPassphrase(header, 'correct horse battery stapler')).toBeNull();
    expect(await openWithRecoveryKey(header, parseRecoveryKey(other.recoveryKey))).toBeNull();
  });

  it('will not open the recovery copy with the passphrase copy’s purpose (wrapped keys are not interchangeable)', async () => {
    const { header, recoveryKey } = await createVaultKeys('correct horse battery staple', DEFAULT_KDF, 1);
    const swapped = { ...header, recoveryWrap: header.passphraseWrap };
    expect(await openWithRecoveryKey(swapped, parseRecoveryKey(recoveryKey))).toBeNull();
  });
});
