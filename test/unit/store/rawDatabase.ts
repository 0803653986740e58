// Raw IndexedDB access for tests: what is actually on disk, bypassing Dexie and the store, and a
// way to tamper with it the way an attacker with the files would.
import 'fake-indexeddb/auto';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function openRaw(dbName: string): Promise<IDBDatabase> {
  return request(indexedDB.open(dbName));
}

/**
 * The session rewrites the first screen's digest (store/firstScreen.ts) a moment after each write:
 * a cache, not data, so the "nothing changed" comparisons leave it out unless asked for it.
 */
const CACHES = ['firstScreen'];

/** Every row of every object store (caches only with `includeCaches`: the plaintext scan wants them). */
export async function readRawDatabase(dbName: string, { includeCaches = false } = {}): Promise<Record<string, unknown[]>> {
  const db = await openRaw(dbName);
  try {
    const dump: Record<string, unknown[]> = {};
    for (const name of Array.from(db.objectStoreNames)) {
      if (!includeCaches && CACHES.includes(name)) continue;
      dump[name] = await request(db.transaction(name).objectStore(name).getAll());
    }
    return dump;
  } finally {
    db.close();
  }
}

export async function readRawRow<T = Record<string, unknown>>(dbName: string, store: string, id: string): Promise<T> {
  const db = await openRaw(dbName);
  try {
    return (await request(db.transaction(store).objectStore(store).get(id))) as T;
  } finally {
    db.close();
  }
}

export async function putRawRows(dbName: string, store: string, rows: readonly unknown[]): Promise<void> {
  const db = await openRaw(dbName);
  try {
    const tx = db.transaction(store, 'readwrite');
    for (const row of rows) tx.objectStore(store).put(row);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

/** Deletes one row, as someone with the files could. */
export async function deleteRawRow(dbName: string, store: string, key: IDBValidKey): Promise<void> {
  const db = await openRaw(dbName);
  try {
    const tx = db.transaction(store, 'readwrite');
    tx.objectStore(store).delete(key);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}
