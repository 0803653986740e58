// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { RequestPage } from '../../../renderer/src/features/accessRequests/RequestPage';
import { extensionDeadline, responseDeadline } from '../../../renderer/src/domain/deadlines';
import { addDays } from '../../../renderer/src/domain/isoDate';
import type { AccessLetterInput } from '../../../renderer/src/domain/letters/accessLetterContent';
import { FakeHost, FakeVaultGate, sampleRequest, STRONG_PASSPHRASE, type SeedRequest } from '../app/fakes';
import { renderUnlocked } from '../app/render';

// pdfkit and its fonts are slow in jsdom; the letters have their own tests. The mock records the
// input so the test can see which state of the request the letter was built from.
const letters = vi.hoisted(() => ({
  build: vi.fn(async (_input: unknown) => new TextEncoder().encode('%PDF-1.7\n% letter for test\n%%EOF')),
}));
vi.mock('../../../renderer/src/letters/accessLetter', () => ({ buildAccessLetterPdf: letters.build }));

const TODAY = '2026-03-16';
const longDate = (iso: string) => new Intl.DateTimeFormat('en-CA', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

async function openRequest(overrides: Partial<SeedRequest> = {}, today = TODAY, host = new FakeHost()) {
  const gate = FakeVaultGate.withVault({ today });
  const [person] = gate.people().seed([{ kind: 'client', givenName: 'Amélie', familyName: 'Tremblay', address: '1 Test Road, Victoria BC' }]);
  const [request] = gate.accessRequests().seed([sampleRequest(person!.id, { id: 'r1', ...overrides })]);
  const session = await gate.unlock(STRONG_PASSPHRASE);
  renderUnlocked(<RequestPage requestId="r1" />, session, { host });
  await screen.findByRole('heading', { level: 1, name: /AR-2026-0001/ });
  return { session, request: request!, host };
}

function nextSteps() {
  return screen.getByRole('region', { name: 'Next steps' });
}

function offered() {
  return within(nextSteps())
    .queryAllByRole('button')
    .map((b) => b.textContent);
}

beforeEach(() => {
  window.location.hash = '#/requests/r1';
  letters.build.mockClear();
});

describe('access request page: next steps', () => {
  it('offers only the steps allowedActions returns', async () => {
    await openRequest();
    expect(offered()).toEqual(['Acknowledge', 'Send fee estimate', 'Extend time', 'Respond', 'Stop the clock', 'Withdrawn by the person', 'Close as abandoned']);
  }, 120_000);

  it('offers the fee answer while one is awaited, and nothing once closed', async () => {
    await openRequest({ status: 'awaitingFeeDirection', fee: { estimateCents: 2500, basis: 'Copies', estimateSentOn: '2026-03-05' } });
    expect(offered()).toEqual(['Record fee answer', 'Extend time', 'Stop the clock', 'Withdrawn by the person', 'Close as abandoned']);
  }, 120_000);

  it('Québec: offers an application to the CAI instead of an extension of the office’s own, and says why', async () => {
    await openRequest({ regime: 'QC' });
    expect(offered()).not.toContain('Extend time');
    expect(offered()).toContain('Ask the CAI for more time');
    expect(
      within(nextSteps()).getByText('The office cannot extend the time itself under the Québec Act: it may ask the Commission d’accès à l’information, before the 30-day limit ends (s.46).'),
    ).toBeTruthy();
  }, 120_000);

  it('says a closed request takes no further step', async () => {
    await openRequest({ status: 'withdrawn', closedOn: '2026-03-05' });
    expect(offered()).toEqual([]);
    expect(within(nextSteps()).getByText('This request is closed. No further step can be recorded.')).toBeTruthy();
  }, 120_000);
});

describe('access request page: letters', () => {
  it('warns before issuing when a paragraph holds characters the letter font cannot print', async () => {
    const user = userEvent.setup({ delay: null });
    await openRequest();
    await user.click(within(nextSteps()).getByRole('button', { name: 'Acknowledge' }));
    const dialog = await screen.findByRole('dialog', { name: 'Acknowledge request AR-2026-0001' });
    await user.click(within(dialog).getByRole('button', { name: 'Next: prepare the letter' }));
    const opening = await within(dialog).findByLabelText('Opening paragraph');
    expect(within(dialog).queryByText(/cannot be printed/)).toBeNull();
    await user.type(opening, ' 王小明 é');
    const warning = await within(dialog).findByText(/cannot be printed with the letter’s font/, {}, { timeout: 10_000 });
    expect(warning.textContent).toContain('王 小 明');
    expect(warning.textContent).not.toContain('é');
  }, 60_000);

  it('acknowledges: edits a paragraph, previews, issues the letter built from the request after the step, then opens, saves and prints it', async () => {
    const user = userEvent.setup({ delay: null });
    const { session, host } = await openRequest();
    await user.click(within(nextSteps()).getByRole('button', { name: 'Acknowledge' }));
    const dialog = await screen.findByRole('dialog', { name: 'Acknowledge request AR-2026-0001' });
    await user.click(within(dialog).getByRole('button', { name: 'Next: prepare the letter' }));

    const opening = await within(dialog).findByLabelText('Opening paragraph');
    await user.clear(opening);
    await user.type(opening, 'Thank you for your request.');
    await user.click(within(dialog).getByRole('button', { name: 'Preview letter' }));
    await waitFor(() => expect(host.previewPdf).toHaveBeenCalledTimes(1));
    expect(session.accessRequests.apply).not.toHaveBeenCalled();

    await user.click(within(dialog).getByRole('button', { name: 'Issue letter and record' }));
    await waitFor(() => expect(session.accessRequests.apply).toHaveBeenCalledTimes(1));
    const [id, action, letter] = session.accessRequests.apply.mock.calls[0]!;
    expect(id).toBe('r1');
    expect(action).toEqual({ type: 'acknowledge', on: TODAY });
    expect(letter).toMatchObject({ kind: 'acknowledgement', language: 'en', paragraphs: expect.objectContaining({ opening: 'Thank you for your request.' }) });
    const built = letters.build.mock.calls.at(-1)![0] as AccessLetterInput;
    expect(built.request.status).toBe('acknowledged');
    expect(built.language).toBe('en');
    expect(built.paragraphs?.opening).toBe('Thank you for your request.');

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByText('Recorded: Acknowledged. The Acknowledgement letter was issued and is listed under Letters.')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Timeline' }).textContent).toContain('Received → Acknowledged');

    const lettersRegion = screen.getByRole('region', { name: 'Letters' });
    await user.click(within(lettersRegion).getByRole('button', { name: 'Save Acknowledgement of Mar 16, 2026' }));
    await waitFor(() => expect(host.saveFile).toHaveBeenCalledTimes(1));
    expect(host.saveFile.mock.calls[0]![0].suggestedName).toBe('AR-2026-0001-acknowledgement-2026-03-16-en.pdf');
    expect(new TextDecoder().decode(host.saveFile.mock.calls[0]![0].bytes.subarray(0, 5))).toBe('%PDF-');
    expect(await screen.findByText('Letter saved as AR-2026-0001-acknowledgement-2026-03-16-en.pdf.')).toBeTruthy();
    await user.click(within(lettersRegion).getByRole('button', { name: 'Print Acknowledgement of Mar 16, 2026' }));
    await waitFor(() => expect(host.printPdf).toHaveBeenCalledTimes(1));
    await user.click(within(lettersRegion).getByRole('button', { name: 'Open Acknowledgement of Mar 16, 2026' }));
    await waitFor(() => expect(host.previewPdf).toHaveBeenCalledTimes(2));
    expect(session.accessRequests.readLetter).toHaveBeenCalledTimes(3);
  }, 120_000);

  it('refuses an extension once the original time limit has run out, with the rule in words, and saves nothing', async () => {
    const user = userEvent.setup({ delay: null });
    const due = responseDeadline('2026-03-02', 'BC_PIPA').due;
    const { session } = await openRequest({}, due);
    await user.click(within(nextSteps()).getByRole('button', { name: 'Extend time' }));
    const dialog = await screen.findByRole('dialog', { name: 'Extend the time to respond to AR-2026-0001' });
    const newDue = within(dialog).getByLabelText(/^New due date/) as HTMLInputElement;
    // The default is the most the Act allows on the first ground, without permission.
    expect(newDue.value).toBe(extensionDeadline('2026-03-02', 'BC_PIPA', 'insufficientDetail').due);
    expect(newDue.value > due).toBe(true);
    await user.click(within(dialog).getByLabelText(/^Reasons/));
    await user.paste('Many archived boxes to search.');

    // The dialog stayed open past midnight: the notice would now be dated after the deadline.
    const late = addDays(due, 1);
    session.setToday(late);
    fireEvent.change(within(dialog).getByLabelText(/^Date the extension notice is sent/), { target: { value: late } });
    await user.click(within(dialog).getByRole('button', { name: 'Next: prepare the letter' }));

    const message = `An extension notice must be sent within the original time limit, which ended on ${longDate(due)}. It is too late to extend; respond as soon as possible.`;
    const alert = await within(dialog).findByRole('alert');
    // The rule once, at its field; the alert only points there (issue #14, item 8).
    expect(alert.textContent).toBe('Nothing was saved. Correct the field marked in red.');
    const on = within(dialog).getByLabelText(/^Date the extension notice is sent/);
    expect(on.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(on.getAttribute('aria-describedby') ?? '')?.textContent).toBe(message);
    expect(session.accessRequests.apply).not.toHaveBeenCalled();
    expect(letters.build).not.toHaveBeenCalled();
    expect(session.accessRequests.get('r1')?.status).toBe('received');
  }, 120_000);

  it('refuses a response that withholds an item without a ground and provision, then issues a refusal once they are given', async () => {
    const user = userEvent.setup({ delay: null });
    const { session } = await openRequest();
    await user.click(within(nextSteps()).getByRole('button', { name: 'Respond' }));
    const dialog = await screen.findByRole('dialog', { name: 'Respond to request AR-2026-0001' });
    await user.click(within(dialog).getByLabelText(/^Description/));
    await user.paste('Investigation file on a co-worker’s complaint');
    await user.click(within(dialog).getByLabelText('Withheld'));
    await user.click(within(dialog).getByRole('button', { name: 'Next: prepare the letter' }));

    expect(await within(dialog).findByText('Say why this item is withheld, in words the person can understand.')).toBeTruthy();
    expect(within(dialog).getByText('Give the provision of the Act relied on, e.g. s.23(3)(a).')).toBeTruthy();
    expect(within(dialog).getByLabelText(/^Why it is withheld/).getAttribute('aria-invalid')).toBe('true');
    expect(session.accessRequests.apply).not.toHaveBeenCalled();

    await user.selectOptions(within(dialog).getByLabelText('Standard ground for item 1'), 'BC_PIPA:23(3)(c)');
    expect((within(dialog).getByLabelText(/^Provision relied on/) as HTMLInputElement).value).toBe('s.23(3)(c)');
    await user.click(within(dialog).getByRole('button', { name: 'Next: prepare the letter' }));
    await user.click(await within(dialog).findByRole('button', { name: 'Issue letter and record' }));
    await waitFor(() => expect(session.accessRequests.apply).toHaveBeenCalledTimes(1));
    expect(session.accessRequests.apply.mock.calls[0]![2]).toMatchObject({ kind: 'refusal' });
    await session.accessRequests.apply.mock.results[0]!.value; // the store's write, awaited
    expect(session.accessRequests.get('r1')?.status).toBe('refusedInFull');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(within(nextSteps()).getByText('This request is closed. No further step can be recorded.')).toBeTruthy();
  }, 120_000);

  it('records a step without a letter directly (withdrawn by the person)', async () => {
    const user = userEvent.setup({ delay: null });
    const { session } = await openRequest();
    await user.click(within(nextSteps()).getByRole('button', { name: 'Withdrawn by the person' }));
    const dialog = await screen.findByRole('dialog', { name: 'Record that request AR-2026-0001 was withdrawn' });
    await user.click(within(dialog).getByRole('button', { name: 'Record' }));
    await waitFor(() => expect(session.accessRequests.apply).toHaveBeenCalledWith('r1', { type: 'withdraw', on: TODAY }));
    expect(letters.build).not.toHaveBeenCalled();
    expect(await screen.findByText('Recorded: Withdrawn.')).toBeTruthy();
  }, 120_000);
});

describe('access request page: explain this deadline', () => {
  it('lists the rule, the days counted, the holidays skipped and the office closures with the send-by date', async () => {
    const user = userEvent.setup({ delay: null });
    const gateToday = '2026-04-10';
    const host = new FakeHost();
    const gate = FakeVaultGate.withVault({ today: gateToday });
    gate.data!.settings.officeClosures = ['2026-05-12', '2026-04-24', '2026-06-01'];
    const [person] = gate.people().seed([{ kind: 'client', givenName: 'Amélie', familyName: 'Tremblay' }]);
    gate.accessRequests().seed([sampleRequest(person!.id, { id: 'r1', receivedOn: '2026-03-27' })]);
    const session = await gate.unlock(STRONG_PASSPHRASE);
    renderUnlocked(<RequestPage requestId="r1" />, session, { host });
    expect(await screen.findByText('Due May 12, 2026')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Explain this deadline' }));
    const dialog = await screen.findByRole('dialog', { name: 'How the deadline for AR-2026-0001 is counted' });
    expect(dialog.textContent).toContain('Personal Information Protection Act (British Columbia), s.29(1)');

    const skipped = within(dialog).getByRole('region', { name: '2 days skipped' });
    const items = within(skipped).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(['Fri, Apr 3, 2026 — Good Friday (holiday, BC Interpretation Act s.29)', 'Mon, Apr 6, 2026 — Easter Monday (holiday, BC Interpretation Act s.29)']);

    const counted = within(dialog).getByRole('region', { name: '30 days counted' });
    const days = within(counted).getAllByRole('listitem');
    expect(days).toHaveLength(30);
    expect(days[0]?.textContent).toBe('Mon, Mar 30, 2026');
    expect(days[29]?.textContent).toBe('Tue, May 12, 2026');
    expect(within(counted).getByRole('list').tagName).toBe('OL');

    const closures = within(dialog).getByRole('region', { name: 'Office closures' });
    expect(closures.textContent).toContain('Office closures never change a statutory deadline.');
    expect(within(closures).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Fri, Apr 24, 2026', 'Tue, May 12, 2026']);
    expect(closures.textContent).toContain('Plan to send by Mon, May 11, 2026.');
  }, 120_000);
});

describe('access request page: attachments', () => {
  it('adds a file chosen through the host, and opens it', async () => {
    const user = userEvent.setup({ delay: null });
    const host = new FakeHost();
    host.openFile.mockResolvedValueOnce({ name: 'written-request.pdf', bytes: new Uint8Array(new TextEncoder().encode('%PDF-1.4 scan')) }); // of this realm, as IPC delivers them
    const { session } = await openRequest({}, TODAY, host);
    const region = screen.getByRole('region', { name: 'Attachments' });
    await user.click(within(region).getByRole('button', { name: 'Add attachment…' }));
    expect(await within(region).findByText('written-request.pdf')).toBeTruthy();
    expect(session.accessRequests.addAttachment).toHaveBeenCalledWith('r1', expect.objectContaining({ name: 'written-request.pdf', mediaType: 'application/pdf' }));
    await user.click(within(region).getByRole('button', { name: 'Open written-request.pdf' }));
    await waitFor(() => expect(host.previewPdf).toHaveBeenCalledWith(expect.objectContaining({ title: 'written-request.pdf' })));
  }, 120_000);

  it('saves an attachment back out whatever its name, under a safe name derived from it (issue #13, item 16)', async () => {
    const user = userEvent.setup({ delay: null });
    const host = new FakeHost();
    const odd = `CON: relevé ${'très long '.repeat(40)}/mars.pdf`;
    host.openFile.mockResolvedValueOnce({ name: odd, bytes: new Uint8Array(new TextEncoder().encode('%PDF-1.4 scan')) }); // of this realm, as IPC delivers them
    await openRequest({}, TODAY, host);
    const region = screen.getByRole('region', { name: 'Attachments' });
    await user.click(within(region).getByRole('button', { name: 'Add attachment…' }));
    await user.click(await within(region).findByRole('button', { name: `Save ${odd}` }));
    await waitFor(() => expect(host.saveFile).toHaveBeenCalledTimes(1));
    const { suggestedName, filters } = host.saveFile.mock.calls[0]![0];
    expect(suggestedName).toMatch(/^CON_ relevé très long .*\.pdf$/);
    expect(suggestedName).not.toMatch(/[/:]/);
    expect(new TextEncoder().encode(suggestedName).length).toBeLessThanOrEqual(240);
    expect(filters).toEqual([{ name: 'PDF', extensions: ['pdf'] }]);
  }, 120_000);

  it('says so when the record does not exist', async () => {
    const gate = FakeVaultGate.withVault({ today: TODAY });
    renderUnlocked(<RequestPage requestId="nope" />, await gate.unlock(STRONG_PASSPHRASE));
    expect(await screen.findByRole('heading', { level: 1, name: 'Request not found' })).toBeTruthy();
  }, 120_000);
});
