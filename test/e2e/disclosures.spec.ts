// The disclosure log in Chromium: a disclosure recorded as a sale is refused with the policy's words
// (principle 5.3); two disclosures for one person, one from the list and one from their tab; then an
// access request answered: the respond step lists both recipients from the log, and the response
// letter, read back with pdftotext, names both organisations (BC PIPA s.23(1)(c)). Axe and
// screenshots on the list, the dialog and the respond step.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { pdfProblems, pdfText } from './pdf';
import { AppPage, labelled } from './pages/AppPage';
import { PeoplePage } from './pages/PeoplePage';
import { RequestPage } from './pages/RequestPage';
import { RequestsPage } from './pages/RequestsPage';
import { completeFirstRun } from './vault';

// Monday 16 March 2026, 10:00 in Vancouver.
const TODAY = new Date('2026-03-16T10:00:00-07:00');
const SHOTS = 'test-results/screenshots';

interface RecipientEntry {
  date: string;
  name: string;
  address: string;
  category: string;
}

async function fillDisclosure(dialog: Locator, entry: RecipientEntry): Promise<void> {
  await dialog.getByLabel(labelled('Date disclosed')).fill(entry.date);
  await dialog.getByLabel(labelled('Recipient’s name')).fill(entry.name);
  await dialog.getByLabel(labelled('Recipient’s address')).fill(entry.address);
  await dialog.getByRole('checkbox', { name: entry.category }).check();
  await dialog.getByLabel(labelled('Purpose')).selectOption({ label: 'Deliver requested services' });
}

async function openDisclosures(page: Page, app: AppPage): Promise<void> {
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Disclosures' }).click();
  await expect(app.heading('Disclosures')).toBeVisible();
}

test('two disclosures for a person are named in the access response letter; a sale is refused', async ({ page }) => {
  test.setTimeout(360_000);
  await page.clock.install({ time: TODAY });
  await completeFirstRun(page);

  const people = new PeoplePage(page);
  await people.expectShown();
  await people.add({ givenName: 'Avery', familyName: 'Testperson-Fictive', address: '1200 Example Road, Victoria BC V8V 0A0' });

  const app = new AppPage(page);
  await openDisclosures(page, app);
  await expect(page.getByText('No disclosure to show.')).toBeVisible();

  // From the list: the person is picked; recorded first as a sale, which the policy forbids.
  await page.getByRole('button', { name: 'Record a disclosure' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record a disclosure' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('combobox', { name: /^Person/ }).fill('Testperson');
  await page.getByRole('option', { name: /Avery Testperson-Fictive/ }).click();
  await fillDisclosure(dialog, { date: '2026-02-03', name: 'Example Benefits Inc.', address: '200 Granville Street\nVancouver BC V6C 1S4', category: 'Financial' });
  await dialog.getByLabel(labelled('Received in return')).selectOption('sale');
  await dialog.getByRole('button', { name: 'Record disclosure' }).click();
  await expect(dialog.getByText('The office does not sell, trade or rent personal information (privacy policy, principle 5.3).').first()).toBeVisible();
  await expect(dialog.getByRole('alert')).toContainText('Nothing was saved');
  await app.checkScreen('disclosures-dialog-sale-refused');
  await dialog.getByLabel(labelled('Received in return')).selectOption('none');
  await dialog.getByRole('button', { name: 'Record disclosure' }).click();
  await expect(dialog).toBeHidden();

  const grid = page.getByRole('grid', { name: 'Disclosures' });
  await expect(grid.getByRole('row').filter({ hasText: 'DS-2026-0001' })).toContainText('Example Benefits Inc.');

  // From the person's tab: the person is fixed; a disclosure without consent, on a ground BC PIPA gives for a disclosure.
  await people.goto('People');
  await people.row('Testperson-Fictive').click();
  const person = page.getByRole('dialog', { name: 'Edit person' });
  await person.getByRole('tab', { name: 'Disclosures' }).click();
  await expect(person.getByRole('tabpanel')).toContainText('DS-2026-0001');
  await person.getByRole('button', { name: 'Record a disclosure for this person' }).click();
  const second = page.getByRole('dialog', { name: 'Record a disclosure' });
  await fillDisclosure(second, { date: '2026-03-02', name: 'Fictive Collections Ltd.', address: '9 Sample Road, Surrey BC V3T 0A1', category: 'Contact details' });
  await second.getByRole('radio', { name: 'Without consent, on a ground of the Act' }).check();
  await second.getByLabel(labelled('Ground')).selectOption('debtCollection');
  await app.checkScreen('disclosures-dialog');
  await second.getByRole('button', { name: 'Record disclosure' }).click();
  await expect(second).toBeHidden();
  await expect(person.getByRole('tabpanel')).toContainText('DS-2026-0002');
  await app.checkScreen('disclosures-person-tab');
  await page.keyboard.press('Escape');
  await expect(person).toBeHidden();

  await openDisclosures(page, app);
  await expect(grid.getByRole('row').filter({ hasText: /DS-2026-000[12]/ })).toHaveCount(2);
  await app.checkScreen('disclosures-list');
  await page.getByLabel('Search').fill('fictive collections');
  await expect(grid.getByRole('row').filter({ hasText: /DS-2026-000[12]/ })).toHaveCount(1);

  // The access request: the respond step lists both recipients from the log, for review.
  const requests = new RequestsPage(page);
  await requests.open();
  await requests.create({ person: 'Testperson', receivedOn: '2026-03-09', informationSought: 'Everything you hold about me, and who you gave it to.' });
  const request = new RequestPage(page);
  const step = await request.startStep('respond');
  const disclosedTo = step.getByLabel(labelled('To whom it has been disclosed'));
  await expect(disclosedTo).toHaveValue(/Example Benefits Inc\., 200 Granville Street, Vancouver BC V6C 1S4 — February\u00a03, 2026/);
  await expect(disclosedTo).toHaveValue(/\n• Fictive Collections Ltd\., 9 Sample Road, Surrey BC V3T 0A1 — March\u00a02, 2026$/);
  await expect(step.getByRole('note')).toHaveText('From the disclosure log: 2 organisations. Check the list before you issue the letter: it prints what you leave here.');
  await step.getByLabel(labelled('Description')).first().fill('Billing statements, 2026');
  await step.getByLabel(labelled('How the information has been used')).fill('To provide services and to bill for them.');
  await step.getByLabel(labelled('What is enclosed')).fill('Copies of the statements.');
  await app.checkScreen('disclosures-respond-step');
  await request.prepareLetter(step);
  await request.issueLetter(step);

  const download = page.waitForEvent('download');
  await request.letters().getByRole('button', { name: /^Save Response/ }).click();
  const path = `${SHOTS}/letter-response-disclosures.pdf`;
  await (await download).saveAs(path);
  expect(pdfProblems(path)).toBe('');
  const text = pdfText(path).replace(/\s+/g, ' ');
  expect(text).toContain('To whom your information has been disclosed');
  expect(text).toContain('Example Benefits Inc., 200 Granville Street, Vancouver BC V6C 1S4');
  expect(text).toContain('Fictive Collections Ltd., 9 Sample Road, Surrey BC V3T 0A1');
});
