// @vitest-environment jsdom
// Recording a file already under way (issue #14 item 4), as the officer sees it: a step taken in time
// is still offered and recorded with its own date; a late answer is marked in the worklist, on the
// request's page and in the dashboard's figures for the year.
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { RequestPage } from '../../../renderer/src/features/accessRequests/RequestPage';
import { RequestsPage } from '../../../renderer/src/features/accessRequests/RequestsPage';
import { DashboardPage } from '../../../renderer/src/features/dashboard/DashboardPage';
import { FakeVaultGate, sampleRequest, STRONG_PASSPHRASE, type SeedRequest } from '../app/fakes';
import { renderUnlocked, stubLayout } from '../app/render';

const letters = vi.hoisted(() => ({ build: vi.fn(async (_input: unknown) => new TextEncoder().encode('%PDF-1.7\n% letter for test\n%%EOF')) }));
vi.mock('../../../renderer/src/letters/accessLetter', () => ({ buildAccessLetterPdf: letters.build }));

// BC PIPA, received 2 March 2026, due 15 April; day 28 is 13 April, day 40 is 29 April.
const DAY_40 = '2026-04-29';
const withheld = [{ description: 'Notes', outcome: 'withheld' as const, ground: 'Legal advice', provision: 's.23(3)(a)' }];

async function open(requests: Partial<SeedRequest>[], today = DAY_40) {
  const gate = FakeVaultGate.withVault({ today });
  const [person] = gate.people().seed([{ kind: 'client', givenName: 'Amélie', familyName: 'Tremblay', address: '1 Test Road, Victoria BC' }]);
  gate.accessRequests().seed(requests.map((r) => sampleRequest(person!.id, { dueOn: '2026-04-15', ...r })));
  return gate.unlock(STRONG_PASSPHRASE);
}

const lateAnswer: Partial<SeedRequest> = { id: 'late', status: 'responded', respondedOn: '2026-04-20', closedOn: '2026-04-20' };
const onTime: Partial<SeedRequest> = { id: 'ontime', status: 'refusedInFull', decision: withheld, respondedOn: '2026-04-14', closedOn: '2026-04-14' };

stubLayout();

beforeEach(() => {
  letters.build.mockClear();
});

describe('recording a file already under way', () => {
  it('BC PIPA: an extension notice sent on day 28 can be recorded on day 40', async () => {
    window.location.hash = '#/requests/r1';
    const user = userEvent.setup({ delay: null });
    const session = await open([{ id: 'r1', status: 'acknowledged' }]);
    renderUnlocked(<RequestPage requestId="r1" />, session);
    const steps = await screen.findByRole('region', { name: 'Next steps' });
    await user.click(within(steps).getByRole('button', { name: 'Extend time' }));
    const dialog = await screen.findByRole('dialog', { name: 'Extend the time to respond to AR-2026-0001' });
    expect(within(dialog).getByRole('note').textContent).toContain('The original time limit ended on April 15, 2026. Record an extension only if its notice was sent by then');
    fireEvent.change(within(dialog).getByLabelText(/^Date the extension notice is sent/), { target: { value: '2026-04-13' } });
    await user.click(within(dialog).getByLabelText(/^Reasons/));
    await user.paste('Many archived boxes to search.');
    await user.click(within(dialog).getByRole('button', { name: 'Next: prepare the letter' }));
    await user.click(await within(dialog).findByRole('button', { name: 'Issue letter and record' }));
    await vi.waitFor(() => expect(session.accessRequests.get('r1')?.status).toBe('extended'));
    expect(session.accessRequests.get('r1')?.extension?.noticeOn).toBe('2026-04-13');
  }, 120_000);

  it('a response sent after the due date is marked answered late on its page', async () => {
    window.location.hash = '#/requests/late';
    renderUnlocked(<RequestPage requestId="late" />, await open([lateAnswer]));
    await screen.findByRole('heading', { level: 1, name: /AR-2026-0001/ });
    expect(screen.getByText('Answered late')).toBeTruthy();
  }, 120_000);

  it('a response sent after the due date is marked answered late in the worklist, one in time is not', async () => {
    window.location.hash = '#/requests';
    const user = userEvent.setup({ delay: null });
    renderUnlocked(<RequestsPage />, await open([lateAnswer, onTime]));
    await user.selectOptions(await screen.findByLabelText('Status'), 'all');
    const table = await screen.findByRole('table', { name: 'Access requests' });
    const rows = within(table).getAllByRole('row').slice(1);
    const late = rows.find((r) => r.textContent?.includes('AR-2026-0001'))!;
    const inTime = rows.find((r) => r.textContent?.includes('AR-2026-0002'))!;
    expect(within(late).getByText('Answered late')).toBeTruthy();
    expect(within(inTime).queryByText('Answered late')).toBeNull();
  }, 120_000);

  it('counts the year’s requests received, answered, answered late and refused on the dashboard', async () => {
    window.location.hash = '';
    renderUnlocked(<DashboardPage />, await open([lateAnswer, onTime, { id: 'open', regime: 'PIPEDA', dueOn: '2026-05-20', receivedOn: '2026-04-20' }]));
    const year = await screen.findByRole('region', { name: 'This year (2026)' });
    const cells = (name: string) => within(within(year).getByRole('rowheader', { name }).closest('tr')!).getAllByRole('cell').map((c) => c.textContent);
    expect(within(year).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Act', 'Received', 'Answered', 'Answered late', 'Refused in full or in part']);
    expect(cells('BC PIPA')).toEqual(['2', '2', '1', '1']);
    expect(cells('PIPEDA')).toEqual(['1', '0', '0', '0']);
    expect(cells('All Acts')).toEqual(['3', '2', '1', '1']);
  }, 120_000);
});
