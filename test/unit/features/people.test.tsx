// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PeoplePage } from '../../../renderer/src/features/people/PeoplePage';
import { ValidationError } from '../../../renderer/src/store/errors';
import { FakeVaultGate, STRONG_PASSPHRASE } from '../app/fakes';
import { renderUnlocked, stubLayout } from '../app/render';

async function openSession() {
  const gate = FakeVaultGate.withVault();
  gate.people().seed([
    { kind: 'client', givenName: 'Amélie', familyName: 'Tremblay', email: 'amelie@example.ca' },
    { kind: 'employee', givenName: 'Raj', familyName: 'Singh' },
  ]);
  return gate.unlock(STRONG_PASSPHRASE);
}

stubLayout();

describe('people', () => {
  it('shows field errors and does not call add on invalid input', async () => {
    const user = userEvent.setup({ delay: null });
    const session = await openSession();
    renderUnlocked(<PeoplePage />, session);
    expect(await screen.findByText('2 people')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Add person' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add person' });
    await user.click(within(dialog).getByLabelText(/^Email/));
    await user.paste('not-an-email');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    const given = within(dialog).getByLabelText(/^Given name/);
    await waitFor(() => expect(given.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(given.getAttribute('aria-describedby') ?? '')?.textContent).toBe('This field is required.');
    expect(within(dialog).getAllByText('This field is required.')).toHaveLength(2);
    expect(within(dialog).getByText('Enter an email address like name@example.ca.')).toBeTruthy();
    expect(session.people.add).not.toHaveBeenCalled();
  }, 120_000);

  it('adds a valid person, who appears in the list and the count', async () => {
    const user = userEvent.setup({ delay: null });
    const session = await openSession();
    renderUnlocked(<PeoplePage />, session);
    await user.click(await screen.findByRole('button', { name: 'Add person' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add person' });
    await user.click(within(dialog).getByLabelText(/^Given name/));
    await user.paste('Zoë');
    await user.click(within(dialog).getByLabelText(/^Family name/));
    await user.paste('Nakamura');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(session.people.add).toHaveBeenCalledWith(expect.objectContaining({ givenName: 'Zoë', familyName: 'Nakamura', kind: 'client' }));
    expect(await screen.findByText('3 people')).toBeTruthy();
    expect(screen.getByText('Nakamura')).toBeTruthy();
  }, 120_000);

  it('puts a store ValidationError on the field it names, and keeps the dialog open', async () => {
    const user = userEvent.setup({ delay: null });
    const session = await openSession();
    session.people.add.mockRejectedValueOnce(new ValidationError({ familyName: 'validation.tooLong' }));
    renderUnlocked(<PeoplePage />, session);
    await user.click(await screen.findByRole('button', { name: 'Add person' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add person' });
    await user.click(within(dialog).getByLabelText(/^Given name/));
    await user.paste('Ada');
    await user.click(within(dialog).getByLabelText(/^Family name/));
    await user.paste('Lovelace');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('This is too long.')).toBeTruthy();
    expect(within(dialog).getByLabelText(/^Family name/).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('2 people')).toBeTruthy();
  }, 120_000);

  it('searches (debounced), opens a row with Enter, and archives after confirmation', async () => {
    const user = userEvent.setup({ delay: null });
    const session = await openSession();
    renderUnlocked(<PeoplePage />, session);
    await user.click(await screen.findByRole('searchbox', { name: 'Search people' }));
    await user.paste('amelie');
    expect(await screen.findByText('1 person')).toBeTruthy();

    const grid = screen.getByRole('grid', { name: 'People' });
    grid.focus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Edit person' });
    expect((within(dialog).getByLabelText(/^Family name/) as HTMLInputElement).value).toBe('Tremblay');
    await user.click(within(dialog).getByRole('button', { name: 'Archive' }));
    const confirm = await screen.findByRole('dialog', { name: 'Archive Amélie Tremblay?' });
    await user.click(within(confirm).getByRole('button', { name: 'Archive' }));
    await waitFor(() => expect(session.people.archive).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('0 people')).toBeTruthy();
  }, 120_000);
});
