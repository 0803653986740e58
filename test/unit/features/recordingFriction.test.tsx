// @vitest-environment jsdom
// Issue #14 item 7: recording a request without detours — a new person from the request form,
// ISO dates typed and shown the same in every locale, a warning before archiving someone whose
// request is still open.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { RequestPage } from '../../../renderer/src/features/accessRequests/RequestPage';
import { RequestsPage } from '../../../renderer/src/features/accessRequests/RequestsPage';
import { SettingsPage } from '../../../renderer/src/features/settings/SettingsPage';
import { PersonDialog } from '../../../renderer/src/features/people/PersonDialog';
import { FakeVaultGate, sampleRequest, STRONG_PASSPHRASE } from '../app/fakes';
import { renderUnlocked } from '../app/render';

const TODAY = '2026-03-16';

beforeEach(() => {
  window.location.hash = '#/requests';
});

describe('recording friction', () => {
  it('adds a new person from the request form and selects them, without leaving the form', async () => {
    const user = userEvent.setup({ delay: null });
    const session = await FakeVaultGate.withVault({ today: TODAY }).unlock(STRONG_PASSPHRASE);
    renderUnlocked(<RequestsPage />, session);
    await user.click(await screen.findByRole('button', { name: 'New request' }));
    const dialog = await screen.findByRole('dialog', { name: 'New access request' });
    await user.type(within(dialog).getByLabelText(/^Information sought/), 'My dental file');

    await user.click(within(dialog).getByRole('button', { name: 'New person' }));
    const personDialog = await screen.findByRole('dialog', { name: 'Add person' });
    await user.type(within(personDialog).getByLabelText(/^Given name/), 'Chidi');
    await user.type(within(personDialog).getByLabelText(/^Family name/), 'Okafor');
    await user.click(within(personDialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Add person' })).toBeNull());

    // Back in the request form, typed text kept and the new person chosen.
    const picker = within(dialog).getByRole('combobox', { name: /Person who made the request/ }) as HTMLInputElement;
    await waitFor(() => expect(picker.value).toBe('Chidi Okafor'));
    expect((within(dialog).getByLabelText(/^Information sought/) as HTMLTextAreaElement).value).toBe('My dental file');
    await user.click(within(dialog).getByRole('button', { name: 'Record request' }));
    await waitFor(() => expect(session.accessRequests.list()).toHaveLength(1));
    const [person] = session.people.list();
    expect(person?.familyName).toBe('Okafor');
    expect(session.accessRequests.list()[0]?.personId).toBe(person?.id);
  }, 120_000);

  it('shows and accepts dates as YYYY-MM-DD whatever the browser locale, and refuses 12/06/2026', async () => {
    const user = userEvent.setup({ delay: null });
    const gate = FakeVaultGate.withVault({ today: TODAY });
    gate.people().seed([{ kind: 'client', givenName: 'Amélie', familyName: 'Tremblay' }]);
    const session = await gate.unlock(STRONG_PASSPHRASE);
    renderUnlocked(<RequestsPage />, session);
    await user.click(await screen.findByRole('button', { name: 'New request' }));
    const dialog = await screen.findByRole('dialog', { name: 'New access request' });
    const received = within(dialog).getByLabelText(/^Date received/) as HTMLInputElement;
    // Not type="date": Chromium would format it by the system locale (12/06/2026 on en-US).
    expect(received.type).toBe('text');
    expect(received.placeholder).toBe('YYYY-MM-DD');
    expect(received.value).toBe(TODAY);

    fireEvent.change(received, { target: { value: '12/06/2026' } });
    fireEvent.blur(received);
    await waitFor(() => expect(received.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(received.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Enter a date as YYYY-MM-DD, e.g. 2026-03-09.');

    await user.type(within(dialog).getByRole('combobox', { name: /Person who made the request/ }), 'Trem');
    await user.click(await screen.findByRole('option', { name: /Amélie Tremblay/ }));
    await user.type(within(dialog).getByLabelText(/^Information sought/), 'My file');
    await user.clear(received);
    await user.type(received, '2026-03-02');
    await user.click(within(dialog).getByRole('button', { name: 'Record request' }));
    await waitFor(() => expect(session.accessRequests.list()).toHaveLength(1));
    expect(session.accessRequests.list()[0]?.receivedOn).toBe('2026-03-02');
  }, 120_000);

  it('warns, naming the requests, before archiving a person with an open access request', async () => {
    const user = userEvent.setup({ delay: null });
    const gate = FakeVaultGate.withVault({ today: TODAY });
    const [person] = gate.people().seed([{ kind: 'client', givenName: 'Amélie', familyName: 'Tremblay' }]);
    gate.accessRequests().seed([
      sampleRequest(person!.id, { id: 'open', reference: 'AR-2026-0007', receivedOn: '2026-03-02' }),
      sampleRequest(person!.id, { id: 'closed', reference: 'AR-2026-0002', status: 'responded', closedOn: '2026-02-10', respondedOn: '2026-02-10' }),
    ]);
    const session = await gate.unlock(STRONG_PASSPHRASE);
    renderUnlocked(<PersonDialog people={session.people} accessRequests={session.accessRequests} person={session.people.get(person!.id)!} onClose={() => {}} />, session);
    await user.click(await screen.findByRole('button', { name: 'Archive' }));
    const confirm = await screen.findByRole('dialog', { name: /Archive Amélie Tremblay/ });
    expect(confirm.textContent).toContain('This person has an open access request: AR-2026-0007. Its deadline keeps running after archiving.');
    expect(confirm.textContent).not.toContain('AR-2026-0002');
    expect(session.people.get(person!.id)?.archivedAt).toBeFalsy();
  }, 120_000);

  it('adds an office closure as a range of days, each day stored, and refuses a reversed or overlong range', async () => {
    const user = userEvent.setup({ delay: null });
    const gate = FakeVaultGate.withVault({ today: TODAY });
    gate.data!.settings.officeClosures = ['2026-12-28'];
    const session = await gate.unlock(STRONG_PASSPHRASE);
    renderUnlocked(<SettingsPage />, session);
    const region = await screen.findByRole('region', { name: 'Office closures' });
    const first = within(region).getByLabelText('Closure date');
    const last = within(region).getByLabelText('Last day (optional)');
    const add = within(region).getByRole('button', { name: 'Add closure' });

    fireEvent.change(first, { target: { value: '2026-12-24' } });
    fireEvent.change(last, { target: { value: '2026-12-21' } });
    await user.click(add);
    expect(await within(region).findByText('The last day is before the first day.')).toBeTruthy();
    fireEvent.change(last, { target: { value: '2027-12-24' } });
    await user.click(add);
    expect(await within(region).findByText(/A closure can cover at most 60 days at a time/)).toBeTruthy();
    expect(session.settings().officeClosures).toEqual(['2026-12-28']);

    fireEvent.change(last, { target: { value: '2026-12-29' } });
    await user.click(add);
    // Dec 28 was already listed: the five other days are added, weekends included (the office is closed).
    expect(await within(region).findByText('5 days from Thu, Dec 24, 2026 to Tue, Dec 29, 2026 were added.')).toBeTruthy();
    expect(session.settings().officeClosures).toEqual(['2026-12-24', '2026-12-25', '2026-12-26', '2026-12-27', '2026-12-28', '2026-12-29']);
    expect((first as HTMLInputElement).value).toBe('');
    expect((last as HTMLInputElement).value).toBe('');
  }, 120_000);

  it('shows the send-by date before a closure on the request page and in the worklist', async () => {
    const gate = FakeVaultGate.withVault({ today: TODAY });
    gate.data!.settings.officeClosures = ['2026-04-15']; // the due date itself (BC PIPA, received Mar 2)
    const [person] = gate.people().seed([{ kind: 'client', givenName: 'Amélie', familyName: 'Tremblay' }]);
    gate.accessRequests().seed([sampleRequest(person!.id, { id: 'r1', receivedOn: '2026-03-02' })]);
    const session = await gate.unlock(STRONG_PASSPHRASE);
    const { unmount } = renderUnlocked(<RequestPage requestId="r1" />, session);
    expect(await screen.findByText('Plan to send by Tue, Apr 14, 2026.')).toBeTruthy();
    unmount();

    renderUnlocked(<RequestsPage />, session);
    const table = await screen.findByRole('table', { name: 'Access requests' });
    const row = within(table).getAllByRole('row')[1]!;
    expect(row.textContent).toContain('Apr 15, 2026');
    expect(row.textContent).toContain('send by Apr 14, 2026');
  }, 120_000);

  it('says the send-by date is the due date itself when no closure moves it, and adds nothing to the worklist', async () => {
    const gate = FakeVaultGate.withVault({ today: TODAY });
    const [person] = gate.people().seed([{ kind: 'client', givenName: 'Amélie', familyName: 'Tremblay' }]);
    gate.accessRequests().seed([sampleRequest(person!.id, { id: 'r1', receivedOn: '2026-03-02' })]);
    const session = await gate.unlock(STRONG_PASSPHRASE);
    const { unmount } = renderUnlocked(<RequestPage requestId="r1" />, session);
    expect(await screen.findByText('Plan to send by Wed, Apr 15, 2026, the due date itself.')).toBeTruthy();
    unmount();
    renderUnlocked(<RequestsPage />, session);
    const table = await screen.findByRole('table', { name: 'Access requests' });
    expect(table.textContent).not.toContain('send by');
  }, 120_000);

  it('says no send-by date once the request is overdue: the overdue alert speaks instead', async () => {
    const gate = FakeVaultGate.withVault({ today: '2026-04-20' });
    const [person] = gate.people().seed([{ kind: 'client', givenName: 'Amélie', familyName: 'Tremblay' }]);
    gate.accessRequests().seed([sampleRequest(person!.id, { id: 'r1', receivedOn: '2026-03-02' })]);
    const session = await gate.unlock(STRONG_PASSPHRASE);
    renderUnlocked(<RequestPage requestId="r1" />, session);
    await screen.findByRole('heading', { level: 1, name: /AR-2026-0001/ });
    expect(screen.queryByText(/Plan to send by/)).toBeNull();
  }, 120_000);

  it('shows the corrected received date in the timeline after Edit details, with the original beside it', async () => {
    const gate = FakeVaultGate.withVault({ today: TODAY });
    const [person] = gate.people().seed([{ kind: 'client', givenName: 'Amélie', familyName: 'Tremblay' }]);
    gate.accessRequests().seed([sampleRequest(person!.id, { id: 'r1', receivedOn: '2026-03-02' })]);
    const session = await gate.unlock(STRONG_PASSPHRASE);
    await session.accessRequests.update('r1', sampleRequest(person!.id, { receivedOn: '2026-03-04' }));
    renderUnlocked(<RequestPage requestId="r1" />, session);
    const timeline = await screen.findByRole('table', { name: /timeline/i });
    const received = within(timeline).getAllByRole('row').find((row) => row.textContent?.includes('Received'))!;
    expect(received.textContent).toContain('Mar 4, 2026');
    expect(received.textContent).toContain('corrected from Mar 2, 2026');
  }, 120_000);
});
