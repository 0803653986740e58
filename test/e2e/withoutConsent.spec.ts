// The register of collections, uses and disclosures without consent in Chromium: a ground the Act
// does not give for the act is never offered; one entry recorded for a person shows on the list and
// on the person's tab, with axe on each screen and screenshots of the list and the dialog.
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppPage, labelled } from './pages/AppPage';
import { PeoplePage } from './pages/PeoplePage';
import { completeFirstRun } from './vault';

// Monday 16 March 2026, 10:00 in Vancouver.
const TODAY = new Date('2026-03-16T10:00:00-07:00');

async function groundOptions(dialog: Locator): Promise<string[]> {
  return dialog.getByLabel(labelled('Ground')).locator('option').allTextContents();
}

test('a disclosure without consent is recorded for a person and shows on the list and on their tab', async ({ page }) => {
  test.setTimeout(240_000);
  await page.clock.install({ time: TODAY });
  await completeFirstRun(page);

  const people = new PeoplePage(page);
  await people.expectShown();
  await people.add({ givenName: 'Avery', familyName: 'Testperson-Fictive' });

  const app = new AppPage(page);
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Without consent' }).click();
  await expect(app.heading('Without consent')).toBeVisible();
  await expect(page.getByText('Nothing to show.')).toBeVisible();

  await page.getByRole('button', { name: 'New entry' }).click();
  const dialog = page.getByRole('dialog', { name: 'Collection, use or disclosure without consent' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('combobox', { name: /^Person/ }).fill('Testperson');
  await page.getByRole('option', { name: /Avery Testperson-Fictive/ }).click();
  // BC PIPA (the office's default), disclosure: PIPEDA's insurance witness statement ground is not offered.
  expect(await groundOptions(dialog)).toContain('Required or authorized by law (s.18(1)(o))');
  expect((await groundOptions(dialog)).some((o) => o.startsWith('In a witness statement'))).toBe(false);
  await dialog.getByLabel(labelled('Ground')).selectOption('requiredByLaw');
  await expect(dialog.getByLabel('Provision')).toHaveValue('s.18(1)(o)');
  await dialog.getByLabel(labelled('Information collected, used or disclosed')).fill('Payroll records, for a Canada Revenue Agency audit');
  await app.checkScreen('withoutConsent-dialog');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  const grid = page.getByRole('grid', { name: 'Without consent' });
  const row = grid.getByRole('row').filter({ hasText: 'NC-2026-0001' });
  await expect(row).toContainText('Avery Testperson-Fictive');
  await expect(row).toContainText('Disclosure');
  await app.checkScreen('withoutConsent-list');

  await people.goto('People');
  await people.row('Testperson-Fictive').click();
  const person = page.getByRole('dialog', { name: 'Edit person' });
  await person.getByRole('tab', { name: 'Without consent' }).click();
  await expect(person.getByRole('tabpanel')).toContainText('NC-2026-0001');
  await expect(person.getByRole('tabpanel')).toContainText('s.18(1)(o)');
  await app.checkScreen('withoutConsent-person-tab');
});
