// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { RecoveryKitStep } from '../../../renderer/src/features/onboarding/RecoveryKitStep';
import { SettingsPage } from '../../../renderer/src/features/settings/SettingsPage';
import { FAKE_NEW_RECOVERY_KEY, FAKE_RECOVERY_KEY, FakeVaultGate, STRONG_PASSPHRASE } from '../app/fakes';
import { renderApp, renderUnlocked, stubLayout } from '../app/render';

const NEXT_PASSPHRASE = 'orbit velvet canyon drizzle 42';

stubLayout();

async function paste(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

async function unlock(user: ReturnType<typeof userEvent.setup>) {
  await paste(user, await screen.findByLabelText(/^Passphrase/), STRONG_PASSPHRASE);
  await user.click(screen.getByRole('button', { name: 'Unlock' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'People' })).toBeTruthy();
}

function shownKey(): string {
  return screen.getByRole('group', { name: 'Recovery key' }).textContent?.replace(/\s/g, '') ?? '';
}

describe('the recovery kit', () => {
  beforeEach(() => {
    window.location.hash = '#/people';
  });

  it('warns that the kit must be kept off this laptop, and Continue waits for the confirmation to be recorded', async () => {
    const user = userEvent.setup({ delay: null });
    const gate = FakeVaultGate.withVault();
    const session = await gate.unlock(STRONG_PASSPHRASE);
    const onContinue = vi.fn().mockRejectedValueOnce(new Error('disk full')).mockResolvedValueOnce(undefined);
    const { host } = renderUnlocked(<RecoveryKitStep recoveryKey={FAKE_RECOVERY_KEY} organisationName="Acme" createdAt={new Date()} onContinue={onContinue} />, session);

    const note = await screen.findByRole('note');
    expect(note.textContent).toContain('Keep the kit off this laptop: print it, or save it to a USB key you store apart from the computer.');
    // The desktop save dialog then suggests no folder of this computer.
    await user.click(screen.getByRole('button', { name: 'Save recovery kit (PDF)' }));
    await waitFor(() => expect(host.saveFile).toHaveBeenCalledWith(expect.objectContaining({ offDevice: true })));
    await user.click(screen.getByRole('checkbox', { name: /I have saved or printed my recovery kit/ }));
    await user.click(screen.getByRole('button', { name: 'Continue to Custodian' }));
    expect((await screen.findByRole('alert')).textContent).toContain('disk full');
    await user.click(screen.getByRole('button', { name: 'Continue to Custodian' }));
    await waitFor(() => expect(onContinue).toHaveBeenCalledTimes(2));
  }, 120_000);

  it('a vault whose kit was never confirmed asks for a new kit after unlock; the new kit, once confirmed, ends the prompt', async () => {
    const user = userEvent.setup({ delay: null });
    const gate = FakeVaultGate.withVault({ kitConfirmed: false });
    renderApp({ gate });
    await unlock(user);

    const prompt = screen.getByText('Your recovery kit was never confirmed').closest('[role="alert"]') as HTMLElement;
    expect(prompt).toBeTruthy();
    await user.click(within(prompt).getByRole('button', { name: 'Make a new recovery kit' }));
    const dialog = await screen.findByRole('dialog', { name: 'New recovery kit' });
    await paste(user, within(dialog).getByLabelText(/^Current passphrase/), STRONG_PASSPHRASE);
    await user.click(within(dialog).getByRole('button', { name: 'Make a new recovery kit' }));

    await within(dialog).findByRole('group', { name: 'Recovery key' });
    expect(shownKey()).toBe(FAKE_NEW_RECOVERY_KEY.replace(/-/g, ''));
    expect(gate.lastSession!.replaceRecoveryKey).toHaveBeenCalledWith(STRONG_PASSPHRASE);
    expect(within(dialog).getByRole('note').textContent).toContain('Keep the kit off this laptop');
    await user.click(within(dialog).getByRole('checkbox', { name: /I have saved or printed my recovery kit/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));

    await waitFor(() => expect(screen.queryByText('Your recovery kit was never confirmed')).toBeNull());
    expect(gate.lastSession!.confirmRecoveryKit).toHaveBeenCalledTimes(1);
    expect(gate.data!.kitConfirmed).toBe(true);
  }, 120_000);

  it('a vault whose kit was confirmed shows no prompt', async () => {
    const user = userEvent.setup({ delay: null });
    renderApp({ gate: FakeVaultGate.withVault() });
    await unlock(user);
    expect(screen.queryByText('Your recovery kit was never confirmed')).toBeNull();
  }, 120_000);
});

describe('settings: rotating the keys and replacing the recovery key', () => {
  it('Change passphrase with "re-encrypt every record" rotates the keys and shows the new kit before anything else', async () => {
    const user = userEvent.setup({ delay: null });
    const gate = FakeVaultGate.withVault();
    const session = await gate.unlock(STRONG_PASSPHRASE);
    renderUnlocked(<SettingsPage />, session);

    const section = (await screen.findByRole('heading', { name: 'Change passphrase' })).closest('section') as HTMLElement;
    await paste(user, within(section).getByLabelText(/^Current passphrase/), STRONG_PASSPHRASE);
    await paste(user, within(section).getByLabelText(/^New passphrase/), NEXT_PASSPHRASE);
    await paste(user, within(section).getByLabelText(/^Confirm new passphrase/), NEXT_PASSPHRASE);
    await user.click(within(section).getByRole('checkbox', { name: 'Also re-encrypt every record under a new key' }));
    await user.click(within(section).getByRole('button', { name: 'Change passphrase' }));

    expect(await within(section).findByText(/Every record is now encrypted under a new key/)).toBeTruthy();
    expect(session.rotateKeys).toHaveBeenCalledWith(STRONG_PASSPHRASE, NEXT_PASSPHRASE, expect.any(Function));
    expect(session.changePassphrase).not.toHaveBeenCalled();
    expect(shownKey()).toBe(FAKE_NEW_RECOVERY_KEY.replace(/-/g, ''));
    await user.click(within(section).getByRole('checkbox', { name: /I have saved or printed my recovery kit/ }));
    await user.click(within(section).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(session.confirmRecoveryKit).toHaveBeenCalledTimes(1));
    expect(await within(section).findByRole('button', { name: 'Change passphrase' })).toBeTruthy();
  }, 120_000);

  it('replacing the recovery key refuses a wrong passphrase at the field', async () => {
    const user = userEvent.setup({ delay: null });
    const gate = FakeVaultGate.withVault();
    const session = await gate.unlock(STRONG_PASSPHRASE);
    renderUnlocked(<SettingsPage />, session);

    const section = (await screen.findByRole('heading', { name: 'Recovery kit' })).closest('section') as HTMLElement;
    await paste(user, within(section).getByLabelText(/^Current passphrase/), 'not the passphrase');
    await user.click(within(section).getByRole('button', { name: 'Make a new recovery kit' }));
    await waitFor(() => expect(within(section).getByLabelText(/^Current passphrase/).getAttribute('aria-invalid')).toBe('true'));
    expect(within(section).queryByRole('group', { name: 'Recovery key' })).toBeNull();
  }, 120_000);
});
