// The correction journey in Chromium (issue #16): a person; disclosures to two organisations, one 13
// months and one 2 months before the correction; a correction request, acknowledged by letter;
// decided "corrected"; exactly one correction notice offered (the organisation of 2 months ago),
// issued; the outcome letter issued; each letter saved and read back with pdftotext (the recipient's
// name, the corrected information, the reference). Axe and screenshots on the letters dialog.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { pdfProblems, pdfText } from './pdf';
import { AppPage, labelled } from './pages/AppPage';
import { PeoplePage } from './pages/PeoplePage';
import { completeFirstRun } from './vault';

// Monday 16 March 2026, 10:00 in Vancouver: the correction is made today.
const TODAY = new Date('2026-03-16T10:00:00-07:00');
const SHOTS = 'test-results/screenshots';
const CORRECTED = 'Street address corrected to 34 Fictive Lane, Victoria BC V8V 1A1';

async function disclose(page: Page, person: Locator, date: string, name: string, address: string): Promise<void> {
  await person.getByRole('button', { name: 'Record a disclosure for this person' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record a disclosure' });
  await dialog.getByLabel(labelled('Date disclosed')).fill(date);
  await dialog.getByLabel(labelled('Recipient’s name')).fill(name);
  await dialog.getByLabel(labelled('Recipient’s address')).fill(address);
  await dialog.getByRole('checkbox', { name: 'Contact details' }).check();
  await dialog.getByLabel(labelled('Purpose')).selectOption({ label: 'Deliver requested services' });
  await dialog.getByRole('button', { name: 'Record disclosure' }).click();
  await expect(dialog).toBeHidden();
}

/** Saves the letter named by `button` from the letters list and returns its text, spaces folded. */
async function savedLetter(page: Page, letters: Locator, button: RegExp, file: string): Promise<string> {
  const download = page.waitForEvent('download');
  await letters.getByRole('list', { name: 'Letters' }).getByRole('button', { name: button }).click();
  const path = `${SHOTS}/${file}.pdf`;
  await (await download).saveAs(path);
  expect(pdfProblems(path)).toBe('');
  return pdfText(path).replace(/\s+/g, ' ');
}

test('a correction made is sent to the one organisation of the year before, and every letter reads right', async ({ page }) => {
  test.setTimeout(360_000);
  await page.clock.install({ time: TODAY });
  await completeFirstRun(page);

  const people = new PeoplePage(page);
  await people.expectShown();
  await people.add({ givenName: 'Avery', familyName: 'Testperson-Fictive', address: '12 Fictive Lane\nVictoria BC V8V 1A1' });
  const app = new AppPage(page);

  await people.row('Testperson-Fictive').click();
  const person = page.getByRole('dialog', { name: 'Edit person' });
  await person.getByRole('tab', { name: 'Disclosures' }).click();
  // 13 months before the correction: outside the year; 2 months before: inside.
  await disclose(page, person, '2025-02-16', 'Thirteen Months Insurance Ltd.', '1 Old Road\nKelowna BC V1Y 1A1');
  await disclose(page, person, '2026-01-16', 'Two Months Credit Union', '200 Sample Street\nVancouver BC V6C 1S4');
  await expect(person.getByRole('tabpanel')).toContainText('DS-2026-0001');

  await person.getByRole('tab', { name: 'Corrections' }).click();
  await person.getByRole('button', { name: 'Record a request for this person' }).click();
  const request = page.getByRole('dialog', { name: 'Correction request' });
  await request.getByLabel(labelled('What the person says is wrong')).fill('The street number is 12; it should be 34.');
  await request.getByLabel(labelled('Correction asked for')).fill('Street number 34');
  await request.getByRole('button', { name: 'Record request' }).click();
  await expect(request).toBeHidden();
  await expect(person.getByRole('tabpanel')).toContainText('CR-2026-0001');
  await app.checkScreen('correction-person-tab');

  // The acknowledgement, before any decision.
  await person.getByRole('button', { name: 'Letters' }).click();
  let letters = page.getByRole('dialog', { name: 'Letters on CR-2026-0001' });
  await expect(letters.getByRole('button', { name: 'Issue outcome letter' })).toBeDisabled();
  await letters.getByRole('button', { name: 'Issue acknowledgement letter' }).click();
  await expect(letters.getByRole('status')).toHaveText('Correction acknowledgement issued.');
  const acknowledgement = await savedLetter(page, letters, /^Save PDF: Correction acknowledgement of /, 'letter-correction-acknowledgement');
  expect(acknowledgement).toContain('CR-2026-0001');
  expect(acknowledgement).toContain('Avery Testperson-Fictive');
  expect(acknowledgement).toContain('Street number 34');
  await letters.getByRole('button', { name: 'Close' }).click();
  await expect(letters).toBeHidden();

  // Decided "corrected": the letters open on saving, with exactly one notice offered.
  await person.getByRole('button', { name: 'Decide' }).click();
  const decide = page.getByRole('dialog', { name: 'Decision on CR-2026-0001' });
  await decide.getByLabel(labelled('What was changed')).fill(CORRECTED);
  await decide.getByRole('button', { name: 'Save decision' }).click();
  await expect(decide).toBeHidden();
  letters = page.getByRole('dialog', { name: 'Letters on CR-2026-0001' });
  const notify = letters.getByRole('region', { name: 'Send the correction to' });
  await expect(notify.getByRole('button', { name: /^Issue correction notice to / })).toHaveCount(1);
  await expect(notify).not.toContainText('Thirteen Months');
  await notify.getByRole('button', { name: 'Issue correction notice to Two Months Credit Union' }).click();
  await expect(letters.getByRole('status')).toHaveText('Correction notice issued.');
  await expect(notify).toContainText('Notice issued');
  await letters.getByRole('button', { name: 'Issue outcome letter' }).click();
  await expect(letters.getByRole('status')).toHaveText('Correction outcome issued.');
  await expect(letters.getByRole('list', { name: 'Letters' }).getByRole('listitem')).toHaveCount(3);
  await app.checkScreen('correction-letters');

  const notice = await savedLetter(page, letters, /^Save PDF: Correction notice of .* — Two Months Credit Union$/, 'letter-correction-notice');
  expect(notice).toContain('Two Months Credit Union');
  expect(notice).toContain('200 Sample Street');
  expect(notice).toContain(CORRECTED);
  expect(notice).toContain('CR-2026-0001');
  expect(notice).not.toContain('Thirteen Months');

  const outcome = await savedLetter(page, letters, /^Save PDF: Correction outcome of /, 'letter-correction-outcome');
  expect(outcome).toContain('CR-2026-0001');
  expect(outcome).toContain(CORRECTED);
  expect(outcome).toContain('Two Months Credit Union');
  expect(outcome).not.toContain('Thirteen Months');

  // The register's list opens the same letters from the request's row.
  await letters.getByRole('button', { name: 'Close' }).click();
  await expect(letters).toBeHidden();
  // The decision handed over to its letters: focus comes back to Decide, not to the page body (jsdom cannot show this).
  await expect(person.getByRole('button', { name: 'Decide' })).toBeFocused();
  await person.getByRole('button', { name: 'Cancel' }).click();
  await expect(person).toBeHidden();
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Corrections' }).click();
  const row = page.getByRole('grid', { name: 'Correction requests' }).getByRole('row').filter({ hasText: 'CR-2026-0001' });
  await row.getByRole('button', { name: 'Letters' }).click();
  await expect(page.getByRole('dialog', { name: 'Letters on CR-2026-0001' }).getByRole('list', { name: 'Letters' }).getByRole('listitem')).toHaveCount(3);
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await app.checkScreen('correction-requests-list');
});
