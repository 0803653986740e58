// The purposes register end to end in Chromium (privacy policy, principle 2): a new vault starts
// with the policy's seven purposes; the officer adds one, edits it, retires it (then shown only under
// "Retired"), and saves the register as CSV, which is read back from the download.
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppPage, labelled, SCREENSHOT_DIR } from './pages/AppPage';
import { completeFirstRun } from './vault';

const SEEDED = [
  'Conduct surveys',
  'Deliver requested services',
  'Develop and improve services',
  'Keep service standards',
  'Meet legal and regulatory requirements',
  'Tell people about services',
  'Understand their interests',
];

class PurposesScreen extends AppPage {
  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Purposes' }).click();
    await expect(this.heading('Purposes')).toBeVisible();
  }

  grid(): Locator {
    return this.page.getByRole('grid', { name: 'Purposes' });
  }

  async names(): Promise<string[]> {
    const rows = this.grid().getByRole('row').filter({ has: this.page.getByRole('gridcell') });
    return rows.evaluateAll((elements) => elements.map((row) => row.querySelector('[role="gridcell"]')?.textContent ?? ''));
  }

  async show(status: 'Active' | 'Retired' | 'All'): Promise<void> {
    await this.page.getByRole('group', { name: 'Show' }).getByRole('button', { name: status }).click();
  }

  dialog(name: string): Locator {
    return this.page.getByRole('dialog', { name });
  }
}

async function saveCsv(page: Page, path: string): Promise<string> {
  await page.getByRole('button', { name: 'Export to CSV' }).click();
  const dialog = page.getByRole('dialog', { name: /as a CSV file/ });
  await dialog.getByRole('checkbox', { name: /I understand/ }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save CSV file' }).click();
  await (await download).saveAs(path);
  await expect(dialog.getByText(/Saved as/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  // The file starts with a UTF-8 byte order mark so spreadsheets read accents right.
  return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
}

test('the policy’s purposes are listed; one is added, edited, retired, and the register saved as CSV', async ({ page }) => {
  test.setTimeout(240_000);
  await completeFirstRun(page);
  const purposes = new PurposesScreen(page);
  await purposes.open();
  await expect(purposes.grid().getByRole('row')).toHaveCount(8);
  expect(await purposes.names()).toEqual(SEEDED);
  await purposes.checkScreen('purposes-list');

  await page.getByRole('button', { name: 'New purpose' }).click();
  let dialog = purposes.dialog('New purpose');
  await dialog.getByLabel(labelled('Purpose')).fill('Process payroll');
  await dialog.getByLabel(labelled('Legal authority')).selectOption('withoutConsent');
  await dialog.getByLabel(labelled('Provision relied on')).fill('BC PIPA s.15(1)(h)');
  await dialog.getByRole('checkbox', { name: 'Employment' }).check();
  await dialog.getByRole('checkbox', { name: 'Financial' }).check();
  await dialog.getByLabel(labelled('Retention rule')).fill('7 years after employment ends');
  await purposes.checkScreen('purposes-dialog');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(purposes.grid().getByRole('row', { name: /Process payroll/ })).toBeVisible();

  await purposes.grid().getByText('Process payroll').click();
  dialog = purposes.dialog('Edit purpose');
  await dialog.getByLabel(labelled('Purpose')).fill('Run payroll');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(purposes.grid().getByText('Run payroll')).toBeVisible();
  await expect(purposes.grid().getByText('Process payroll')).toHaveCount(0);

  await purposes.grid().getByText('Run payroll').click();
  dialog = purposes.dialog('Edit purpose');
  await dialog.getByRole('button', { name: 'Retire' }).click();
  const confirm = purposes.dialog('Retire this purpose?');
  await confirm.getByRole('button', { name: 'Retire purpose' }).click();
  await expect(dialog).toBeHidden();
  await expect(purposes.grid().getByText('Run payroll')).toHaveCount(0);
  await purposes.show('Retired');
  expect(await purposes.names()).toEqual(['Run payroll']);
  await purposes.show('All');
  await expect(purposes.grid().getByRole('row')).toHaveCount(9);

  const csv = await saveCsv(page, `${SCREENSHOT_DIR}/purposes.csv`);
  const lines = csv.trimEnd().split('\r\n');
  expect(lines[0]).toBe('Purpose,Legal authority,Provision,Categories,Retention rule,Usual recipients,How and when people are told,Status');
  expect(lines).toHaveLength(9);
  expect(lines).toContain('Run payroll,Without consent,BC PIPA s.15(1)(h),"Financial; Employment",7 years after employment ends,,"In writing, at collection",Retired');
  expect(lines.find((line) => line.startsWith('Conduct surveys,'))).toMatch(/,Consent,.*,Active$/);
});
