// age's passphrase recipient (https://age-encryption.org/v1, "The scrypt recipient type"), with the
// scrypt from hash-wasm (scryptKdf.ts: in a Worker in the app): measured 0.6 s at the default work
// factor where age-encryption's built-in (pure JS) scrypt takes 1.0 s on the same machine. The
// stanza is byte-for-byte the standard one, so `age -d` opens what this writes and this opens what
// `age -p` writes.
import { chacha20poly1305 } from '@noble/ciphers/chacha';
import { Stanza, type Identity, type Recipient } from 'age-encryption';
import { fromBase64, toBase64, utf8 } from './bytes';
import { deriveScrypt } from './scryptKdf';

/** age's default (2^18): about a second on an ordinary laptop, the reference tool's choice. */
export const DEFAULT_SCRYPT_WORK_FACTOR = 18;
/** 2^20 needs 1 GiB; age-encryption refuses more too. A header asking for more was altered. */
const MAX_SCRYPT_WORK_FACTOR = 20;
const LABEL = 'age-encryption.org/v1/scrypt';
const ZERO_NONCE = new Uint8Array(12);

async function wrappingKey(passphrase: string, salt: Uint8Array, logN: number): Promise<Uint8Array> {
  const labelAndSalt = new Uint8Array(LABEL.length + salt.length);
  labelAndSalt.set(utf8(LABEL));
  labelAndSalt.set(salt, LABEL.length);
  return deriveScrypt({ password: passphrase, salt: labelAndSalt, logN });
}

export class PassphraseRecipient implements Recipient {
  constructor(
    private readonly passphrase: string,
    private readonly logN: number = DEFAULT_SCRYPT_WORK_FACTOR,
  ) {}

  async wrapFileKey(fileKey: Uint8Array): Promise<Stanza[]> {
    const salt = globalThis.crypto.getRandomValues(new Uint8Array(16));
    const key = await wrappingKey(this.passphrase, salt, this.logN);
    return [new Stanza(['scrypt', toBase64(salt, false), String(this.logN)], chacha20poly1305(key, ZERO_NONCE).encrypt(fileKey))];
  }
}

/** Thrown for a scrypt stanza that cannot be what an age writer produced: the header was altered. */
export class MalformedStanzaError extends Error {}

export class PassphraseIdentity implements Identity {
  constructor(private readonly passphrase: string) {}

  async unwrapFileKey(stanzas: Stanza[]): Promise<Uint8Array | null> {
    const stanza = stanzas.find((s) => s.args[0] === 'scrypt');
    if (!stanza) return null;
    // The spec: a scrypt stanza must be alone, or a passphrase file could be silently re-keyed.
    if (stanzas.length !== 1 || stanza.args.length !== 3 || !/^[1-9][0-9]?$/.test(stanza.args[2]!)) throw new MalformedStanzaError();
    const salt = fromBase64(stanza.args[1]!);
    const logN = Number(stanza.args[2]);
    if (!salt || salt.length !== 16 || logN > MAX_SCRYPT_WORK_FACTOR || stanza.body.length !== 32) throw new MalformedStanzaError();
    const key = await wrappingKey(this.passphrase, salt, logN);
    try {
      return chacha20poly1305(key, ZERO_NONCE).decrypt(stanza.body);
    } catch {
      return null; // the wrong passphrase (or an altered salt or body: indistinguishable by design)
    }
  }
}
