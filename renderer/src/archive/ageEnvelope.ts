// The outer layer: a standard age file (passphrase recipient). Encryption is age-encryption's own
// streaming Encrypter. Decryption takes the header through age-encryption (stanza parsing, HMAC) and
// then opens the payload chunk by chunk itself, because a refusal must say *why*: age's payload is a
// 16-byte nonce and then 64 KiB ChaCha20-Poly1305 chunks (65,552 bytes sealed), the last one
// flagged in its nonce, so
//   - a chunk that fails as "not last" but opens as "last" means the file went on after its end
//     (extra bytes);
//   - a full final piece that opens only as "not last" means the real last chunk is gone (truncated);
//   - otherwise the plaintext is a ZIP, whose end-of-central-directory record says where it ends: the
//     unauthenticated keystream is used only to *find* that place, and a verdict of extra bytes is
//     given only if the shorter piece then authenticates. Nothing unauthenticated is ever returned.
import { Decrypter, Encrypter } from 'age-encryption';
import { chacha20, chacha20poly1305 } from '@noble/ciphers/chacha';
import { ArchiveError } from './errors';
import { PassphraseIdentity, PassphraseRecipient, MalformedStanzaError } from './ageScrypt';
import { concat, utf8, yieldToEventLoop, type Bytes } from './bytes';

const CHUNK = 64 * 1024;
const TAG = 16;
const SEALED_CHUNK = CHUNK + TAG;
const NONCE = 16;
const MAGIC = utf8('age-encryption.org/');
/** Far above any real passphrase header (~130 bytes); a file with no MAC line by then is not intact. */
const MAX_HEADER = 64 * 1024;
const EOCD_SIGNATURE = 0x06054b50;
const EOCD_SIZE = 22;

export async function encryptAge(plaintext: ReadableStream<Uint8Array>, passphrase: string, scryptWorkFactor?: number): Promise<Bytes> {
  const encrypter = new Encrypter();
  encrypter.addRecipient(new PassphraseRecipient(passphrase, scryptWorkFactor));
  const sealed = await encrypter.encrypt(plaintext as ReadableStream<Uint8Array<ArrayBuffer>>);
  const parts: Uint8Array[] = [];
  const reader = sealed.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
  }
  return concat(parts);
}

function startsWith(bytes: Uint8Array, prefix: Uint8Array): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix[i]) return false;
  return true;
}

/** The header runs to the end of the "--- <MAC>" line. Stanza lines never start with "---". */
function headerLength(file: Uint8Array): number {
  const limit = Math.min(file.length, MAX_HEADER);
  let lineStart = 0;
  for (let i = 0; i < limit; i++) {
    const byte = file[i]!;
    if (byte === 0x0a) {
      if (file[lineStart] === 0x2d && file[lineStart + 1] === 0x2d && file[lineStart + 2] === 0x2d) return i + 1;
      lineStart = i + 1;
    } else if (byte < 0x20 || byte > 0x7e) {
      // Binary before the MAC line: the header was altered (a real header is printable ASCII).
      throw new ArchiveError('damaged');
    }
  }
  // Printable all the way to the end of the file: it was cut inside the header.
  throw new ArchiveError(file.length < MAX_HEADER ? 'truncated' : 'damaged');
}

function chunkNonce(counter: number, last: boolean): Uint8Array {
  const nonce = new Uint8Array(12);
  // 11-byte big-endian counter; 2^53 chunks is far beyond any file.
  let n = counter;
  for (let i = 10; i >= 0 && n > 0; i--) {
    nonce[i] = n % 256;
    n = Math.floor(n / 256);
  }
  nonce[11] = last ? 1 : 0;
  return nonce;
}

function open(key: Uint8Array, counter: number, last: boolean, sealed: Uint8Array): Uint8Array | null {
  try {
    return chacha20poly1305(key, chunkNonce(counter, last)).decrypt(sealed);
  } catch {
    return null;
  }
}

type Verdict = 'extraBytes' | 'truncated' | 'damaged';

/**
 * A chunk failed to authenticate. Find where the ZIP inside would end, from the (unauthenticated)
 * keystream, and judge by that: ending inside this piece and authenticating there is extra bytes;
 * ending exactly at the piece's end is a changed byte; ending beyond it, or no end at all in the
 * last piece, is a cut.
 */
function diagnose(key: Uint8Array, counter: number, piece: Uint8Array, isLastPiece: boolean): Verdict {
  if (!isLastPiece && open(key, counter, true, piece)) return 'extraBytes';
  if (isLastPiece && piece.length === SEALED_CHUNK && open(key, counter, false, piece)) return 'truncated';
  const guess = chacha20(key, chunkNonce(counter, true), piece, undefined, 1);
  const view = new DataView(guess.buffer, guess.byteOffset, guess.byteLength);
  for (let q = guess.length - EOCD_SIZE; q >= 0; q--) {
    if (view.getUint32(q, true) !== EOCD_SIGNATURE) continue;
    const sealedLength = q + EOCD_SIZE + view.getUint16(q + 20, true) + TAG;
    if (sealedLength < piece.length && open(key, counter, true, piece.subarray(0, sealedLength))) return 'extraBytes';
    if (sealedLength === piece.length) return 'damaged';
    if (sealedLength > piece.length) return 'truncated';
  }
  return isLastPiece ? 'truncated' : 'damaged';
}

async function payloadKey(fileKey: Uint8Array, nonce: Uint8Array): Promise<Uint8Array> {
  const subtle = globalThis.crypto.subtle;
  const ikm = await subtle.importKey('raw', new Uint8Array(fileKey), 'HKDF', false, ['deriveBits']);
  const bits = await subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(nonce), info: utf8('payload') }, ikm, 256);
  return new Uint8Array(bits);
}

async function fileKeyFrom(header: Uint8Array, passphrase: string): Promise<Uint8Array> {
  const text = new TextDecoder().decode(header);
  if (!text.startsWith('age-encryption.org/v1\n')) throw new ArchiveError('damaged');
  // An age file for key pairs rather than a passphrase: age's own, but never one of ours.
  if (!/^-> scrypt /m.test(text)) throw new ArchiveError('notAnArchive');
  const decrypter = new Decrypter();
  decrypter.addIdentity(new PassphraseIdentity(passphrase));
  try {
    return await decrypter.decryptHeader(header as Bytes);
  } catch (error) {
    if (error instanceof MalformedStanzaError) throw new ArchiveError('damaged');
    // age-encryption's words (0.3.x): "no identity matched any of the file's recipients".
    if (error instanceof Error && /no identity matched/.test(error.message)) throw new ArchiveError('wrongPassphrase');
    throw new ArchiveError('damaged'); // "invalid header HMAC", "invalid stanza", bad base64
  }
}

/** Decrypts a whole age file or throws an ArchiveError saying exactly how it is not intact. */
export async function decryptAge(file: Uint8Array, passphrase: string, onProgress?: (done: number, total: number) => void): Promise<Bytes> {
  if (!startsWith(file, MAGIC)) throw new ArchiveError('notAnAgeFile');
  const headerEnd = headerLength(file);
  const fileKey = await fileKeyFrom(file.subarray(0, headerEnd), passphrase);
  if (file.length - headerEnd < NONCE + TAG) throw new ArchiveError('truncated');
  const key = await payloadKey(fileKey, file.subarray(headerEnd, headerEnd + NONCE));
  const chunks = Math.max(1, Math.ceil((file.length - headerEnd - NONCE) / SEALED_CHUNK));
  const plaintext = new Uint8Array(file.length - headerEnd - NONCE - chunks * TAG + TAG);
  let written = 0;
  let offset = headerEnd + NONCE;
  for (let counter = 0; ; counter++) {
    const remaining = file.length - offset;
    if (remaining <= TAG && counter > 0) throw new ArchiveError('truncated'); // cut just after a chunk
    const isLastPiece = remaining <= SEALED_CHUNK;
    const piece = file.subarray(offset, offset + Math.min(remaining, SEALED_CHUNK));
    const opened = open(key, counter, isLastPiece, piece);
    if (!opened) throw new ArchiveError(diagnose(key, counter, piece, isLastPiece));
    if (isLastPiece && opened.length === 0 && counter > 0) throw new ArchiveError('damaged'); // the spec forbids it
    plaintext.set(opened, written);
    written += opened.length;
    offset += piece.length;
    if (isLastPiece) return plaintext.subarray(0, written);
    if (counter % 32 === 31) {
      onProgress?.(offset, file.length);
      await yieldToEventLoop();
    }
  }
}
