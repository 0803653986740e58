// Issue #12 end to end in Chromium: a Québec request whose time only the Commission d'accès à
// l'information can extend (P-39.1 s.46), with the notice to the person read back from the PDF; and a
// BC request whose clock stops while an s.37 application is before the commissioner (s.29(2)).
import { expect, test } from './fixtures';
import { pdfProblems, pdfText } from './pdf';
import { openFreshRequest } from './journeys';
import { labelled } from './pages/AppPage';

// Monday 16 March 2026, 10:00 in Vancouver: the requests arrived on Monday 2 March.
const TODAY = new Date('2026-03-16T10:00:00-07:00');

test('Québec: the extension is asked of the CAI, shown as pending, then granted with a notice in French', async ({ page }) => {
  test.setTimeout(240_000);
  const { requests, request } = await openFreshRequest(
    page,
    TODAY,
    { givenName: 'Camille', familyName: 'Essai-Fictive', address: '10, rue de l’Exemple, Montréal (Québec) H2X 0A0' },
    { person: 'Essai', receivedOn: '2026-03-02', regime: 'QC', language: 'fr', informationSought: 'Mon dossier client complet.' },
  );
  expect(await request.offeredSteps()).not.toContain('Extend time');

  let step = await request.startStep('applyToCai');
  await request.setStepDate(step, 'Date the application was sent to the Commission', '2026-03-13');
  await step.getByLabel(labelled('Reasons given in the application')).fill('Le dossier comprend des archives conservées hors site.');
  await step.getByRole('button', { name: 'Record', exact: true }).click();
  await expect(step).toBeHidden();
  await expect(page.getByText(/Extension asked of the CAI on March 13, 2026/)).toBeVisible();
  await request.checkScreen('40-qc-cai-pending');

  await requests.open();
  await expect(requests.row('AR-2026-0001')).toContainText('Extension asked of the CAI');
  await expect(requests.row('AR-2026-0001')).toContainText('Apr 1, 2026');
  await requests.row('AR-2026-0001').getByRole('link').first().click();
  await request.expectShown('AR-2026-0001');

  step = await request.startStep('recordCaiDecision');
  await request.setStepDate(step, 'Date of the Commission’s decision', '2026-03-16');
  await step.getByRole('radio', { name: 'Extension granted' }).check();
  await step.getByLabel(labelled('New date set by the Commission')).fill('2026-05-01');
  await request.prepareLetter(step);
  await request.checkScreen('41-qc-cai-notice');
  await request.issueLetter(step);
  await expect(page.getByText('May 1, 2026').first()).toBeVisible();

  const download = page.waitForEvent('download');
  await request.letters().getByRole('button', { name: /^Save Extension notice/ }).click();
  const path = 'test-results/screenshots/letter-qc-cai-extension-fr.pdf';
  await (await download).saveAs(path);
  expect(pdfProblems(path)).toBe('');
  const text = pdfText(path).replace(/\s+/g, ' ');
  expect(text).toContain('la Commission a accordé cette prolongation');
  expect(text).toMatch(/art\.\s?46/);
  expect(text).toContain('1er mai 2026');
  expect(text).toContain('réputée refusée');
  expect(text).toContain('examen de mésentente');
  expect(text).not.toMatch(/ne permet pas de prolonger/);
});

test('BC: the clock stops while an s.37 application is before the commissioner, and the due date moves', async ({ page }) => {
  test.setTimeout(240_000);
  const { request } = await openFreshRequest(
    page,
    TODAY,
    { givenName: 'Avery', familyName: 'Testperson-Fictive', address: '1200 Example Road, Victoria BC V8V 0A0' },
    { person: 'Testperson', receivedOn: '2026-03-02', informationSought: 'Every record about my visits since 2024.' },
  );
  await expect(page.getByText('April 15, 2026').first()).toBeVisible();

  const step = await request.startStep('stopClock');
  await request.setStepDate(step, 'Date the application or the review request was made', '2026-03-10');
  await step.getByLabel(labelled('Date the commissioner decided (if already known)')).fill('2026-03-12');
  await step.getByRole('button', { name: 'Record', exact: true }).click();
  await expect(step).toBeHidden();
  // Tue 10 to Thu 12 March are not counted (s.29(2)): the 30th day moves to Monday 20 April.
  await expect(page.getByText('April 20, 2026').first()).toBeVisible();
  const explanation = await request.explainDeadline();
  await expect(explanation).toContainText('3 days not counted');
  await expect(explanation).toContainText('s.29(2)');
  await request.checkScreen('42-bc-clock-stop-explained');
});
