// Steps several specs share: a fresh first run, and reading the raw IndexedDB as an attacker would.
import { expect, type Page } from '@playwright/test';
import { FirstRunPage } from './pages/FirstRunPage';

export const PASSPHRASE = 'copper lantern orchard whistle';

/** Completes the first run and returns the recovery key shown once. */
export async function completeFirstRun(page: Page, passphrase = PASSPHRASE): Promise<string> {
  const firstRun = new FirstRunPage(page);
  await page.goto('/');
  await firstRun.fillOrganisation();
  await firstRun.next();
  await firstRun.fillOfficer();
  await firstRun.next();
  await firstRun.fillPassphrase(passphrase);
  await firstRun.createVault();
  await expect(firstRun.recoveryKey()).toBeVisible({ timeout: 30_000 });
  const key = (await firstRun.recoveryKey().innerText()).replace(/\s+/g, '');
  await firstRun.savedCheckbox().check();
  await firstRun.continueButton().click();
  return key;
}

/** Every row of every object store of the app's database, serialised; byte arrays as UTF-8 text too. */
export function dumpRawDatabase(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('custodian');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const decoder = new TextDecoder('utf-8', { fatal: false });
    const parts: string[] = [];
    for (const name of Array.from(db.objectStoreNames)) {
      const rows = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      parts.push(
        JSON.stringify(rows, (_key, value: unknown) =>
          value instanceof Uint8Array || value instanceof ArrayBuffer
            ? decoder.decode(value instanceof ArrayBuffer ? new Uint8Array(value) : value)
            : value,
        ),
      );
    }
    db.close();
    return parts.join('\n');
  });
}
