// Issue #3 end to end in Chromium: first run → recovery kit → lock → wrong passphrase → unlock →
// add a person → reload → still there → auto-lock; with axe on each screen and screenshots saved.
import { readFileSync } from 'node:fs';
import { pdfProblems, pdfText } from './pdf';
import { expect, test } from './fixtures';
import { FirstRunPage, OFFICE } from './pages/FirstRunPage';
import { PeoplePage } from './pages/PeoplePage';
import { UnlockPage } from './pages/UnlockPage';
import { completeFirstRun, dumpRawDatabase, PASSPHRASE } from './vault';
import { labelled } from './pages/AppPage';

const KIT_PATH = 'test-results/screenshots/recovery-kit.pdf';

const PERSON = {
  givenName: 'Émilie',
  familyName: 'Tremblay-Fictive',
  email: 'emilie.fictive@example.org',
  phone: '604-555-0199',
  address: '42 Imaginary Lane, Kelowna BC',
  notes: 'Asked about her file in person (synthetic note)',
};

test('first run, recovery kit, lock, wrong passphrase, unlock, add a person, reload, auto-lock', async ({ page }) => {
  // The officer's whole first session, with an axe scan and a screenshot per screen: long by design.
  test.setTimeout(360_000);
  await page.clock.install();
  const firstRun = new FirstRunPage(page);
  await page.goto('/');

  await firstRun.fillOrganisation();
  await firstRun.checkScreen('01-first-run-organisation');
  await firstRun.next();
  await firstRun.fillOfficer();
  await firstRun.checkScreen('02-first-run-officer');
  await firstRun.next();

  // A short passphrase is refused at the field, and nothing is created.
  await firstRun.fillPassphrase('too short');
  await firstRun.createVault();
  await expect(page.getByText(/at least 12 characters/i).first()).toBeVisible();
  await expect(firstRun.recoveryKey()).toBeHidden();
  await firstRun.fillPassphrase(PASSPHRASE);
  await firstRun.checkScreen('03-first-run-passphrase');
  await firstRun.createVault();

  // The recovery kit: shown once, saved as a PDF, confirmed before going on.
  await expect(firstRun.recoveryKey()).toBeVisible({ timeout: 30_000 });
  const recoveryKey = (await firstRun.recoveryKey().innerText()).replace(/\s+/g, '');
  // 14 groups of 4 Crockford base32 characters (no I, L, O, U), shown as separate groups.
  expect(recoveryKey).toMatch(/^[0-9A-HJKMNP-TV-Z]{56}$/);
  await expect(firstRun.continueButton()).toBeDisabled();
  await firstRun.checkScreen('04-recovery-kit');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save recovery kit (PDF)' }).click();
  const kit = await download;
  expect(kit.suggestedFilename()).toBe('Custodian-recovery-kit.pdf');
  await kit.saveAs(KIT_PATH);
  expect(readFileSync(KIT_PATH).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  // The PDF as a viewer reads it: structurally sound, and every group of the key is printed.
  expect(pdfProblems(KIT_PATH)).toBe('');
  const kitText = pdfText(KIT_PATH).replace(/\s+/g, '');
  expect(kitText).toContain(recoveryKey);
  expect(pdfText(KIT_PATH)).toContain('CONFIDENTIAL');
  await firstRun.savedCheckbox().check();
  await firstRun.continueButton().click();

  const people = new PeoplePage(page);
  await people.expectShown();
  await expect(people.status()).toHaveText('0 people');
  await people.checkScreen('05-people-empty');

  // Lock, then a wrong passphrase: a clear message, still locked.
  await people.lock();
  const unlock = new UnlockPage(page);
  await unlock.expectShown();
  await unlock.checkScreen('06-unlock');
  await unlock.unlock('not the passphrase at all');
  await expect(unlock.wrongPassphraseAlert()).toContainText('The passphrase is not correct. Nothing was changed.');
  await unlock.checkScreen('07-unlock-wrong-passphrase');
  await unlock.unlock(PASSPHRASE);
  await people.expectShown();

  // Add a person: field errors first, then a valid record.
  const dialog = await people.openAddDialog();
  await dialog.getByLabel(labelled('Given name')).fill(PERSON.givenName);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByLabel(labelled('Family name'))).toHaveAttribute('aria-invalid', 'true');
  await people.checkScreen('08-add-person-errors');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(people.status()).toHaveText('0 people');
  await people.add(PERSON);
  await expect(people.status()).toHaveText('1 person');
  await expect(people.row(PERSON.familyName)).toContainText(PERSON.email);
  await people.checkScreen('09-people-one');

  // What sits on disk: no name, email, phone, address or note in the clear.
  const raw = await dumpRawDatabase(page);
  expect(raw.length).toBeGreaterThan(100);
  for (const secret of [PERSON.givenName, PERSON.familyName, PERSON.email, PERSON.phone, PERSON.address, PERSON.notes, OFFICE.legalName, OFFICE.email]) {
    expect(raw, `"${secret}" must not be stored in the clear`).not.toContain(secret);
  }

  // Reload: locked again; the person survives.
  await page.goto('/');
  await unlock.expectShown();
  await unlock.unlock(PASSPHRASE);
  await people.expectShown();
  await expect(people.row(PERSON.familyName)).toBeVisible();
  await people.search('emilie fict');
  await expect(people.status()).toHaveText('1 person');
  await people.search('nobody-matches-this');
  await expect(people.status()).toHaveText('0 people');

  await people.goto('Settings');
  await people.checkScreen('10-settings');

  // Auto-lock: ten idle minutes (the default) lock the vault and drop what was shown.
  await people.goto('People');
  await page.clock.fastForward('10:30');
  await unlock.expectShown();
  await expect(page.getByText('Custodian was locked. Enter your passphrase to continue.')).toBeVisible();
  await expect(page.getByText(PERSON.familyName)).toHaveCount(0);
});

test('Ctrl+L locks from anywhere, and the unlock screen speaks French when asked', async ({ page }) => {
  await completeFirstRun(page);
  const people = new PeoplePage(page);
  await people.expectShown();
  await page.keyboard.press('Control+l');
  const unlock = new UnlockPage(page);
  await unlock.expectShown();

  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await unlock.checkScreen('11-unlock-fr');
  await page.getByRole('button', { name: 'English' }).click();
  await unlock.unlock(PASSPHRASE);
  await people.expectShown();
});

test('the recovery key unlocks and replaces the passphrase', async ({ page }) => {
  const recoveryKey = await completeFirstRun(page);
  const people = new PeoplePage(page);
  await people.expectShown();
  await people.lock();
  const unlock = new UnlockPage(page);
  await unlock.expectShown();
  await page.getByRole('button', { name: 'Use recovery key' }).click();
  await expect(unlock.heading('Recover with your recovery key')).toBeVisible();
  await page.getByLabel(labelled('Recovery key')).fill(recoveryKey.toLowerCase());
  const replacement = 'granite meadow tugboat saffron';
  await page.getByLabel(labelled('New passphrase')).fill(replacement);
  await page.getByLabel(labelled('Confirm new passphrase')).fill(replacement);
  await unlock.checkScreen('12-recovery');
  await page.getByRole('button', { name: 'Recover and set new passphrase' }).click();
  await people.expectShown();
  await people.lock();
  await unlock.unlock(PASSPHRASE);
  await expect(unlock.wrongPassphraseAlert()).toBeVisible();
  await unlock.unlock(replacement);
  await people.expectShown();
});
