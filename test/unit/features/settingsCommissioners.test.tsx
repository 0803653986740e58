// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DEFAULT_COMMISSIONERS } from '../../../renderer/src/domain/commissioners';
import { SettingsPage } from '../../../renderer/src/features/settings/SettingsPage';
import type { AppSettings } from '../../../renderer/src/store/contract';
import { ValidationError } from '../../../renderer/src/store/errors';
import { FakeVaultGate, STRONG_PASSPHRASE } from '../app/fakes';
import { renderUnlocked } from '../app/render';

type User = ReturnType<typeof userEvent.setup>;

async function openSettings(commissioners: AppSettings['commissioners'] = {}) {
  const gate = FakeVaultGate.withVault();
  gate.data!.settings.commissioners = commissioners;
  const session = await gate.unlock(STRONG_PASSPHRASE);
  renderUnlocked(<SettingsPage />, session);
  const section = await screen.findByRole('region', { name: 'Commissioners (for letters)' });
  return { session, section };
}

function office(section: HTMLElement, name: RegExp) {
  return within(section).getByRole('region', { name });
}

async function editBc(user: User, section: HTMLElement) {
  await user.click(within(section).getByRole('button', { name: 'Edit the details of the BC PIPA commissioner' }));
  return screen.findByRole('dialog', { name: 'Commissioner named in BC PIPA letters' });
}

async function replace(user: User, field: HTMLElement, text: string) {
  await user.clear(field);
  if (text) {
    await user.click(field);
    await user.paste(text);
  }
}

describe('settings: commissioners (for letters)', () => {
  it('lists the four offices with the details letters print in each language, and says why they can be corrected', async () => {
    const { section } = await openSettings();
    expect(section.textContent).toContain('Addresses and telephone numbers change.');
    const offices = within(section).getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(offices).toEqual([
      'British Columbia — Personal Information Protection Act (PIPA)',
      'Federal — PIPEDA',
      'Alberta — Personal Information Protection Act (PIPA)',
      'Québec — Act respecting the protection of personal information in the private sector',
    ]);
    const bc = office(section, /^British Columbia/);
    expect(bc.textContent).toContain('PO Box 9038, Stn. Prov. Govt.');
    expect(bc.textContent).toContain('C.P. 9038, succ. Prov. Govt.');
    expect(bc.textContent).toContain('Telephone: 250-387-5629');
    expect(bc.textContent).toContain('Toll-free: 1-800-663-7867 (through Service BC; ask to be transferred to the Commissioner’s office)');
    expect(bc.textContent).toContain('Default details');
    expect(bc.textContent).toContain('was not confirmed before release');
    expect(office(section, /^Federal/).textContent).not.toContain('was not confirmed');
    expect(within(section).queryByRole('button', { name: /^Reset/ })).toBeNull();
  }, 120_000);

  it('refuses a bad phone, a note in one language only and too many address lines at their fields, and saves nothing', async () => {
    const user = userEvent.setup({ delay: null });
    const { session, section } = await openSettings();
    const dialog = await editBc(user, section);
    expect((within(dialog).getByLabelText(/^Address \(English\)/) as HTMLTextAreaElement).value).toBe('PO Box 9038, Stn. Prov. Govt.\nVictoria, BC  V8W 9A4');

    await replace(user, within(dialog).getByLabelText(/^Telephone/), 'call the office');
    await replace(user, within(dialog).getByLabelText(/^Note on the toll-free number \(French/), '');
    await replace(user, within(dialog).getByLabelText(/^Address \(French\)/), '1\n2\n3\n4\n5\n6\n7');
    await user.click(within(dialog).getByRole('button', { name: 'Save details' }));

    const phone = within(dialog).getByLabelText(/^Telephone/);
    await waitFor(() => expect(phone.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(phone.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Enter a phone number with 7 to 40 digits, spaces, dashes or parentheses.');
    expect(within(dialog).getByText('Give this in both English and French, or leave both empty: letters are written in either language.')).toBeTruthy();
    expect(within(dialog).getByText('Use at most 6 lines.')).toBeTruthy();
    expect(session.settings().commissioners).toEqual({});
  }, 120_000);

  it('saves a corrected address, shows it as the officer’s correction, and resets it to the default after confirmation', async () => {
    const user = userEvent.setup({ delay: null });
    const { session, section } = await openSettings();
    const dialog = await editBc(user, section);
    await replace(user, within(dialog).getByLabelText(/^Address \(English\)/), '  PO Box 1234 Synthetic Stn\n\nVictoria, BC  V8W 0Z9  ');
    await replace(user, within(dialog).getByLabelText(/^Telephone/), '250-555-0142');
    await user.click(within(dialog).getByRole('button', { name: 'Save details' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByText('The details of the BC PIPA commissioner were saved. Letters issued from now on use them.')).toBeTruthy();
    expect(session.settings().commissioners.BC_PIPA).toEqual({
      ...DEFAULT_COMMISSIONERS.BC_PIPA,
      address: { en: ['PO Box 1234 Synthetic Stn', 'Victoria, BC  V8W 0Z9'], fr: DEFAULT_COMMISSIONERS.BC_PIPA.address.fr },
      phone: '250-555-0142',
    });
    const bc = office(section, /^British Columbia/);
    expect(bc.textContent).toContain('Corrected by you');
    expect(bc.textContent).toContain('PO Box 1234 Synthetic Stn');
    expect(bc.textContent).not.toContain('was not confirmed');

    await user.click(within(section).getByRole('button', { name: 'Reset the BC PIPA commissioner to the default details' }));
    const confirm = await screen.findByRole('dialog', { name: 'Reset the BC PIPA commissioner to the default details?' });
    await user.click(within(confirm).getByRole('button', { name: 'Reset to default' }));
    expect(await screen.findByText('The BC PIPA commissioner is back to the default details.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(session.settings().commissioners).toEqual({});
    expect(office(section, /^British Columbia/).textContent).toContain('PO Box 9038, Stn. Prov. Govt.');
  }, 120_000);

  it('keeps no correction when the details saved are the defaults, so a corrected default still reaches the letters', async () => {
    const user = userEvent.setup({ delay: null });
    const { session, section } = await openSettings({ QC: { ...DEFAULT_COMMISSIONERS.QC, phone: '418-555-0100' } });
    const dialog = await editBc(user, section);
    await user.click(within(dialog).getByRole('button', { name: 'Save details' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(session.settings().commissioners).toEqual({ QC: { ...DEFAULT_COMMISSIONERS.QC, phone: '418-555-0100' } });
  }, 120_000);

  it('puts a store refusal on the field it names and keeps the dialog open', async () => {
    const user = userEvent.setup({ delay: null });
    const { session, section } = await openSettings();
    const update = session.updateSettings.bind(session);
    session.updateSettings = async () => {
      throw new ValidationError({ 'commissioners.BC_PIPA.address.fr.1': 'validation.tooLong' });
    };
    const dialog = await editBc(user, section);
    await user.click(within(dialog).getByRole('button', { name: 'Save details' }));
    const address = within(dialog).getByLabelText(/^Address \(French\)/);
    await waitFor(() => expect(address.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(address.getAttribute('aria-describedby') ?? '')?.textContent).toBe('This is too long.');
    expect(screen.getByRole('dialog', { name: 'Commissioner named in BC PIPA letters' })).toBeTruthy();
    session.updateSettings = update;
  }, 120_000);
});

describe('réglages : commissaires (en français)', () => {
  it('has every string in French', async () => {
    const { default: fr } = await import('../../../renderer/src/i18n/fr.json');
    const { default: en } = await import('../../../renderer/src/i18n/en.json');
    const keys = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]));
    expect(keys(fr.settings.commissioners).sort()).toEqual(keys(en.settings.commissioners).sort());
    expect(fr.settings.commissioners.heading).toBe('Commissaires (pour les lettres)');
  });
});
