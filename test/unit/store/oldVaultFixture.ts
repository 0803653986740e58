// A vault written by an older release, put back on disk byte for byte: the raw IndexedDB dump in
// test/fixtures/vault-0.1.0.json (made by release 0.1.0, see vault-0.1.0.generator.md) recreated
// with the raw IndexedDB API at the version, stores and indexes it was dumped with, so the current
// code opens exactly what an officer's laptop holds and runs its own upgrade, if any.
import 'fake-indexeddb/auto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const OLD_VAULT_FIXTURE = path.resolve(__dirname, '../../fixtures/vault-0.1.0.json');

interface IndexSchema {
  name: string;
  keyPath: string | string[];
  unique: boolean;
  multiEntry: boolean;
}

interface StoreSchema {
  name: string;
  keyPath: string | string[] | null;
  autoIncrement: boolean;
  indexes: IndexSchema[];
}

export interface DocumentExpectation {
  id: string;
  sha256: string;
  size: number;
}

export interface OldVaultExpectations {
  kdf: { algorithm: string; memoryKiB: number; iterations: number; parallelism: number };
  /** The officer's date when the fixture was made (YYYY-MM-DD). */
  today: string;
  organisation: Record<string, unknown>;
  /** Without the signature image, which is checked by its SHA-256. */
  officer: Record<string, unknown>;
  signatureImageSha256: string;
  settings: Record<string, unknown>;
  people: { id: string; givenName: string; familyName: string; kind: string; archived: boolean }[];
  accessRequests: {
    id: string;
    reference: string;
    personId: string;
    regime: string;
    status: string;
    receivedOn: string;
    dueOn: string;
    currentDue: string;
    closedOn?: string;
    events: string[];
    letters: (DocumentExpectation & { kind: string; language: string; issuedOn: string })[];
    attachments: (DocumentExpectation & { name: string; mediaType: string })[];
  }[];
  sequences: { id: string; last: number }[];
  documents: number;
  /** `actions`: "seq action entityKind [detail]", oldest first. */
  audit: { entries: number; lastHash: string; actions: string[] };
  /** Wrong passphrases typed after the last unlock: the next unlock chains them into the trail. */
  pendingFailedUnlocks: number;
}

export interface OldVaultFixture {
  format: 'custodian-raw-indexeddb-dump';
  formatVersion: 1;
  generatedBy: { appVersion: string; commit: string; clockAtEnd: string };
  passphrase: string;
  database: { name: string; version: number; stores: StoreSchema[] };
  /** Rows as dumped; bytes are {"$bytes": base64} (with "$type": "ArrayBuffer" for an ArrayBuffer). */
  rows: Record<string, unknown[]>;
  expect: OldVaultExpectations;
}

/** Reads the fixture; a missing or foreign file is an error, never a skipped test. */
export function loadOldVaultFixture(file = OLD_VAULT_FIXTURE): OldVaultFixture {
  if (!existsSync(file)) {
    throw new Error(
      `The old-vault fixture ${file} is missing. It was written by release 0.1.0 (commit 900e186) and cannot be ` +
        'made again with newer code: restore it from git (see test/fixtures/vault-0.1.0.generator.md).',
    );
  }
  const fixture = JSON.parse(readFileSync(file, 'utf8')) as OldVaultFixture;
  if (fixture.format !== 'custodian-raw-indexeddb-dump' || fixture.formatVersion !== 1) {
    throw new Error(`${file} is not a version 1 raw IndexedDB dump of a Custodian vault.`);
  }
  const stores = new Set(fixture.database.stores.map((s) => s.name));
  const unknown = Object.keys(fixture.rows).filter((name) => !stores.has(name));
  if (unknown.length > 0) throw new Error(`${file} has rows for stores its schema does not declare: ${unknown.join(', ')}.`);
  return fixture;
}

/** The dumped value with its bytes back as Uint8Array (or ArrayBuffer), as IndexedDB held them. */
export function decodeRow(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeRow);
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  if (typeof record.$bytes === 'string') {
    const bytes = Uint8Array.from(Buffer.from(record.$bytes, 'base64'));
    if (record.$type === 'ArrayBuffer') return bytes.buffer;
    if (record.$type !== undefined) throw new Error(`Unknown byte type in the fixture: ${String(record.$type)}.`);
    return bytes;
  }
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, decodeRow(v)]));
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('The fixture transaction failed.'));
    tx.onabort = () => reject(tx.error ?? new Error('The fixture transaction was aborted.'));
  });
}

/**
 * Creates `dbName` at the dumped version with the dumped stores and indexes and puts every row
 * back. Refuses a name that already holds a database, so a test never writes over another's.
 */
export async function restoreOldVault(fixture: OldVaultFixture, dbName: string): Promise<void> {
  const { version, stores } = fixture.database;
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    let created = false;
    const open = indexedDB.open(dbName, version);
    open.onupgradeneeded = (event) => {
      if (event.oldVersion !== 0) return; // an existing database: refused in onsuccess
      created = true;
      for (const schema of stores) {
        const store = open.result.createObjectStore(schema.name, { keyPath: schema.keyPath, autoIncrement: schema.autoIncrement });
        for (const index of schema.indexes) store.createIndex(index.name, index.keyPath, { unique: index.unique, multiEntry: index.multiEntry });
      }
    };
    open.onsuccess = () => {
      if (created) return resolve(open.result);
      open.result.close();
      reject(new Error(`${dbName} already holds a database; the old vault needs a fresh name.`));
    };
    open.onerror = () => reject(open.error ?? new Error(`Could not create ${dbName} for the old vault.`));
    open.onblocked = () => reject(new Error(`${dbName} is open elsewhere; the old vault needs a fresh name.`));
  });
  try {
    const names = Object.keys(fixture.rows);
    const tx = db.transaction(names, 'readwrite');
    const written = done(tx);
    for (const name of names) {
      const store = tx.objectStore(name);
      for (const row of fixture.rows[name]!) store.add(decodeRow(row));
    }
    await written;
  } finally {
    db.close();
  }
}
