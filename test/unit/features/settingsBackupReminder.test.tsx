// @vitest-environment jsdom
// The backup reminder is a setting: how many days after the last verified backup the dashboard nags.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SettingsPage } from '../../../renderer/src/features/settings/SettingsPage';
import { FakeVaultGate, STRONG_PASSPHRASE } from '../app/fakes';
import { renderUnlocked } from '../app/render';

describe('settings: backup reminder', () => {
  it('starts at 7 days, saves a new number, and refuses one out of range without saving', async () => {
    const user = userEvent.setup({ delay: null });
    const session = await FakeVaultGate.withVault().unlock(STRONG_PASSPHRASE);
    renderUnlocked(<SettingsPage />, session);
    const region = await screen.findByRole('region', { name: 'Backup reminder' });
    const field = within(region).getByLabelText(/Remind me to back up after this many days/);
    expect((field as HTMLInputElement).value).toBe('7');

    await user.clear(field);
    await user.type(field, '14');
    await user.click(within(region).getByRole('button', { name: 'Save backup reminder' }));
    expect(await within(region).findByText('Saved.')).toBeTruthy();
    expect(session.settings().backupReminderDays).toBe(14);

    await user.clear(field);
    await user.type(field, '0');
    await user.click(within(region).getByRole('button', { name: 'Save backup reminder' }));
    expect(await within(region).findByText('Enter a whole number of days from 1 to 365.')).toBeTruthy();
    expect(session.settings().backupReminderDays).toBe(14);
  }, 60_000);
});
