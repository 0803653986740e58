// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { RequestsPage } from '../../../renderer/src/features/accessRequests/RequestsPage';
import { RuleViolation } from '../../../renderer/src/domain/ruleViolation';
import { FakeVaultGate, STRONG_PASSPHRASE } from '../app/fakes';
import { renderUnlocked } from '../app/render';

const TODAY = '2026-03-16';

async function openSession() {
  const gate = FakeVaultGate.withVault({ today: TODAY });
  gate.people().seed([
    { kind: 'client', givenName: 'Amélie', familyName: 'Tremblay', email: 'amelie@example.ca' },
    { kind: 'employee', givenName: 'Raj', familyName: 'Singh' },
  ]);
  return gate.unlock(STRONG_PASSPHRASE);
}

async function openDialog(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'New request' }));
  return screen.findByRole('dialog', { name: 'New access request' });
}

async function pickPerson(user: ReturnType<typeof userEvent.setup>, dialog: HTMLElement, text: string, name: string) {
  await user.type(within(dialog).getByRole('combobox', { name: /Person who made the request/ }), text);
  await user.click(await screen.findByRole('option', { name: new RegExp(name) }));
}

beforeEach(() => {
  window.location.hash = '#/requests';
});

describe('new access request', () => {
  it('refuses a received date in the future and an unconfirmed oral request, and saves nothing', async () => {
    const user = userEvent.setup({ delay: null });
    const session = await openSession();
    renderUnlocked(<RequestsPage />, session);
    const dialog = await openDialog(user);

    const received = within(dialog).getByLabelText(/^Date received/) as HTMLInputElement;
    expect(received.value).toBe(TODAY);
    fireEvent.change(received, { target: { value: '2026-03-17' } });
    await user.click(within(dialog).getByLabelText('No, orally'));
    await user.click(within(dialog).getByRole('button', { name: 'Record request' }));

    await waitFor(() => expect(received.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(received.getAttribute('aria-describedby') ?? '')?.textContent).toBe('This date is in the future. Enter the date it actually happened.');
    expect(within(dialog).getByText(/Choose the person who made the request/)).toBeTruthy();
    expect(within(dialog).getByText(/An oral request must be written down and confirmed/)).toBeTruthy();
    expect(within(dialog).getAllByText('This field is required.')).toHaveLength(1); // information sought
    expect(session.accessRequests.create).not.toHaveBeenCalled();
    expect(session.accessRequests.list()).toHaveLength(0);
  }, 120_000);

  it('records a valid request with the organisation’s Act by default and opens its page', async () => {
    const user = userEvent.setup({ delay: null });
    const session = await openSession();
    renderUnlocked(<RequestsPage />, session);
    const dialog = await openDialog(user);
    expect((within(dialog).getByLabelText(/^Act that applies/) as HTMLSelectElement).value).toBe('BC_PIPA');

    await pickPerson(user, dialog, 'trem', 'Amélie Tremblay');
    fireEvent.change(within(dialog).getByLabelText(/^Date received/), { target: { value: '2026-03-13' } });
    await user.click(within(dialog).getByLabelText('No, orally'));
    await user.click(within(dialog).getByRole('checkbox', { name: 'I wrote this request down and confirmed it with the person' }));
    await user.click(within(dialog).getByLabelText(/^Information sought/));
    await user.paste('My physiotherapy file (synthetic)');
    await user.selectOptions(within(dialog).getByLabelText(/^Language of correspondence/), 'fr');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Identity verified' }));
    fireEvent.change(within(dialog).getByLabelText(/^Date verified/), { target: { value: '2026-03-13' } });
    await user.click(within(dialog).getByRole('button', { name: 'Record request' }));

    await waitFor(() => expect(session.accessRequests.create).toHaveBeenCalledTimes(1));
    expect(session.accessRequests.create).toHaveBeenCalledWith(
      expect.objectContaining({
        personId: 'p1',
        receivedOn: '2026-03-13',
        regime: 'BC_PIPA',
        inWriting: false,
        oralConfirmed: true,
        language: 'fr',
        informationSought: 'My physiotherapy file (synthetic)',
        identity: expect.objectContaining({ method: 'photoId', verifiedOn: '2026-03-13' }),
      }),
    );
    const created = await session.accessRequests.create.mock.results[0]!.value; // the store's write, awaited
    expect(created.reference).toBe('AR-2026-0001');
    await waitFor(() => expect(window.location.hash).toBe(`#/requests/${created.id}`));
  }, 120_000);

  it('puts a store rule refusal on its field, translated, and keeps the dialog open', async () => {
    const user = userEvent.setup({ delay: null });
    const session = await openSession();
    session.accessRequests.create.mockRejectedValueOnce(new RuleViolation('futureDate', 'The date 2026-03-16 is in the future.', { date: '2026-03-16' }, 'receivedOn'));
    renderUnlocked(<RequestsPage />, session);
    const dialog = await openDialog(user);
    await pickPerson(user, dialog, 'singh', 'Raj Singh');
    await user.click(within(dialog).getByLabelText(/^Information sought/));
    await user.paste('Employment file');
    await user.click(within(dialog).getByRole('button', { name: 'Record request' }));
    expect(await within(dialog).findByText('The date March 16, 2026 is in the future. Enter the date it actually happened.')).toBeTruthy();
    expect(within(dialog).getByLabelText(/^Date received/).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('dialog', { name: 'New access request' })).toBeTruthy();
  }, 120_000);
});
