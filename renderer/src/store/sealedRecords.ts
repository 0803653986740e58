// Records in and out of `sealed`. The AAD names table, primary key and record schema version
// (`custodian/v1/people/<id>`), so a sealed value copied to another row, table or format version
// fails to open. A person or request also carries its write version in the AAD (`…/<id>@v3`), so the
// version column beside it cannot be changed without the row failing to open (recordPins.ts);
// version 0 (rows written before versions) keeps the old AAD. Failures name the table and id only.
import { utf8, type Bytes } from '../vault/bytes';
import { openBytes, sealBytes } from '../vault/seal';
import { RECORD_SCHEMA_VERSION, type SealedTable } from './database';
import { IntegrityError } from './errors';

export function recordAad(table: SealedTable, id: string, version = 0): string {
  const base = `custodian/v${RECORD_SCHEMA_VERSION}/${table}/${id}`;
  return version === 0 ? base : `${base}@v${version}`;
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

export async function sealRecord(key: CryptoKey, table: SealedTable, id: string, value: unknown, version = 0): Promise<Bytes> {
  const plaintext = encodeRecord(value);
  try {
    return await sealBytes(key, recordAad(table, id, version), plaintext);
  } finally {
    plaintext.fill(0);
  }
}

/** Throws IntegrityError(table, id) if the value was altered, moved or written under another key. */
export async function openRecord(key: CryptoKey, table: SealedTable, id: string, sealed: Bytes, version = 0): Promise<unknown> {
  if (!Number.isSafeInteger(version) || version < 0) throw new IntegrityError(table, id);
  const plaintext = await openBytes(key, recordAad(table, id, version), sealed);
  if (!plaintext) throw new IntegrityError(table, id);
  try {
    return decodeRecord(plaintext);
  } catch {
    throw new IntegrityError(table, id);
  } finally {
    plaintext.fill(0);
  }
}
