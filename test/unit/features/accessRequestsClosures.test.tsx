// @vitest-environment jsdom
// Office closures live in Settings; they only feed the send-by date of a request's deadline.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SettingsPage } from '../../../renderer/src/features/settings/SettingsPage';
import { FakeVaultGate, STRONG_PASSPHRASE } from '../app/fakes';
import { renderUnlocked } from '../app/render';

describe('settings: office closures', () => {
  it('adds and removes closure dates, refuses a duplicate, and says they never change a deadline', async () => {
    const user = userEvent.setup({ delay: null });
    const gate = FakeVaultGate.withVault({ today: '2026-03-16' });
    gate.data!.settings.officeClosures = ['2026-12-24'];
    const session = await gate.unlock(STRONG_PASSPHRASE);
    renderUnlocked(<SettingsPage />, session);
    const region = await screen.findByRole('region', { name: 'Office closures' });
    expect(region.textContent).toContain('Office closures never change a statutory deadline.');
    expect(within(region).getByRole('heading', { name: '1 closure' })).toBeTruthy();

    const date = within(region).getByLabelText('Closure date');
    fireEvent.change(date, { target: { value: '2026-12-29' } });
    await user.click(within(region).getByRole('button', { name: 'Add closure' }));
    expect(await within(region).findByText('Tue, Dec 29, 2026 was added.')).toBeTruthy();
    expect(session.settings().officeClosures).toEqual(['2026-12-24', '2026-12-29']);
    expect(within(region).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Thu, Dec 24, 2026', 'Tue, Dec 29, 2026']);

    fireEvent.change(within(region).getByLabelText('Closure date'), { target: { value: '2026-12-24' } });
    await user.click(within(region).getByRole('button', { name: 'Add closure' }));
    expect(await within(region).findByText('This date is already in the list.')).toBeTruthy();
    expect(session.settings().officeClosures).toHaveLength(2);

    await user.click(within(region).getByRole('button', { name: 'Remove Thu, Dec 24, 2026' }));
    await waitFor(() => expect(session.settings().officeClosures).toEqual(['2026-12-29']));
    expect(within(region).getByText('Thu, Dec 24, 2026 was removed.')).toBeTruthy();
  }, 120_000);

  it('refuses an empty date without saving', async () => {
    const user = userEvent.setup({ delay: null });
    const session = await FakeVaultGate.withVault().unlock(STRONG_PASSPHRASE);
    renderUnlocked(<SettingsPage />, session);
    const region = await screen.findByRole('region', { name: 'Office closures' });
    await user.click(within(region).getByRole('button', { name: 'Add closure' }));
    expect(await within(region).findByText('Enter a date as YYYY-MM-DD, e.g. 2026-03-09.')).toBeTruthy();
    expect(session.settings().officeClosures).toEqual([]);
    expect(within(region).getByText('No office closures recorded.')).toBeTruthy();
  }, 120_000);
});
