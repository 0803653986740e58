// @vitest-environment jsdom
// The policy's time to answer is a setting: 30 business days until the officer changes it.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SettingsPage } from '../../../renderer/src/features/settings/SettingsPage';
import { FakeVaultGate, STRONG_PASSPHRASE } from '../app/fakes';
import { renderUnlocked } from '../app/render';

describe('settings: the policy’s time to answer', () => {
  it('starts at 30 business days, saves 20 calendar days, and refuses 0 or 366 without saving', async () => {
    const user = userEvent.setup({ delay: null });
    const session = await FakeVaultGate.withVault().unlock(STRONG_PASSPHRASE);
    renderUnlocked(<SettingsPage />, session);
    const region = await screen.findByRole('region', { name: 'Our policy’s time to answer' });
    expect(within(region).getByText(/never changes a statutory deadline/)).toBeTruthy();
    const field = within(region).getByLabelText(/Answer within this many days/) as HTMLInputElement;
    expect(field.value).toBe('30');
    const business = within(region).getByRole('radio', { name: /Business days/ }) as HTMLInputElement;
    const calendar = within(region).getByRole('radio', { name: 'Calendar days' }) as HTMLInputElement;
    expect(business.checked).toBe(true);

    await user.clear(field);
    await user.type(field, '20');
    await user.click(calendar);
    await user.click(within(region).getByRole('button', { name: 'Save policy’s time to answer' }));
    expect(await within(region).findByText('Saved.')).toBeTruthy();
    expect(session.settings().policyPromise).toEqual({ days: 20, unit: 'calendarDays' });

    for (const bad of ['0', '366']) {
      await user.clear(field);
      await user.type(field, bad);
      await user.click(within(region).getByRole('button', { name: 'Save policy’s time to answer' }));
      expect(await within(region).findByText('Enter a whole number of days from 1 to 365.')).toBeTruthy();
      expect(session.settings().policyPromise).toEqual({ days: 20, unit: 'calendarDays' });
    }
  }, 120_000);
});
