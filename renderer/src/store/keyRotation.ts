// Replacing the vault's keys from an open session: a new data key (every record re-encrypted, see
// rekey.ts) with a new passphrase and recovery key, or only a new recovery key. Each proves the
// officer with the current passphrase, writes its audit entry in the same transaction as the new
// header, and leaves the recovery kit unconfirmed until the officer confirms the new one is kept.
import type { AuditEvent } from '../domain/audit';
import { wipe } from '../vault/bytes';
import { assertPassphrasePolicy } from '../vault/passphrasePolicy';
import { NO_FAILED_ATTEMPTS } from '../vault/throttle';
import { createVaultKeys, wrapForRecovery } from '../vault/vaultKeys';
import type { StoreAuditTrail } from './auditTrail';
import { WrongPassphraseError } from './errors';
import { checkPassphrase, readHeader } from './passphraseAttempts';
import { resealVault } from './rekey';
import type { SessionDeps } from './session';
import type { UnlockedKey } from './unlockedKey';

export interface KeyRotationContext {
  deps: SessionDeps;
  key: UnlockedKey;
  audit: StoreAuditTrail;
}

/** Audit details of the 'passphraseChanged' entries written here (words in audit.detail.passphraseChanged). */
export const KEY_ROTATION_DETAILS = { rotated: 'keysRotated', recoveryReplaced: 'recoveryKeyReplaced' } as const;

function vaultEvent(now: () => number, fields: string[], detail: string): AuditEvent & { at: string } {
  return { at: new Date(now()).toISOString(), action: 'passphraseChanged', entityKind: 'vault', entityId: null, fields, detail };
}

/** A wrong passphrase was noted in the clear list; the vault is open, so it is chained at once. */
async function chainingFailures<T>(ctx: KeyRotationContext, job: () => Promise<T>): Promise<T> {
  try {
    return await job();
  } catch (error) {
    if (error instanceof WrongPassphraseError && !ctx.key.locked) await ctx.audit.absorbFailedUnlocks();
    throw error;
  }
}

/**
 * Every sealed row re-encrypted under a new random data key, the header replaced by one that wraps
 * only the new key (new passphrase, new recovery key), all in one transaction with its audit
 * entry: a failure anywhere leaves the old key, passphrase and kit working and every row as it
 * was. Returns the new recovery key for its kit.
 */
export function rotateKeys(ctx: KeyRotationContext, current: string, next: string, onProgress?: (fraction: number) => void): Promise<string> {
  const from = ctx.key.require();
  assertPassphrasePolicy(next);
  const { db, now, kdf, queue } = ctx.deps;
  return chainingFailures(ctx, () =>
    queue.run(async () => {
      const { rawDataKey } = await checkPassphrase(db, current, now);
      wipe(rawDataKey); // only the proof was needed: the rows open with the session's key
      const fresh = await createVaultKeys(next, kdf, now());
      return ctx.audit.write(async (commit) => {
        ctx.key.assertCurrent(from);
        const resealed = await resealVault(db, from, fresh.dataKey, onProgress);
        const event = vaultEvent(now, ['dataKey', 'passphrase', 'recoveryKey'], KEY_ROTATION_DETAILS.rotated);
        await commit([event], [db.vault, ...resealed.tables], async () => {
          const { createdAt } = await readHeader(db);
          await resealed.write();
          await db.vault.put({ ...fresh.header, createdAt });
        });
        // Committed: the old key is dropped and any write still holding it is refused.
        ctx.key.replace(from, fresh.dataKey);
        return fresh.recoveryKey;
      }, fresh.dataKey);
    }),
  );
}

/** A new recovery key replaces the old wrapping, so the old kit opens nothing. Returns the new key. */
export function replaceRecoveryKey(ctx: KeyRotationContext, current: string): Promise<string> {
  ctx.key.assertOpen();
  const { db, now, queue } = ctx.deps;
  return chainingFailures(ctx, () =>
    queue.run(() =>
      ctx.audit.write(async (commit) => {
        const { rawDataKey } = await checkPassphrase(db, current, now);
        try {
          const { recoveryWrap, recoveryKey } = await wrapForRecovery(rawDataKey);
          const event = vaultEvent(now, ['recoveryKey'], KEY_ROTATION_DETAILS.recoveryReplaced);
          await commit([event], [db.vault], async () => {
            const header = await readHeader(db);
            await db.vault.put({ ...header, recoveryWrap, attempts: NO_FAILED_ATTEMPTS, kitConfirmed: false });
          });
          return recoveryKey;
        } finally {
          wipe(rawDataKey);
        }
      }),
    ),
  );
}

/** The officer confirmed the current recovery key's kit is kept (or proved it by recovering). */
export async function markKitConfirmed(ctx: Pick<KeyRotationContext, 'deps'>): Promise<void> {
  const { db } = ctx.deps;
  await db.transaction('rw', db.vault, async () => {
    const header = await readHeader(db);
    if (header.kitConfirmed !== false) return;
    await db.vault.put({ ...header, kitConfirmed: true });
  });
}
