// The consent register in Chromium: a consent recorded for a person, then withdrawn from their tab
// (consequences confirmed explained), shows both entries in the history, and the person is not on the
// purpose's mail-out list (the CSV saved and read back). The withdrawal confirmation letter is
// issued from the withdrawal, saved and read back with pdftotext. Axe on each screen, with screenshots.
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { pdfProblems, pdfText } from './pdf';
import { AppPage, labelled } from './pages/AppPage';
import { PeoplePage } from './pages/PeoplePage';
import { completeFirstRun } from './vault';

// Monday 16 March 2026, 10:00 in Vancouver.
const TODAY = new Date('2026-03-16T10:00:00-07:00');
const PURPOSE = 'Tell people about services';

test('a consent given then withdrawn shows in the history and not in the mail-out CSV', async ({ page }, testInfo) => {
  test.setTimeout(240_000);
  await page.clock.install({ time: TODAY });
  await completeFirstRun(page);

  const people = new PeoplePage(page);
  await people.expectShown();
  await people.add({ givenName: 'Avery', familyName: 'Testperson-Fictive' });

  const app = new AppPage(page);
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Consents' }).click();
  await expect(app.heading('Consents')).toBeVisible();

  await page.getByRole('button', { name: 'Record a consent' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record a consent' });
  await dialog.getByRole('combobox', { name: /^Person/ }).fill('Testperson');
  await page.getByRole('option', { name: /Avery Testperson-Fictive/ }).click();
  await dialog.getByLabel(labelled('Purpose')).selectOption({ label: PURPOSE });
  await dialog.getByLabel(labelled('Notice (text or version)')).fill('Privacy notice v3');
  await app.checkScreen('consents-dialog');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole('grid', { name: 'Consents' }).getByRole('row').filter({ hasText: 'CN-2026-0001' });
  await expect(row).toContainText('Avery Testperson-Fictive');
  await expect(row.getByRole('button', { name: 'Withdraw' })).toBeVisible();
  await app.checkScreen('consents-list');

  await people.goto('People');
  await people.row('Testperson-Fictive').click();
  const person = page.getByRole('dialog', { name: 'Edit person' });
  await person.getByRole('tab', { name: 'Consents' }).click();
  await person.getByRole('list', { name: 'Current state by purpose' }).getByRole('button', { name: 'Withdraw' }).click();
  const withdraw = page.getByRole('dialog', { name: /^Withdraw consent CN-2026-0001/ });
  await withdraw.getByRole('checkbox', { name: /consequences of withdrawing were explained/ }).check();
  await app.checkScreen('consents-withdraw');
  await withdraw.getByLabel('Use that continues because of a legal obligation (optional)').fill('Invoices kept six years for tax law');
  await withdraw.getByRole('button', { name: 'Withdraw' }).click();
  await expect(withdraw).toBeHidden();

  // The confirmation letter is offered on the withdrawal just saved; issued, it is listed and saved as issued.
  const letters = page.getByRole('dialog', { name: 'Letters on CN-2026-0002' });
  await expect(letters).toContainText('Issue the withdrawal confirmation letter to the person?');
  await letters.getByRole('button', { name: 'Issue withdrawal confirmation letter' }).click();
  await expect(letters.getByRole('status')).toHaveText('Withdrawal confirmation issued.');
  await app.checkScreen('consents-withdrawal-letter');
  const letterDownload = page.waitForEvent('download');
  await letters.getByRole('list', { name: 'Letters' }).getByRole('button', { name: /^Save PDF: Withdrawal confirmation of / }).click();
  const letterPath = testInfo.outputPath('withdrawal-confirmation.pdf');
  await (await letterDownload).saveAs(letterPath);
  expect(pdfProblems(letterPath)).toBe('');
  const letter = pdfText(letterPath).replace(/\s+/g, ' ');
  expect(letter).toContain('CN-2026-0002');
  expect(letter).toContain('Avery Testperson-Fictive');
  expect(letter).toContain(PURPOSE);
  expect(letter).toContain('Invoices kept six years for tax law');
  await letters.getByRole('button', { name: 'Close' }).click();
  await expect(letters).toBeHidden();
  // Its Withdraw button is gone with the consent in force: focus stays in the person's dialog, not on the page body.
  await expect.poll(() => person.evaluate((dialog) => dialog.contains(document.activeElement))).toBe(true);
  await expect(person.getByRole('list', { name: 'Current state by purpose' })).toContainText(`Withdrawn · ${PURPOSE}`);
  const history = person.getByRole('list', { name: 'History' });
  await expect(history.getByRole('listitem')).toHaveCount(2);
  await expect(history).toContainText('Consent withdrawn');
  await app.checkScreen('consents-person-tab');
  await person.getByRole('button', { name: 'Cancel' }).click();
  await expect(person).toBeHidden();

  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Consents' }).click();
  await page.getByRole('button', { name: 'Mail-out list' }).click();
  const choose = page.getByRole('dialog', { name: 'Mail-out list' });
  await choose.getByLabel('Purpose').selectOption({ label: PURPOSE });
  await choose.getByRole('button', { name: 'Continue' }).click();
  const csv = page.getByRole('dialog', { name: 'Mail-out list as CSV' });
  await expect(csv).toContainText('0 people with consent in force');
  await csv.getByRole('checkbox', { name: /I understand/ }).check();
  const download = page.waitForEvent('download');
  await csv.getByRole('button', { name: 'Save CSV file' }).click();
  const path = testInfo.outputPath('mail-out.csv');
  await (await download).saveAs(path);
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  expect(text).toBe('Name,Email,Address\r\n');
});
