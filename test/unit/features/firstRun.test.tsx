// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderApp } from '../app/render';
import { FAKE_RECOVERY_KEY, SAMPLE_OFFICER, SAMPLE_ORGANISATION, STRONG_PASSPHRASE } from '../app/fakes';

describe('first run', () => {
  // These journeys continue on People; the dashboard is the default area after unlock.
  beforeEach(() => {
    window.location.hash = '#/people';
  });

  it('walks organisation → officer → passphrase → recovery kit, and Continue waits for the checkbox', async () => {
    const user = userEvent.setup({ delay: null });
    // Paste rather than type: a keystroke re-renders the form, and typing 200 characters in jsdom is slow.
    const fill = async (field: HTMLElement, text: string) => {
      await user.click(field);
      await user.paste(text);
    };
    const { gate, host } = renderApp();

    expect(await screen.findByRole('heading', { level: 1, name: 'Set up Custodian' })).toBeTruthy();

    // Step 1: the organisation; Next with blanks shows field errors and stays.
    await user.click(screen.getByRole('button', { name: 'Next' }));
    const legalName = screen.getByRole('textbox', { name: /Legal name of the organisation/ });
    await waitFor(() => expect(legalName.getAttribute('aria-invalid')).toBe('true'));
    const describedBy = legalName.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(describedBy)?.textContent).toBe('This field is required.');

    await fill(legalName, SAMPLE_ORGANISATION.legalName);
    await fill(screen.getByRole('textbox', { name: /Mailing address/ }), SAMPLE_ORGANISATION.address);
    await fill(screen.getByRole('textbox', { name: /Phone number/ }), SAMPLE_ORGANISATION.phone);
    await fill(screen.getByRole('textbox', { name: /Email address for privacy requests/ }), SAMPLE_ORGANISATION.email);
    expect((screen.getByRole('combobox', { name: /Privacy law that usually applies/ }) as HTMLSelectElement).value).toBe('BC_PIPA');
    await user.click(screen.getByRole('button', { name: 'Next' }));

    // Step 2: the privacy officer.
    await fill(await screen.findByRole('textbox', { name: /Full name/ }), SAMPLE_OFFICER.name);
    await fill(screen.getByRole('textbox', { name: /^Title/ }), SAMPLE_OFFICER.title);
    await user.click(screen.getByRole('button', { name: 'Next' }));

    // Step 3: a short passphrase is refused before the vault is touched.
    const passphrase = await screen.findByLabelText(/^New passphrase/);
    await fill(passphrase, 'too short');
    await fill(screen.getByLabelText(/^Confirm new passphrase/), 'too short');
    await user.click(screen.getByRole('button', { name: 'Create the vault' }));
    expect(await screen.findByText('Use at least 12 characters.')).toBeTruthy();
    expect(gate.create).not.toHaveBeenCalled();

    await user.clear(passphrase);
    await fill(passphrase, STRONG_PASSPHRASE);
    await user.clear(screen.getByLabelText(/^Confirm new passphrase/));
    await fill(screen.getByLabelText(/^Confirm new passphrase/), STRONG_PASSPHRASE);
    await waitFor(() => expect(screen.getByRole('meter', { name: /Passphrase strength/ }).getAttribute('aria-valuenow')).toMatch(/[34]/));
    await user.click(screen.getByRole('button', { name: 'Create the vault' }));

    // Step 4: the recovery kit.
    const key = await screen.findByRole('group', { name: 'Recovery key' }, { timeout: 20_000 });
    expect(key.textContent?.replace(/\s/g, '')).toBe(FAKE_RECOVERY_KEY.replace(/-/g, ''));
    expect(within(key).getByText('ABCD')).toBeTruthy();
    expect(gate.create).toHaveBeenCalledWith(expect.objectContaining({ passphrase: STRONG_PASSPHRASE, organisation: SAMPLE_ORGANISATION, settings: { language: 'en' } }));

    const proceed = screen.getByRole('button', { name: 'Continue to Custodian' });
    expect(proceed).toHaveProperty('disabled', true);

    await user.click(screen.getByRole('button', { name: 'Save recovery kit (PDF)' }));
    await waitFor(() => expect(host.saveFile).toHaveBeenCalledTimes(1));
    const request = host.saveFile.mock.calls[0]?.[0];
    expect(request?.suggestedName).toBe('Custodian-recovery-kit.pdf');
    expect(new TextDecoder().decode(request?.bytes.subarray(0, 5))).toBe('%PDF-');
    expect(await screen.findByText('Recovery kit saved as Custodian-recovery-kit.pdf.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Print recovery kit' }));
    await waitFor(() => expect(host.printPdf).toHaveBeenCalledTimes(1));
    expect(proceed).toHaveProperty('disabled', true);

    await user.click(screen.getByRole('checkbox', { name: /I have saved or printed my recovery kit/ }));
    expect(proceed).toHaveProperty('disabled', false);
    await user.click(proceed);
    expect(await screen.findByRole('heading', { level: 1, name: 'People' })).toBeTruthy();
    // Recorded, so the next unlock does not ask for a new kit; killed before this, it would.
    expect(gate.lastSession?.confirmRecoveryKit).toHaveBeenCalledTimes(1);
    expect(screen.queryByText('Your recovery kit was never confirmed')).toBeNull();
    expect(screen.getByRole('navigation', { name: 'Main navigation' })).toBeTruthy();
  }, 120_000);
});
