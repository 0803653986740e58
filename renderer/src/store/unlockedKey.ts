// The data key of an open session, and the one switch that closes it. Every session and
// repository method asks for the key through here, so after lock() all of them throw.
import { KeyReplacedError, VaultLockedError } from './errors';

export class UnlockedKey {
  private key: CryptoKey | null;
  private readonly onLock: (() => void)[] = [];
  /** Keys rotated out: a write sealed under one must not reach the disk, where nothing could open it. */
  private readonly retired = new WeakSet<CryptoKey>();

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

  /**
   * After a rotation committed: `to` replaces `from`, which is retired even if the session locked
   * meanwhile (a write accepted before the lock must not land sealed under it).
   */
  replace(from: CryptoKey, to: CryptoKey): void {
    this.retired.add(from);
    if (this.key === from) this.key = to;
  }

  /** Throws KeyReplacedError if `key` was rotated out; a key merely locked may still finish its write. */
  assertCurrent(key: CryptoKey): void {
    if (this.retired.has(key)) throw new KeyReplacedError();
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
