// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { responseDeadline } from '../../../renderer/src/domain/deadlines';
import { PeoplePage } from '../../../renderer/src/features/people/PeoplePage';
import { FakeVaultGate, sampleRequest, STRONG_PASSPHRASE } from '../app/fakes';
import { renderUnlocked, stubLayout } from '../app/render';

const TODAY = '2026-03-16';
const mediumDate = (iso: string) => new Intl.DateTimeFormat('en-CA', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

async function openPeople() {
  const gate = FakeVaultGate.withVault({ today: TODAY });
  const [amelie, raj] = gate.people().seed([
    { kind: 'client', givenName: 'Amélie', familyName: 'Tremblay' },
    { kind: 'employee', givenName: 'Raj', familyName: 'Singh' },
  ]);
  gate.accessRequests().seed([
    sampleRequest(amelie!.id, { id: 'r1', receivedOn: '2026-03-02' }),
    sampleRequest(raj!.id, { id: 'r2', receivedOn: '2026-03-03' }),
    sampleRequest(amelie!.id, { id: 'r3', receivedOn: '2026-01-12', status: 'responded', respondedOn: '2026-02-10', closedOn: '2026-02-10' }),
  ]);
  const session = await gate.unlock(STRONG_PASSPHRASE);
  renderUnlocked(<PeoplePage />, session);
  expect(await screen.findByText('2 people')).toBeTruthy();
  return session;
}

async function openPerson(user: ReturnType<typeof userEvent.setup>, familyName: string) {
  await user.click(screen.getByText(familyName));
  return screen.findByRole('dialog', { name: 'Edit person' });
}

stubLayout();

beforeEach(() => {
  window.location.hash = '#/people';
});

describe('people: a person’s access requests', () => {
  it('lists only that person’s requests with reference, status and due date, each linking to its page', async () => {
    const user = userEvent.setup({ delay: null });
    const session = await openPeople();
    const dialog = await openPerson(user, 'Tremblay');
    const requests = within(dialog).getByRole('region', { name: 'Access requests (2)' });
    const table = within(requests).getByRole('table', { name: 'Access requests by Amélie Tremblay' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['AR-2026-0001', 'Received', mediumDate(responseDeadline('2026-03-02', 'BC_PIPA').due)],
      ['AR-2026-0003', 'Responded', `Closed ${mediumDate('2026-02-10')}`],
    ]);
    expect(session.accessRequests.forPerson('p1').map((r) => r.id)).toEqual(['r1', 'r3']);

    const link = within(table).getByRole('link', { name: 'AR-2026-0001' });
    expect(link.getAttribute('href')).toBe('#/requests/r1');
    await user.click(link);
    await waitFor(() => expect(window.location.hash).toBe('#/requests/r1'));
  }, 120_000);

  it('lists each person’s own requests, and no list while adding a new person', async () => {
    const user = userEvent.setup({ delay: null });
    await openPeople();
    const dialog = await openPerson(user, 'Singh');
    expect(within(dialog).getByRole('region', { name: 'Access requests (1)' }).textContent).toContain('AR-2026-0002');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    await user.click(screen.getByRole('button', { name: 'Add person' }));
    const adding = await screen.findByRole('dialog', { name: 'Add person' });
    expect(within(adding).queryByRole('region', { name: /^Access requests/ })).toBeNull();
  }, 120_000);

  it('says so when the person has made no request, and updates the list when one is recorded', async () => {
    const user = userEvent.setup({ delay: null });
    const session = await openPeople();
    const zoe = await session.people.add({ kind: 'client', givenName: 'Zoë', familyName: 'Nakamura' });
    await user.click(await screen.findByRole('searchbox', { name: 'Search people' }));
    await user.paste('Nakamura');
    expect(await screen.findByText('1 person')).toBeTruthy();
    const dialog = await openPerson(user, 'Nakamura');
    expect(within(dialog).getByText('Zoë Nakamura has made no access request.')).toBeTruthy();
    await session.accessRequests.create(sampleRequest(zoe!.id, { receivedOn: '2026-03-10' }));
    expect(await within(dialog).findByRole('link', { name: 'AR-2026-0004' })).toBeTruthy();
  }, 120_000);
});
