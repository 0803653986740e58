// The data key of an open session, and the one switch that closes it. Every session and
// repository method asks for the key through here, so after lock() all of them throw.
import { VaultLockedError } from './errors';

export class UnlockedKey {
  private key: CryptoKey | null;
  private readonly onLock: (() => void)[] = [];

  constructor(key: CryptoKey) {
    this.key = key;
  }

  get locked(): boolean {
    return this.key === null;
  }

  /** The data key, or VaultLockedError. */
  require(): CryptoKey {
    if (!this.key) throw new VaultLockedError();
    return this.key;
  }

  /** Throws VaultLockedError if locked; for reads that need no key but must not outlive the lock. */
  assertOpen(): void {
    this.require();
  }

  whenLocked(drop: () => void): void {
    this.onLock.push(drop);
  }

  /** Drops the key reference; a non-extractable CryptoKey has no bytes to wipe from script. */
  lock(): void {
    if (!this.key) return;
    this.key = null;
    for (const drop of this.onLock.splice(0)) drop();
  }
}
