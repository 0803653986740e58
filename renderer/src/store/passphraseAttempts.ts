// Reading the vault header and keeping its failed-try counter. The counter is checked before the
// KDF runs: while throttled, a guess costs the attacker nothing but also learns nothing.
import type { Bytes } from '../vault/bytes';
import { NO_FAILED_ATTEMPTS, nextTryAt, retryAfterMs } from '../vault/throttle';
import { assertVaultHeader, VAULT_HEADER_ID, type VaultHeader } from '../vault/vaultHeader';
import { openWithPassphrase } from '../vault/vaultKeys';
import type { CustodianDatabase } from './database';
import { TooManyAttemptsError, VaultFormatError, WrongPassphraseError } from './errors';
import { addFailedUnlock } from './failedUnlocks';

export async function readHeader(db: CustodianDatabase): Promise<VaultHeader> {
  const row = await db.vault.get(VAULT_HEADER_ID);
  if (!row) throw new VaultFormatError('no vault has been created in this database');
  assertVaultHeader(row);
  return row;
}

export function attemptsSummary(header: VaultHeader): { failed: number; nextTryAt: number | null } {
  return { failed: header.attempts.failed, nextTryAt: nextTryAt(header.attempts) };
}

/**
 * Counted in one transaction, so two windows failing at once both count, and noted (time only) for
 * the audit trail in the same write. Returns the new total.
 */
async function recordFailure(db: CustodianDatabase, now: number): Promise<number> {
  return db.transaction('rw', db.vault, db.prefs, async () => {
    const header = await readHeader(db);
    const failed = header.attempts.failed + 1;
    await db.vault.put({ ...header, attempts: { failed, lastFailedAt: now } });
    await addFailedUnlock(db, new Date(now).toISOString(), 'passphrase');
    return failed;
  });
}

/** A wrong recovery key: not throttled (the key has 256 bits), but it is a failed try at the vault. */
export async function recordRecoveryFailure(db: CustodianDatabase, now: number): Promise<void> {
  await db.transaction('rw', db.prefs, () => addFailedUnlock(db, new Date(now).toISOString(), 'recoveryKey'));
}

export async function resetFailures(db: CustodianDatabase): Promise<void> {
  await db.transaction('rw', db.vault, async () => {
    const header = await readHeader(db);
    if (header.attempts.failed === 0 && header.attempts.lastFailedAt === null) return;
    await db.vault.put({ ...header, attempts: NO_FAILED_ATTEMPTS });
  });
}

/**
 * The raw data key (caller wipes it) if `passphrase` is right. Throws TooManyAttemptsError without
 * deriving anything while throttled, WrongPassphraseError (after counting) when wrong. Does not
 * reset the counter: the caller does, in the same write as whatever else success changes.
 */
export async function checkPassphrase(db: CustodianDatabase, passphrase: string, now: () => number): Promise<{ header: VaultHeader; rawDataKey: Bytes }> {
  const header = await readHeader(db);
  const wait = retryAfterMs(header.attempts, now());
  if (wait > 0) throw new TooManyAttemptsError(wait);
  const rawDataKey = await openWithPassphrase(header, passphrase);
  if (!rawDataKey) throw new WrongPassphraseError(await recordFailure(db, now()));
  return { header, rawDataKey };
}
