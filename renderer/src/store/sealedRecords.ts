// Records in and out of `sealed`. The AAD names table, primary key and record schema version
// (`custodian/v1/people/<id>`), so a sealed value copied to another row, table or format version
// fails to open. Failures name the table and id only, never contents.
import { utf8, type Bytes } from '../vault/bytes';
import { openBytes, sealBytes } from '../vault/seal';
import { RECORD_SCHEMA_VERSION, type SealedTable } from './database';
import { IntegrityError } from './errors';

export function recordAad(table: SealedTable, id: string): string {
  return `custodian/v${RECORD_SCHEMA_VERSION}/${table}/${id}`;
}

// JSON cannot carry bytes (the officer's signature image), so they travel as base64 under a tag.
const BYTES_TAG = '$bytes';

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

const decoder = new TextDecoder();

function encodeRecord(value: unknown): Bytes {
  const json = JSON.stringify(value, (_key, v: unknown) => (v instanceof Uint8Array ? { [BYTES_TAG]: toBase64(v) } : v));
  return utf8(json);
}

function decodeRecord(bytes: Uint8Array): unknown {
  const json = decoder.decode(bytes);
  // A reviver costs a call per value; only records that hold bytes (the signature) need one.
  if (!json.includes(`"${BYTES_TAG}"`)) return JSON.parse(json);
  return JSON.parse(json, (_key, v: unknown) => {
    if (typeof v === 'object' && v !== null && typeof (v as Record<string, unknown>)[BYTES_TAG] === 'string') {
      return fromBase64((v as Record<string, string>)[BYTES_TAG]!);
    }
    return v;
  });
}

export async function sealRecord(key: CryptoKey, table: SealedTable, id: string, value: unknown): Promise<Bytes> {
  const plaintext = encodeRecord(value);
  try {
    return await sealBytes(key, recordAad(table, id), plaintext);
  } finally {
    plaintext.fill(0);
  }
}

/** Throws IntegrityError(table, id) if the value was altered, moved or written under another key. */
export async function openRecord(key: CryptoKey, table: SealedTable, id: string, sealed: Bytes): Promise<unknown> {
  const plaintext = await openBytes(key, recordAad(table, id), sealed);
  if (!plaintext) throw new IntegrityError(table, id);
  try {
    return decodeRecord(plaintext);
  } catch {
    throw new IntegrityError(table, id);
  } finally {
    plaintext.fill(0);
  }
}
