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

/** Every row of every object store. */
export async function readRawDatabase(dbName: string): Promise<Record<string, unknown[]>> {
  const db = await openRaw(dbName);
  try {
    const dump: Record<string, unknown[]> = {};
    for (const name of Array.from(db.objectStoreNames)) {
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
