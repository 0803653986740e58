// Errors the vault raises. The vault sits below the store, so they live here and store/errors.ts
// re-exports them. Messages are for the officer and never hold personal information; screens
// translate by `code` (i18n key `errors.<code>`) and fall back to the message.

export abstract class CustodianError extends Error {
  abstract readonly code: string;
}

export class WrongRecoveryKeyError extends CustodianError {
  readonly code = 'wrongRecoveryKey';
  constructor() {
    super('The recovery key is not correct. Check each group of characters against your recovery kit.');
    this.name = 'WrongRecoveryKeyError';
  }
}

export class VaultFormatError extends CustodianError {
  readonly code = 'vaultFormat';
  constructor(detail: string) {
    super(`The vault header is not usable: ${detail}. Nothing was changed.`);
    this.name = 'VaultFormatError';
  }
}

/** A new passphrase shorter than the policy allows (checked by the vault, not only the form). */
export class WeakPassphraseError extends CustodianError {
  readonly code = 'weakPassphrase';
  constructor(readonly minLength: number) {
    super(`The passphrase must be at least ${minLength} characters long. Nothing was changed.`);
    this.name = 'WeakPassphraseError';
  }
}
