// Issue #4 end to end in Chromium: person → access request → explain the deadline → acknowledge →
// extend (the notice's text holds the new date) → respond → status, timeline and worklist right;
// with axe on each screen, screenshots, and the issued letters read back as a viewer reads them.
import { expect, test } from './fixtures';
import { pdfProblems, pdfText } from './pdf';
import { DashboardPage } from './pages/DashboardPage';
import { PeoplePage } from './pages/PeoplePage';
import { RequestPage } from './pages/RequestPage';
import { RequestsPage } from './pages/RequestsPage';
import { labelled } from './pages/AppPage';
import { openFreshRequest } from './journeys';
import { completeFirstRun } from './vault';

const LETTER_DIR = 'test-results/screenshots';

// Monday 16 March 2026, 10:00 in Vancouver: the request arrived on Monday 2 March.
const TODAY = new Date('2026-03-16T10:00:00-07:00');

async function saveLetter(request: RequestPage, kind: string, file: string): Promise<string> {
  const download = request.page.waitForEvent('download');
  await request.letters().getByRole('button', { name: new RegExp(`^Save ${kind}`) }).click();
  const saved = await download;
  const path = `${LETTER_DIR}/${file}`;
  await saved.saveAs(path);
  expect(pdfProblems(path)).toBe('');
  return pdfText(path);
}

test('a written request is recorded, explained, acknowledged, extended with a notice, and answered', async ({ page }) => {
  test.setTimeout(360_000);
  await page.clock.install({ time: TODAY });
  await completeFirstRun(page);

  const people = new PeoplePage(page);
  await people.expectShown();
  await people.add({ givenName: 'Avery', familyName: 'Testperson-Fictive', address: '1200 Example Road, Victoria BC V8V 0A0' });

  const requests = new RequestsPage(page);
  await requests.open();
  await requests.checkScreen('20-requests-empty');
  const dialog = await requests.openNewDialog();
  // A date in the future is refused at the field, and nothing is recorded.
  await requests.fillNew(dialog, { person: 'Testperson', receivedOn: '2026-03-20', informationSought: 'Every record about my visits since 2024.' });
  await dialog.getByRole('button', { name: 'Record request' }).click();
  await expect(dialog.getByText(/future/i).first()).toBeVisible();
  await requests.checkScreen('21-new-request-future-date');
  await dialog.getByLabel(labelled('Date received')).fill('2026-03-02');
  await dialog.getByRole('button', { name: 'Record request' }).click();
  await expect(dialog).toBeHidden();

  const request = new RequestPage(page);
  await request.expectShown('AR-2026-0001');
  // BC PIPA: 30 days not counting Saturdays, Sundays, Good Friday (3 April) and Easter Monday (6 April).
  await expect(page.getByText('April 15, 2026').first()).toBeVisible();
  expect(await request.offeredSteps()).toEqual(expect.arrayContaining(['Acknowledge', 'Extend time', 'Respond']));
  await request.checkScreen('22-request-received');

  const explanation = await request.explainDeadline();
  await expect(explanation).toContainText('Good Friday');
  await expect(explanation).toContainText('Easter Monday');
  await expect(explanation).toContainText('s.29');
  await request.checkScreen('23-explain-deadline');
  await page.keyboard.press('Escape');
  await expect(explanation).toBeHidden();

  // Acknowledge, with the letter.
  let step = await request.startStep('acknowledge');
  await request.setStepDate(step, 'Date the acknowledgement is sent', '2026-03-03');
  await request.prepareLetter(step);
  await request.checkScreen('24-acknowledge-letter');
  await request.issueLetter(step);
  const acknowledgement = await saveLetter(request, 'Acknowledgement', 'letter-acknowledgement.pdf');
  expect(acknowledgement).toContain('AR-2026-0001');
  expect(acknowledgement).toContain('April 15, 2026');

  // Extend: the notice's text holds the new date, the reasons and the commissioner.
  step = await request.startStep('extend');
  await request.setStepDate(step, 'Date the extension notice is sent', '2026-03-10');
  await step.getByLabel(labelled('Ground for the extension')).selectOption('largeVolume');
  await step.getByLabel(labelled('New due date')).fill('2026-05-15');
  await step.getByLabel(labelled('Reasons (printed in the notice)')).fill('Your file includes archived records stored off site.');
  await request.checkScreen('25-extend');
  await request.prepareLetter(step);
  await request.issueLetter(step);
  await expect(page.getByText('May 15, 2026').first()).toBeVisible();
  const notice = await saveLetter(request, 'Extension notice', 'letter-extension-notice.pdf');
  expect(notice).toContain('May 15, 2026');
  expect(notice).toContain('archived records stored off site');
  expect(notice).toContain('Office of the Information and Privacy Commissioner for British Columbia');
  expect(notice).toMatch(/Page 1 of \d/);
  expect(await request.offeredSteps()).not.toContain('Extend time');

  // Respond: everything disclosed.
  step = await request.startStep('respond');
  await request.setStepDate(step, 'Date the response is sent', '2026-03-16');
  await step.getByLabel(labelled('Description')).first().fill('Treatment notes, 2024–2026 (14 pages)');
  await step.getByLabel(labelled('How the information has been used')).fill('To provide treatment and to bill for it.');
  await step.getByLabel(labelled('To whom it has been disclosed')).fill('No one outside the clinic.');
  await step.getByLabel(labelled('What is enclosed')).fill('Copies of the records listed above.');
  await request.prepareLetter(step);
  await request.issueLetter(step);
  const response = await saveLetter(request, 'Response', 'letter-response.pdf');
  expect(response).toContain('Treatment notes');
  expect(response).toContain('No one outside the clinic.');

  await expect(page.getByText('Responded').first()).toBeVisible();
  const timeline = request.timeline();
  const steps = timeline.getByRole('rowgroup').last().getByRole('row');
  await expect(steps).toHaveCount(4);
  await expect(steps.nth(0)).toContainText('Mar 2, 2026');
  await expect(steps.nth(1)).toContainText('Received → Acknowledged');
  await expect(steps.nth(2)).toContainText('Acknowledged → Extended');
  await expect(steps.nth(2)).toContainText('Extension notice');
  await expect(steps.nth(3)).toContainText('Extended → Responded');
  expect(await request.offeredSteps()).toEqual([]);
  await request.checkScreen('26-request-responded');

  // The worklist and the dashboard agree: nothing open, nothing overdue.
  await requests.open();
  await requests.filterStatus('all');
  await expect(requests.row('AR-2026-0001')).toContainText('Responded');
  await requests.checkScreen('27-requests-list');
  const dashboard = new DashboardPage(page);
  await dashboard.open();
  await expect(dashboard.overdue()).toHaveAccessibleName('Overdue (0)');
  await dashboard.checkScreen('28-dashboard');
});

test('a Québec request answered in French with a refusal in part: grounds, provisions and the CAI in the letter', async ({ page }) => {
  test.setTimeout(240_000);
  const { request } = await openFreshRequest(
    page,
    TODAY,
    { givenName: 'Camille', familyName: 'Essai-Fictive', address: '10, rue de l’Exemple, Montréal (Québec) H2X 0A0' },
    { person: 'Essai', receivedOn: '2026-03-02', regime: 'QC', language: 'fr', informationSought: 'Mon dossier client complet.' },
  );
  // Québec P-39.1 s.32: 30 calendar days; 1 April 2026 is not a holiday. The office has no extension of its own (s.46: only the CAI).
  await expect(page.getByText('April 1, 2026').first()).toBeVisible();
  expect(await request.offeredSteps()).not.toContain('Extend time');

  const step = await request.startStep('respond');
  await request.setStepDate(step, 'Date the response is sent', '2026-03-16');
  await step.getByLabel(labelled('Description')).first().fill('Dossier client 2024–2026');
  await step.getByRole('button', { name: 'Add another item' }).click();
  const second = step.getByRole('group', { name: 'Item 2' });
  await second.getByLabel(labelled('Description')).fill('Notes concernant un autre client');
  await second.getByRole('radio', { name: 'Withheld' }).check();
  // Without a ground the refusal is not recorded.
  await step.getByLabel(labelled('How the information has been used')).fill('Pour vous fournir nos services.');
  await step.getByLabel(labelled('To whom it has been disclosed')).fill('À personne.');
  await step.getByLabel(labelled('What is enclosed')).fill('Copie du dossier client.');
  await step.getByRole('button', { name: 'Next: prepare the letter' }).click();
  await expect(second.getByText(/required|ground/i).first()).toBeVisible();
  await second.getByLabel('Standard ground for item 2').selectOption('QC:40');
  await expect(second.getByLabel(labelled('Provision relied on'))).toHaveValue('s.40');
  await request.prepareLetter(step);
  await request.checkScreen('29-refusal-letter-fr');
  await request.issueLetter(step);

  await expect(page.getByText('Refused in part').first()).toBeVisible();
  const download = page.waitForEvent('download');
  await request.letters().getByRole('button', { name: /^Save Refusal/ }).click();
  const path = `${LETTER_DIR}/letter-refusal-fr.pdf`;
  await (await download).saveAs(path);
  expect(pdfProblems(path)).toBe('');
  const text = pdfText(path).replace(/\s+/g, ' ');
  expect(text).toContain('refus partiel');
  expect(text).toContain('Notes concernant un autre client');
  expect(text).toMatch(/art\.\s?40|s\.40/);
  expect(text).toContain('Commission d’accès à l’information');
  expect(text).toContain('30 jours');
  expect(text).toMatch(/Page 1 de \d/);
});
