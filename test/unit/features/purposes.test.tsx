// @vitest-environment jsdom
// The purposes screens: active purposes by default, retired ones under "Retired"; a new purpose saved
// from the dialog; the store's refusals (a name already in use, no provision without consent) shown
// at their field with the dialog left open and nothing saved; retiring after a confirmation.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { purposesRegister, type Purpose, type PurposeInput } from '../../../renderer/src/domain/registers/purposes';
import { PurposesPage } from '../../../renderer/src/features/purposes/PurposesPage';
import en from '../../../renderer/src/i18n/en.json';
import fr from '../../../renderer/src/i18n/fr.json';
import type { RegisterRepository } from '../../../renderer/src/store/contract';
import { FakeVaultGate, STRONG_PASSPHRASE } from '../app/fakes';
import { renderUnlocked, stubLayout } from '../app/render';

async function setUp() {
  // The real store behind the fake session: the definition's schema and rules run as in the app.
  const session = await FakeVaultGate.withVault({ today: '2026-03-16', seedRegisters: true }).unlock(STRONG_PASSPHRASE);
  const purposes = session.registers.get(purposesRegister);
  const old = await purposes.create({ ...purposesRegister.seed!()[0]!, name: 'Old newsletter' });
  await purposes.retire(old.id);
  renderUnlocked(<PurposesPage />, session);
  return { purposes, user: userEvent.setup({ delay: null }) };
}

const named = (purposes: RegisterRepository<Purpose, PurposeInput>, name: string) => purposes.list().find((p) => p.name === name);

/** The store writes to IndexedDB: the dialog closes once the write committed. */
const dialogsClosed = () => waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

/** The grid's first column; waits out a closing dialog, which hides the page from the accessibility tree until it is gone. */
async function rowNames(): Promise<string[]> {
  const grid = await screen.findByRole('grid', { name: 'Purposes' });
  return within(grid)
    .queryAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('gridcell')[0]!.textContent ?? '');
}

stubLayout(1000, 1200);

describe('Purposes page', () => {
  it('lists the seven active purposes by default; the retired one only under "Retired" and "All"', async () => {
    const { user } = await setUp();
    expect(screen.getByRole('heading', { level: 1, name: 'Purposes' })).toBeTruthy();
    expect(await rowNames()).toHaveLength(7);
    expect(await rowNames()).not.toContain('Old newsletter');
    const show = screen.getByRole('group', { name: 'Show' });
    await user.click(within(show).getByRole('button', { name: 'Retired' }));
    expect(await rowNames()).toEqual(['Old newsletter']);
    await user.click(within(show).getByRole('button', { name: 'All' }));
    expect(await rowNames()).toHaveLength(8);
  });

  it('adds a purpose from the dialog', async () => {
    const { user, purposes } = await setUp();
    await user.click(screen.getByRole('button', { name: 'New purpose' }));
    const dialog = await screen.findByRole('dialog', { name: 'New purpose' });
    await user.type(within(dialog).getByRole('textbox', { name: /^Purpose/ }), 'Process payroll');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Employment' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Financial' }));
    await user.type(within(dialog).getByRole('textbox', { name: /^Retention rule/ }), '7 years after employment ends');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await dialogsClosed();
    expect(named(purposes, 'Process payroll')).toMatchObject({
      authority: 'consent',
      categories: ['financial', 'employment'],
      retention: '7 years after employment ends',
      noticeMethod: 'written',
      noticeTiming: 'atCollection',
    });
    expect(await rowNames()).toContain('Process payroll');
  });

  it('refuses a name an active purpose already has, at the name field, and saves nothing', async () => {
    const { user, purposes } = await setUp();
    await user.click(screen.getByRole('button', { name: 'New purpose' }));
    const dialog = await screen.findByRole('dialog', { name: 'New purpose' });
    await user.type(within(dialog).getByRole('textbox', { name: /^Purpose/ }), 'CONDUCT SURVEYS');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Contact details' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('Another active purpose is already called “CONDUCT SURVEYS”. Choose another name, or edit that purpose.')).toBeTruthy();
    expect(screen.getByRole('dialog', { name: 'New purpose' })).toBeTruthy();
    expect(within(dialog).getByRole('textbox', { name: /^Purpose/ }).getAttribute('aria-invalid')).toBe('true');
    expect(purposes.count()).toBe(8);
  });

  it('asks for a category, and for the provision of a purpose without consent', async () => {
    const { user, purposes } = await setUp();
    await user.click(screen.getByRole('button', { name: 'New purpose' }));
    const dialog = await screen.findByRole('dialog', { name: 'New purpose' });
    await user.type(within(dialog).getByRole('textbox', { name: /^Purpose/ }), 'Fraud checks');
    expect(within(dialog).queryByRole('textbox', { name: /^Provision relied on/ })).toBeNull();
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Legal authority' }), 'withoutConsent');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('Choose at least one category of information.')).toBeTruthy();
    await user.click(within(dialog).getByRole('checkbox', { name: 'Identity' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText(/must name the provision of the Act/)).toBeTruthy();
    expect(purposes.count()).toBe(8);
    await user.type(within(dialog).getByRole('textbox', { name: /^Provision relied on/ }), 'BC PIPA s.12(1)(c)');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await dialogsClosed();
    expect(named(purposes, 'Fraud checks')).toMatchObject({ name: 'Fraud checks', authority: 'withoutConsent', provision: 'BC PIPA s.12(1)(c)' });
  });

  it('edits a purpose, then retires it after a confirmation', async () => {
    const { user, purposes } = await setUp();
    await user.click(screen.getByText('Conduct surveys'));
    let dialog = await screen.findByRole('dialog', { name: 'Edit purpose' });
    const name = within(dialog).getByRole('textbox', { name: /^Purpose/ });
    await user.clear(name);
    await user.type(name, 'Conduct client surveys');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await dialogsClosed();
    expect(await rowNames()).toContain('Conduct client surveys');

    await user.click(screen.getByText('Conduct client surveys'));
    dialog = await screen.findByRole('dialog', { name: 'Edit purpose' });
    await user.click(within(dialog).getByRole('button', { name: 'Retire' }));
    const confirm = await screen.findByRole('dialog', { name: 'Retire this purpose?' });
    await user.click(within(confirm).getByRole('button', { name: 'Retire purpose' }));
    await dialogsClosed();
    expect(named(purposes, 'Conduct client surveys')?.retiredAt).toBeDefined();
    expect(await rowNames()).not.toContain('Conduct client surveys');
  });
});

describe('Purposes wording', () => {
  const keys = (value: unknown, prefix = ''): string[] =>
    value && typeof value === 'object' ? Object.entries(value).flatMap(([k, v]) => keys(v, `${prefix}.${k}`)) : [prefix];

  it('has every purposes string in English and French', () => {
    expect(keys(fr.registers.purposes).sort()).toEqual(keys(en.registers.purposes).sort());
    expect(fr.nav.purposes).toBeTruthy();
    expect(fr.rules.purposeNameTaken).toContain('{{name}}');
    expect(fr.audit.entityKinds.purpose).toBeTruthy();
  });
});
