// @vitest-environment jsdom
// First run on a new laptop: "Restore from a backup" opens and checks the archive, shows what it
// holds, creates the vault from it under a new passphrase, and continues to the recovery kit
// exactly as after creating an empty vault.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { FAKE_RECOVERY_KEY, FakeHost, FakeVaultGate, STRONG_PASSPHRASE } from '../app/fakes';
import { ARCHIVE_PASSPHRASE, archiveOf, namesIn, person, sessionWithPeople } from '../app/backupFakes';
import { renderApp } from '../app/render';

beforeEach(() => {
  window.location.hash = '#/dashboard';
});

async function oldLaptopBackup() {
  const { session } = await sessionWithPeople([person('Avery', 'Testperson'), person('Blake', 'Example')]);
  await session.updateSettings({ autoLockMinutes: 25 });
  return { file: await archiveOf(session), names: namesIn(session) };
}

describe('first run: restore from a backup', () => {
  it('opens the backup, shows what it holds, creates the vault under a new passphrase and reaches the recovery kit', async () => {
    const user = userEvent.setup({ delay: null });
    const { file, names } = await oldLaptopBackup();
    const host = new FakeHost();
    host.openFile.mockResolvedValue(file);
    const gate = new FakeVaultGate();
    renderApp({ gate, host });

    expect(await screen.findByRole('heading', { level: 1, name: 'Set up Custodian' })).toBeTruthy();
    expect(screen.getByText(/^New laptop\?/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Restore from a backup' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Restore from a backup' })).toBeTruthy();
    expect(document.activeElement?.textContent).toContain('Open the backup');

    // Check without a file: nothing happens but a prompt to choose one.
    await user.click(screen.getByLabelText(/^Passphrase of the backup/));
    await user.paste(ARCHIVE_PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Check the backup' }));
    expect(await screen.findByText('Choose a backup file first.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Choose a backup file…' }));
    expect(await screen.findByText(`File: ${file.name}`)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Check the backup' }));
    expect(await screen.findByText(/^Integrity OK/, undefined, { timeout: 20_000 })).toBeTruthy();
    expect(screen.getByRole('table', { name: 'What the backup holds' }).textContent).toContain('People2');
    expect(gate.createFromSnapshot).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Next' }));

    // This computer's passphrase: the existing fields, strength meter and checks.
    await user.click(await screen.findByLabelText(/^New passphrase/));
    await user.paste(STRONG_PASSPHRASE);
    await user.click(screen.getByLabelText(/^Confirm new passphrase/));
    await user.paste(STRONG_PASSPHRASE);
    expect(screen.getByRole('meter', { name: /Passphrase strength/ })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Restore and create the vault' }));

    const key = await screen.findByRole('group', { name: 'Recovery key' }, { timeout: 20_000 });
    expect(key.textContent?.replace(/\s/g, '')).toBe(FAKE_RECOVERY_KEY.replace(/-/g, ''));
    expect(gate.createFromSnapshot).toHaveBeenCalledTimes(1);
    const [passphrase, snapshot] = gate.createFromSnapshot.mock.calls[0]!;
    expect(passphrase).toBe(STRONG_PASSPHRASE);
    expect(snapshot.settings.autoLockMinutes).toBe(25);
    expect(namesIn(gate.lastSession!)).toEqual(names);

    // The same kit step as a new vault: Continue waits for the checkbox, then the app opens.
    const proceed = screen.getByRole('button', { name: 'Continue to Custodian' });
    expect(proceed).toHaveProperty('disabled', true);
    await user.click(screen.getByRole('checkbox', { name: /I have saved or printed my recovery kit/ }));
    await user.click(proceed);
    expect(await screen.findByRole('navigation', { name: 'Main navigation' })).toBeTruthy();
    // Recorded, so the next unlock does not ask for a new kit; killed before this, it would.
    expect(gate.lastSession?.confirmRecoveryKit).toHaveBeenCalledTimes(1);
    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeTruthy();
  });

  it('Back returns to setting up an empty vault, with nothing created', async () => {
    const user = userEvent.setup({ delay: null });
    const gate = new FakeVaultGate();
    renderApp({ gate });
    await user.click(await screen.findByRole('button', { name: 'Restore from a backup' }));
    await user.click(await screen.findByRole('button', { name: 'Back' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Set up Custodian' })).toBeTruthy();
    expect(await gate.exists()).toBe(false);
  });

  it('speaks French: the offer, the steps and an archive’s refusal', async () => {
    const user = userEvent.setup({ delay: null });
    const { file } = await oldLaptopBackup();
    const host = new FakeHost();
    host.openFile.mockResolvedValue(file);
    renderApp({ host, language: 'fr' });

    expect(await screen.findByText(/^Nouvel ordinateur\?/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Restaurer une sauvegarde' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Restaurer une sauvegarde' })).toBeTruthy();
    expect(screen.getByText('Fichier de sauvegarde')).toBeTruthy();
    expect(screen.getByText('Nouvelle phrase de passe')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Choisir un fichier de sauvegarde…' }));
    await user.click(screen.getByLabelText(/^Phrase de passe de la sauvegarde/));
    await user.paste('pas la bonne phrase de passe');
    await user.click(screen.getByRole('button', { name: 'Vérifier la sauvegarde' }));
    const alert = await screen.findByRole('alert', undefined, { timeout: 20_000 });
    expect(alert.textContent).toContain('Cette sauvegarde ne peut pas être utilisée');
    expect(alert.textContent).toContain('La phrase de passe n’ouvre pas cette sauvegarde.');
    await waitFor(() => expect(document.title).toBe('Restaurer une sauvegarde — Custodian'));
  });
});
