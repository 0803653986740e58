// Notice versions and re-agreement in Chromium: two versions of the privacy notice, a consent given on
// v1, v2 changes that purpose so the person is listed on v2 for re-agreement; re-agreeing records a
// new consent entry on v2, the list empties, and the person's history shows both entries. Axe on each
// screen, with screenshots.
import { expect, test } from './fixtures';
import { AppPage, labelled } from './pages/AppPage';
import { PeoplePage } from './pages/PeoplePage';
import { completeFirstRun } from './vault';

// Monday 16 March 2026, 10:00 in Vancouver.
const TODAY = new Date('2026-03-16T10:00:00-07:00');
const PURPOSE = 'Tell people about services';

test('a new notice version that changes a purpose lists the person on v1, and re-agreeing takes them off', async ({ page }) => {
  test.setTimeout(240_000);
  await page.clock.install({ time: TODAY });
  await completeFirstRun(page);
  const people = new PeoplePage(page);
  await people.expectShown();
  await people.add({ givenName: 'Avery', familyName: 'Testperson-Fictive' });
  const app = new AppPage(page);
  const nav = (name: string) => page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name }).click();

  // Version 1 of the privacy notice, in effect since January.
  await nav('Notices');
  await expect(app.heading('Notices')).toBeVisible();
  await page.getByRole('button', { name: 'New version' }).click();
  const form = page.getByRole('dialog', { name: 'New notice version' });
  await form.getByLabel(labelled('Version')).fill('v1');
  await form.getByLabel(labelled('Takes effect on')).fill('2026-01-01');
  await form.getByLabel(labelled('Text, in plain language')).fill('We write to you about our services only if you agree.');
  await app.checkScreen('notices-dialog');
  await form.getByRole('button', { name: 'Save' }).click();
  const v1 = page.getByRole('dialog', { name: 'Privacy notice v1' });
  await expect(v1).toContainText('In effect since Jan 1, 2026');
  await expect(v1.getByRole('button', { name: 'Edit' })).toHaveCount(0);
  await v1.getByRole('button', { name: 'Close' }).click();

  // A consent on version 1.
  await nav('Consents');
  await page.getByRole('button', { name: 'Record a consent' }).click();
  const consent = page.getByRole('dialog', { name: 'Record a consent' });
  await consent.getByRole('combobox', { name: /^Person/ }).fill('Testperson');
  await page.getByRole('option', { name: /Avery Testperson-Fictive/ }).click();
  await consent.getByLabel(labelled('Purpose')).selectOption({ label: PURPOSE });
  await consent.getByLabel('Notice version shown').selectOption({ label: 'Privacy notice v1 (Jan 1, 2026)' });
  await consent.getByRole('button', { name: 'Save' }).click();
  await expect(consent).toBeHidden();

  // Version 2, from version 1, changing that purpose, in effect today.
  await nav('Notices');
  await page.getByRole('grid', { name: 'Notices' }).getByRole('row').filter({ hasText: 'v1' }).click();
  await page.getByRole('dialog', { name: 'Privacy notice v1' }).getByRole('button', { name: 'New version from this one' }).click();
  await form.getByLabel(labelled('Version')).fill('v2');
  await form.getByLabel(labelled('What changed (optional)')).fill('We now also write about events.');
  await form.getByRole('checkbox', { name: PURPOSE }).check();
  await form.getByRole('button', { name: 'Save' }).click();
  const v2 = page.getByRole('dialog', { name: 'Privacy notice v2' });
  const list = v2.getByRole('list', { name: 'People to ask again' });
  await expect(v2).toContainText('1 person to ask again.');
  await expect(list.getByRole('listitem')).toHaveText([/Avery Testperson-Fictive · Tell people about services.*Agreed on version Privacy notice v1/]);
  await app.checkScreen('notices-reagreement');

  await list.getByRole('button', { name: /^Record re-agreement of Avery Testperson-Fictive/ }).click();
  const agree = page.getByRole('dialog', { name: 'Record re-agreement' });
  await expect(agree).toContainText('Avery Testperson-Fictive · Tell people about services · Privacy notice v2');
  await agree.getByLabel(labelled('How')).selectOption({ label: 'Electronically' });
  await app.checkScreen('notices-reagree-dialog');
  await agree.getByRole('button', { name: 'Save' }).click();
  await expect(agree).toBeHidden();
  await expect(v2).toContainText('No one needs to agree again.');
  await expect(v2.getByRole('list', { name: 'People to ask again' })).toHaveCount(0);
  await v2.getByRole('button', { name: 'Close' }).click();
  const grid = page.getByRole('grid', { name: 'Notices' });
  await expect(grid.getByRole('row').filter({ hasText: 'v1' })).toContainText('Superseded');
  await expect(grid.getByRole('row').filter({ hasText: 'v2' })).toContainText('In effect');
  await app.checkScreen('notices-list');

  // Both entries in the person's history, the older one kept as recorded.
  await people.goto('People');
  await people.row('Testperson-Fictive').click();
  const person = page.getByRole('dialog', { name: 'Edit person' });
  await person.getByRole('tab', { name: 'Consents' }).click();
  const history = person.getByRole('list', { name: 'History' });
  await expect(history.getByRole('listitem')).toHaveCount(2);
  await expect(history).toContainText('Notice: Privacy notice v1');
  await expect(history).toContainText('Notice: Privacy notice v2');
  await expect(person.getByRole('list', { name: 'Current state by purpose' })).toContainText(`In force · ${PURPOSE}`);
  await history.scrollIntoViewIfNeeded();
  await app.checkScreen('notices-person-history');
});
