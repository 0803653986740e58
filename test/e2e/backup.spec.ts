// Issue #5 end to end in Chromium: back up (a download, checked before it is offered), change the
// data, restore over it from the saved file and find the people exactly as at backup time; then,
// in a fresh browser, restore that file on the first-run screen and unlock to the same people.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { expect, test } from './fixtures';
import { labelled } from './pages/AppPage';
import { BackupPage, FirstRunRestorePage } from './pages/BackupPage';
import { PeoplePage } from './pages/PeoplePage';
import { UnlockPage } from './pages/UnlockPage';
import { PASSPHRASE, completeFirstRun } from './vault';

const BACKUP_FILE = 'test-results/backup-e2e.custodian';
/** Not the vault's: an archive may have its own passphrase, kept by the administrator. */
const ARCHIVE_PASSPHRASE = 'amber quarry velvet tundra';
const NEW_LAPTOP_PASSPHRASE = 'harbour kettle meadow quartz';

/** Every row of the people grid, as the officer reads it. */
async function peopleRows(people: PeoplePage): Promise<string[]> {
  await expect(people.grid()).toBeVisible();
  const rows = await people.grid().getByRole('row').allInnerTexts();
  return rows.slice(1).map((row) => row.replace(/\s+/g, ' ').trim());
}

/**
 * The file Chromium saved, key derived in the Worker, opened by Debian's own `age` (the passphrase
 * typed on a pseudo-terminal, as in the unit interop test) and tested entry by entry by `unzip`.
 */
function expectStockAgeOpens(file: string, passphrase: string): void {
  const tools = ['age', 'unzip', 'script'].filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0);
  if (tools.length && process.env.CI) throw new Error(`CI must install ${tools.join(', ')}.`);
  if (tools.length) return;
  const zip = `${file}.zip`;
  const aged = spawnSync('script', ['-qec', `age -d -o '${zip}' '${file}'`, '/dev/null'], { input: `${passphrase}\n`, timeout: 60_000 });
  expect(aged.status, `age -d: ${String(aged.stdout)}`).toBe(0);
  expect(readFileSync(zip).subarray(0, 4)).toEqual(Buffer.from('PK\x03\x04', 'latin1'));
  expect(spawnSync('unzip', ['-q', '-t', zip]).status).toBe(0);
  rmSync(zip);
}

let rowsAtBackup: string[] = [];

test.describe.configure({ mode: 'serial' });

test('back up, change the data, restore over it: the people are as at backup time', async ({ page }) => {
  test.setTimeout(300_000);
  mkdirSync('test-results', { recursive: true });
  await completeFirstRun(page);

  const people = new PeoplePage(page);
  await people.expectShown();
  await people.add({ givenName: 'Avery', familyName: 'Testperson-Fictive', email: 'avery@example.org' });
  rowsAtBackup = await peopleRows(people);
  expect(rowsAtBackup).toHaveLength(1);

  const backup = new BackupPage(page);
  await backup.open();
  await expect(page.getByText(/^No verified backup has been made/)).toBeVisible();
  await backup.checkScreen('50-backup-empty');
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  const name = await backup.backUp(ARCHIVE_PASSPHRASE, BACKUP_FILE);
  // The archive key was derived, the tables deflated and (verifying it) inflated again off the
  // main thread (scryptKdf.ts, zipDeflater.ts, unzipOffThread.ts), not by the in-thread fallbacks.
  for (const worker of ['scrypt', 'deflate', 'unzip']) expect(workers.filter((url) => url.includes(`${worker}.worker`)).length, worker).toBeGreaterThan(0);
  expectStockAgeOpens(BACKUP_FILE, ARCHIVE_PASSPHRASE);
  expect(name).toMatch(/^Custodian-backup-\d{4}-\d{2}-\d{2}\.custodian$/);
  await expect(page.getByText(/^Last verified backup: /)).toBeVisible();
  await backup.checkScreen('51-backup-done');

  // After the backup: another person, and the first one renamed.
  await people.goto('People');
  await people.add({ givenName: 'Blake', familyName: 'Later-Fictive' });
  await people.row('Testperson-Fictive').click();
  const dialog = page.getByRole('dialog', { name: 'Edit person' });
  await dialog.getByLabel(labelled('Family name')).fill('Renamed-Fictive');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  expect(await peopleRows(people)).not.toEqual(rowsAtBackup);

  await backup.open();
  await backup.restoreOverCurrent(BACKUP_FILE, ARCHIVE_PASSPHRASE, () => backup.checkScreen('52-restore-confirm'));
  await backup.checkScreen('53-restore-done');

  await people.goto('People');
  expect(await peopleRows(people)).toEqual(rowsAtBackup);
});

test('a new laptop: restore the backup on the first-run screen, then unlock to the same people', async ({ page }) => {
  test.setTimeout(300_000);
  const firstRun = new FirstRunRestorePage(page);
  await firstRun.start();
  await firstRun.checkScreen('54-first-run-restore');
  await firstRun.openBackup(BACKUP_FILE, ARCHIVE_PASSPHRASE);
  await firstRun.checkScreen('55-first-run-restore-checked');
  await firstRun.next();
  await firstRun.createVault(NEW_LAPTOP_PASSPHRASE);
  await firstRun.finish();

  const people = new PeoplePage(page);
  await people.expectShown();
  expect(await peopleRows(people)).toEqual(rowsAtBackup);

  // The vault is this laptop's now: it opens with the new passphrase, not the old computer's.
  await people.lock();
  const unlock = new UnlockPage(page);
  await unlock.expectShown();
  await unlock.unlock(PASSPHRASE);
  await expect(unlock.wrongPassphraseAlert()).toBeVisible();
  await unlock.unlock(NEW_LAPTOP_PASSPHRASE);
  await people.expectShown();
  expect(await peopleRows(people)).toEqual(rowsAtBackup);
});
