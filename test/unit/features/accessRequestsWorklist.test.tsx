// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { RequestsPage } from '../../../renderer/src/features/accessRequests/RequestsPage';
import { worklistRows } from '../../../renderer/src/features/accessRequests/worklist';
import { FakeVaultGate, sampleRequest, STRONG_PASSPHRASE } from '../app/fakes';
import { renderUnlocked } from '../app/render';

const TODAY = '2026-03-16';

async function openSession() {
  const gate = FakeVaultGate.withVault({ today: TODAY });
  const [amelie, raj] = gate.people().seed([
    { kind: 'client', givenName: 'Amélie', familyName: 'Tremblay' },
    { kind: 'employee', givenName: 'Raj', familyName: 'Singh' },
  ]);
  const a = amelie!.id;
  const r = raj!.id;
  gate.accessRequests().seed([
    sampleRequest(a, { id: 'later', receivedOn: '2026-03-10', dueOn: '2026-04-21' }),
    sampleRequest(r, { id: 'overdue', receivedOn: '2026-01-20', dueOn: '2026-03-12', regime: 'PIPEDA' }),
    sampleRequest(a, { id: 'soon', receivedOn: '2026-02-05', dueOn: '2026-03-19', status: 'acknowledged' }),
    sampleRequest(r, { id: 'today', receivedOn: '2026-02-01', dueOn: '2026-03-16', regime: 'AB_PIPA' }),
    sampleRequest(a, { id: 'extended', receivedOn: '2026-01-10', dueOn: '2026-02-20', status: 'extended', extension: { ground: 'largeVolume', reasons: 'Many boxes', newDue: '2026-03-31', noticeOn: '2026-02-18' } }),
    sampleRequest(r, { id: 'closed', receivedOn: '2026-01-05', dueOn: '2026-02-16', status: 'responded', closedOn: '2026-02-10', respondedOn: '2026-02-10' }),
  ]);
  return gate.unlock(STRONG_PASSPHRASE);
}

function bodyRows() {
  const table = screen.getByRole('table', { name: 'Access requests' });
  return within(table).getAllByRole('row').slice(1);
}

beforeEach(() => {
  window.location.hash = '#/requests';
});

describe('access requests worklist', () => {
  it('lists open requests by binding due date, with time left in words and overdue ones flagged', async () => {
    const session = await openSession();
    renderUnlocked(<RequestsPage />, session);
    expect(await screen.findByText('5 requests')).toBeTruthy();
    const rows = bodyRows();
    expect(rows.map((row) => within(row).getAllByRole('cell')[0]?.textContent)).toEqual(['AR-2026-0002', 'AR-2026-0004', 'AR-2026-0003', 'AR-2026-0005', 'AR-2026-0001']);

    const overdue = rows[0]!;
    expect(overdue.textContent).toContain('Overdue by 4 days');
    const headers = within(screen.getByRole('table')).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['Reference', 'Person', 'Received', 'Act', 'Status', 'Due', 'Answer by', 'Time left', 'Deemed refusal']);
    expect(rows.map((row) => within(row).getAllByRole('cell')[8]?.textContent)).toEqual(['Yes', '', '', '', '']);
    expect(overdue.textContent).toContain('Raj Singh');
    expect(overdue.textContent).toContain('PIPEDA');
    expect(within(overdue).getByText('Overdue by 4 days').closest('[data-tone]')?.getAttribute('data-tone')).toBe('overdue');
    expect(rows[1]!.textContent).toContain('Due today');
    expect(rows[2]!.textContent).toContain('3 days left');
    // The extended request sorts by its new date, not the original one.
    expect(rows[3]!.textContent).toContain('15 days left');
    expect(rows[3]!.textContent).toContain('(extended)');
    // The reference links to the request's page by its random id, never by anything personal.
    expect(within(overdue).getByRole('link', { name: 'AR-2026-0002' }).getAttribute('href')).toBe('#/requests/overdue');
  }, 120_000);

  it('filters by status and by Act', async () => {
    const user = userEvent.setup({ delay: null });
    const session = await openSession();
    renderUnlocked(<RequestsPage />, session);
    expect(await screen.findByText('5 requests')).toBeTruthy();

    await user.selectOptions(screen.getByLabelText('Status'), 'all');
    expect(await screen.findByText('6 requests')).toBeTruthy();
    // Closed requests come after the open ones.
    expect(bodyRows().at(-1)?.textContent).toContain('Closed');

    await user.selectOptions(screen.getByLabelText('Status'), 'acknowledged');
    expect(await screen.findByText('1 request')).toBeTruthy();
    expect(bodyRows()[0]?.textContent).toContain('AR-2026-0003');

    await user.selectOptions(screen.getByLabelText('Status'), 'open');
    await user.selectOptions(screen.getByLabelText('Act'), 'AB_PIPA');
    expect(await screen.findByText('1 request')).toBeTruthy();
    expect(bodyRows()[0]?.textContent).toContain('Alberta PIPA');

    await user.selectOptions(screen.getByLabelText('Act'), 'QC');
    expect(await screen.findByText('0 requests')).toBeTruthy();
    expect(screen.getByText('No requests match these filters.')).toBeTruthy();
  }, 120_000);

  it('shows beside the statutory due date the date to answer by, and whether the Act or the policy governs', async () => {
    const user = userEvent.setup({ delay: null });
    // All received Mon 2 March 2026 (Good Friday 3 April, Easter Monday 6 April); the statutory dates
    // are the repository's own (responseDeadline), the policy's 30 business days counted by hand.
    const gate = FakeVaultGate.withVault({ today: TODAY });
    const [person] = gate.people().seed([{ kind: 'client', givenName: 'Amélie', familyName: 'Tremblay' }]);
    gate.accessRequests().seed([
      // Alberta: Act 45 days → Thu 16 April; policy (Easter Monday counted in Alberta) → Tue 14 April.
      sampleRequest(person!.id, { id: 'ab', regime: 'AB_PIPA' }),
      // PIPEDA: Act 30 days → Wed 1 April; policy (both Easter days out) → Wed 15 April.
      sampleRequest(person!.id, { id: 'fed', regime: 'PIPEDA' }),
      // BC: the Act's 30 "days" (s.1) are the policy's 30 business days → Wed 15 April.
      sampleRequest(person!.id, { id: 'bc', regime: 'BC_PIPA' }),
      sampleRequest(person!.id, { id: 'done', status: 'responded', closedOn: '2026-03-10', respondedOn: '2026-03-10' }),
    ]);
    renderUnlocked(<RequestsPage />, await gate.unlock(STRONG_PASSPHRASE));
    await user.selectOptions(await screen.findByLabelText('Status'), 'all');
    expect(await screen.findByText('4 requests')).toBeTruthy();
    const cells = (column: number) => bodyRows().map((row) => within(row).getAllByRole('cell')[column]?.textContent);
    expect(cells(5)).toEqual(['Apr 1, 2026', 'Apr 15, 2026', 'Apr 16, 2026', 'Apr 15, 2026']);
    expect(cells(6)).toEqual([
      'Apr 1, 2026the Act governs',
      'Apr 15, 2026the Act and the policy give the same date',
      'Apr 14, 2026the policy governs',
      // A closed request owes no answer.
      '',
    ]);
    // Time left still counts to the statutory date.
    expect(cells(7)[2]).toBe('31 days left');
  }, 120_000);

  it('follows the policy setting: 10 calendar days come before every Act', async () => {
    const gate = FakeVaultGate.withVault({ today: TODAY });
    gate.data!.settings = { ...gate.data!.settings, policyPromise: { days: 10, unit: 'calendarDays' } };
    const [person] = gate.people().seed([{ kind: 'client', givenName: 'Amélie', familyName: 'Tremblay' }]);
    gate.accessRequests().seed([sampleRequest(person!.id, { id: 'fed', regime: 'PIPEDA' })]);
    renderUnlocked(<RequestsPage />, await gate.unlock(STRONG_PASSPHRASE));
    expect(await screen.findByText('1 request')).toBeTruthy();
    // 2 March + 10 = Thu 12 March.
    expect(within(bodyRows()[0]!).getAllByRole('cell')[6]?.textContent).toBe('Mar 12, 2026the policy governs');
  }, 120_000);

  it('says what to do when there is no request at all', async () => {
    const gate = FakeVaultGate.withVault({ today: TODAY });
    renderUnlocked(<RequestsPage />, await gate.unlock(STRONG_PASSPHRASE));
    expect(await screen.findByText(/No access requests yet\. Use “New request”/)).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  }, 120_000);

  it('re-reads the list when the repository changes', async () => {
    const session = await openSession();
    renderUnlocked(<RequestsPage />, session);
    expect(await screen.findByText('5 requests')).toBeTruthy();
    await session.accessRequests.apply('today', { type: 'withdraw', on: TODAY });
    await waitFor(() => expect(screen.getByText('4 requests')).toBeTruthy());
  }, 120_000);
});

describe('worklistRows', () => {
  it('orders open requests by the binding date and closed ones after, most recently closed first', async () => {
    const session = await openSession();
    const rows = worklistRows(session.accessRequests.list(), { status: 'all', regime: 'all' }, TODAY);
    expect(rows.map((r) => r.request.id)).toEqual(['overdue', 'today', 'soon', 'extended', 'later', 'closed']);
    expect(rows.map((r) => r.daysLeft)).toEqual([-4, 0, 3, 15, 36, null]);
    expect(rows.filter((r) => r.deemedRefusal).map((r) => r.request.id)).toEqual(['overdue']);
  });
});
