// Errors the vault and store raise. Messages are for the officer and never hold personal
// information; screens translate by `code` (i18n key `errors.<code>`) and fall back to the message.
// The vault's own errors live in vault/errors.ts (the vault may not import the store).
import { CustodianError } from '../vault/errors';

export { CustodianError, VaultFormatError, WeakPassphraseError, WrongRecoveryKeyError } from '../vault/errors';

export class WrongPassphraseError extends CustodianError {
  readonly code = 'wrongPassphrase';
  constructor(readonly failedAttempts: number) {
    super('The passphrase is not correct. Nothing was changed.');
    this.name = 'WrongPassphraseError';
  }
}

export class TooManyAttemptsError extends CustodianError {
  readonly code = 'tooManyAttempts';
  constructor(readonly retryAfterMs: number) {
    super(`Too many wrong passphrases. Try again in ${Math.ceil(retryAfterMs / 1000)} seconds.`);
    this.name = 'TooManyAttemptsError';
  }
}

export class VaultLockedError extends CustodianError {
  readonly code = 'vaultLocked';
  constructor() {
    super('Custodian is locked. Unlock it to continue.');
    this.name = 'VaultLockedError';
  }
}

/** A sealed value failed to open: altered, moved to another row, or written under another key. */
export class IntegrityError extends CustodianError {
  readonly code = 'integrity';
  constructor(
    readonly table: string,
    readonly recordId: string,
  ) {
    super(`A record in ${table} (id ${recordId}) failed its integrity check: it was altered or moved. It was not opened.`);
    this.name = 'IntegrityError';
  }
}

export class ValidationError extends CustodianError {
  readonly code = 'validation';
  constructor(
    /** Field path → i18n message key, e.g. { familyName: 'validation.required' }. */
    readonly fields: Record<string, string>,
  ) {
    super(`Some fields are not valid: ${Object.keys(fields).join(', ')}. Nothing was saved.`);
    this.name = 'ValidationError';
  }
}

export class NotFoundError extends CustodianError {
  readonly code = 'notFound';
  constructor(kind: string, id: string) {
    super(`No ${kind} with id ${id}.`);
    this.name = 'NotFoundError';
  }
}

/** create() on a database that already holds a vault: refusing protects the existing records. */
export class VaultExistsError extends CustodianError {
  readonly code = 'vaultExists';
  constructor() {
    super('A vault already exists here. Unlock it, or recover it with its recovery key. Nothing was changed.');
    this.name = 'VaultExistsError';
  }
}

/**
 * A snapshot (from a backup archive) that cannot be restored as it is. `reason` names the problem
 * and at most a random record id, never contents. Nothing was changed.
 */
export class SnapshotInvalidError extends CustodianError {
  readonly code = 'snapshotInvalid';
  constructor(readonly reason: string) {
    super(`The backup cannot be restored: ${reason}. Nothing was changed.`);
    this.name = 'SnapshotInvalidError';
  }
}

/** A write sealed under a data key that a rotation replaced meanwhile: refused, nothing was saved. */
export class KeyReplacedError extends CustodianError {
  readonly code = 'keyReplaced';
  constructor() {
    super('The vault was re-encrypted under a new key while this was being saved. Nothing was saved; try again.');
    this.name = 'KeyReplacedError';
  }
}
