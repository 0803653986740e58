// @vitest-environment jsdom
// A status line shown in English must read in French after the officer switches language, not stay
// behind in English (Settings: office closures and the commissioners' contact details).
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { FakeVaultGate, STRONG_PASSPHRASE } from '../app/fakes';
import { renderApp, stubLayout } from '../app/render';

stubLayout();

beforeEach(() => {
  window.location.hash = '#/settings';
});

async function unlockedOnSettings() {
  const user = userEvent.setup({ delay: null });
  const gate = FakeVaultGate.withVault({ today: '2026-03-16' });
  renderApp({ gate });
  await user.click(await screen.findByLabelText(/^Passphrase/));
  await user.paste(STRONG_PASSPHRASE);
  await user.click(screen.getByRole('button', { name: 'Unlock' }));
  return { user, region: await screen.findByRole('region', { name: 'Office closures' }) };
}

describe('status lines follow the language', () => {
  it('"… was added." becomes "… a été ajouté." when the officer switches to French', async () => {
    const { user, region } = await unlockedOnSettings();
    fireEvent.change(within(region).getByLabelText('Closure date'), { target: { value: '2026-12-29' } });
    await user.click(within(region).getByRole('button', { name: 'Add closure' }));
    expect(await within(region).findByText(/was added\.$/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Français' }));
    const french = await screen.findByRole('region', { name: 'Fermetures du bureau' });
    expect(await within(french).findByText(/a été ajouté\.$/)).toBeTruthy();
    expect(within(french).queryByText(/was added/)).toBeNull();
  }, 120_000);

  it('a closure date refused in English is explained in French after the switch', async () => {
    const { user, region } = await unlockedOnSettings();
    await user.click(within(region).getByRole('button', { name: 'Add closure' }));
    const english = within(region).getByLabelText('Closure date').getAttribute('aria-describedby');
    expect(document.getElementById(english!)?.textContent).not.toBe('');
    const englishText = document.getElementById(english!)!.textContent;
    await user.click(screen.getByRole('button', { name: 'Français' }));
    const french = await screen.findByRole('region', { name: 'Fermetures du bureau' });
    const helper = within(french).getAllByRole('textbox')[0]!.getAttribute('aria-describedby');
    expect(document.getElementById(helper!)?.textContent).not.toBe(englishText);
  }, 120_000);
});
