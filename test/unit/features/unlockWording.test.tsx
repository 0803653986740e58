// @vitest-environment jsdom
// The unlock screen's wording: plural forms of the wait, and a reason next to a greyed-out button.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { errorMessage } from '../../../renderer/src/ui/errorMessage';
import { createI18n } from '../../../renderer/src/i18n';
import { TooManyAttemptsError } from '../../../renderer/src/store/errors';
import { FakeVaultGate, STRONG_PASSPHRASE } from '../app/fakes';
import { renderApp, stubLayout } from '../app/render';

stubLayout();

describe('unlock wording', () => {
  it('says "1 second", never "1 seconds", in the countdown and the error, in English and French', () => {
    const en = createI18n('en').t;
    expect(en('unlock.waitCountdown', { count: 1 })).toBe('You can try again in 1 second.');
    expect(en('unlock.waitCountdown', { count: 30 })).toBe('You can try again in 30 seconds.');
    expect(errorMessage(en, new TooManyAttemptsError(1000))).toBe('Too many wrong passphrases. Try again in 1 second.');
    expect(errorMessage(en, new TooManyAttemptsError(29_500))).toBe('Too many wrong passphrases. Try again in 30 seconds.');
    const fr = createI18n('fr').t;
    expect(fr('unlock.waitCountdown', { count: 1 })).toBe('Vous pourrez réessayer dans 1\u00a0seconde.');
    expect(fr('unlock.waitCountdown', { count: 2 })).toBe('Vous pourrez réessayer dans 2\u00a0secondes.');
    expect(errorMessage(fr, new TooManyAttemptsError(1000))).toBe('Trop de phrases de passe erronées. Réessayez dans 1\u00a0seconde.');
  });

  it('says why the Unlock button is greyed out while the passphrase is empty, and stops once one is typed', async () => {
    const user = userEvent.setup({ delay: null });
    renderApp({ gate: FakeVaultGate.withVault() });
    const button = await screen.findByRole('button', { name: 'Unlock' });
    expect(button).toHaveProperty('disabled', true);
    const reason = document.getElementById(button.getAttribute('aria-describedby') ?? '');
    expect(reason?.textContent).toBe('Type your passphrase to unlock.');
    await user.click(screen.getByLabelText(/^Passphrase/));
    await user.paste(STRONG_PASSPHRASE);
    expect(button).toHaveProperty('disabled', false);
    expect(screen.queryByText('Type your passphrase to unlock.')).toBeNull();
  }, 120_000);

  it('while waiting after failed tries, the greyed-out button points at the countdown', async () => {
    const gate = FakeVaultGate.withVault();
    gate.failed = 5;
    gate.nextTryAt = Date.now() + 60_000;
    renderApp({ gate });
    const countdown = await screen.findByText(/You can try again in (59|60) seconds\./);
    const button = screen.getByRole('button', { name: 'Unlock' });
    expect(button).toHaveProperty('disabled', true);
    expect(button.getAttribute('aria-describedby')).toBe(countdown.closest('[id]')?.id);
  }, 120_000);
});
