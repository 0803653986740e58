// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildAccessLetterPdf } from '../../../renderer/src/letters/accessLetter';
import { letterCacheSizes } from '../../../renderer/src/letters/letterCaches';
import { FakeVaultGate, STRONG_PASSPHRASE } from '../app/fakes';
import { letterInput } from '../letters/accessLetterFixtures';
import { renderApp, stubLayout } from '../app/render';

async function submitPassphrase(user: ReturnType<typeof userEvent.setup>, passphrase: string) {
  const field = await screen.findByLabelText(/^Passphrase/);
  await user.click(field);
  await user.paste(passphrase);
  await user.click(screen.getByRole('button', { name: 'Unlock' }));
}

stubLayout();

describe('unlock', () => {
  // These journeys continue on People; the dashboard is the default area after unlock.
  beforeEach(() => {
    window.location.hash = '#/people';
  });

  it('says a wrong passphrase is wrong, with the failed count, and changes nothing', async () => {
    const user = userEvent.setup({ delay: null });
    const gate = FakeVaultGate.withVault();
    renderApp({ gate });
    expect(await screen.findByRole('heading', { level: 1, name: 'Unlock Custodian' })).toBeTruthy();

    await submitPassphrase(user, 'not the passphrase');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The passphrase is not correct. Nothing was changed.');
    expect(alert.textContent).toContain('1 failed try since the last unlock.');
    expect(gate.lastSession).toBeNull();

    await submitPassphrase(user, 'still not it');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('2 failed tries'));
  }, 120_000);

  it('makes the officer wait after too many tries: countdown and a disabled button', async () => {
    const user = userEvent.setup({ delay: null });
    const gate = FakeVaultGate.withVault();
    gate.failed = 5;
    gate.nextTryAt = Date.now() + 30_000;
    renderApp({ gate });
    expect(await screen.findByText(/You can try again in (29|30) seconds\./)).toBeTruthy();
    await user.click(screen.getByLabelText(/^Passphrase/));
    await user.paste(STRONG_PASSPHRASE);
    expect(screen.getByRole('button', { name: 'Unlock' })).toHaveProperty('disabled', true);
  }, 120_000);

  it('unlocks, and Ctrl+L locks again: session.lock() is called and the unlock screen returns', async () => {
    const user = userEvent.setup({ delay: null });
    const gate = FakeVaultGate.withVault();
    gate.people().seed([{ kind: 'client', givenName: 'Amélie', familyName: 'Tremblay' }]);
    renderApp({ gate });
    await submitPassphrase(user, STRONG_PASSPHRASE);
    expect(await screen.findByRole('heading', { level: 1, name: 'People' })).toBeTruthy();
    expect(await screen.findByText('Tremblay')).toBeTruthy();

    await user.keyboard('{Control>}l{/Control}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Unlock Custodian' })).toBeTruthy();
    expect(gate.lastSession?.lock).toHaveBeenCalled();
    expect(gate.lastSession?.locked).toBe(true);
    expect(screen.queryByText('Tremblay')).toBeNull();
    expect(screen.getByText('Custodian was locked. Enter your passphrase to continue.')).toBeTruthy();
  }, 120_000);

  it('lock means locked: Ctrl+L also closes the document viewers and empties the letter caches', async () => {
    const user = userEvent.setup({ delay: null });
    const gate = FakeVaultGate.withVault();
    const { host } = renderApp({ gate });
    await submitPassphrase(user, STRONG_PASSPHRASE);
    expect(await screen.findByRole('heading', { level: 1, name: 'People' })).toBeTruthy();
    await buildAccessLetterPdf(letterInput('refusal', 'BC_PIPA', 'en'));
    expect(Object.values(letterCacheSizes()).some((size) => size > 0)).toBe(true);

    await user.keyboard('{Control>}l{/Control}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Unlock Custodian' })).toBeTruthy();
    expect(host.closeDocuments).toHaveBeenCalledTimes(1);
    expect(Object.values(letterCacheSizes()).every((size) => size === 0)).toBe(true);
  }, 120_000);
});
