// @vitest-environment jsdom
// The without-consent screens: the ground list offers only what the chosen Act gives for the chosen
// act; an entry saved from the dialog shows in the list and on the person's tab; the store's refusals
// land at their field with nothing saved; the list filters by act and by Act. The register is the
// real store behind the fake session (test/unit/app/fakeStore.ts).
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { withoutConsentRegister, type WithoutConsentInput } from '../../../renderer/src/domain/registers/withoutConsent';
import { WithoutConsentPage } from '../../../renderer/src/features/withoutConsent/WithoutConsentPage';
import { WithoutConsentPersonTab } from '../../../renderer/src/features/withoutConsent/WithoutConsentPersonTab';
import type { Session } from '../../../renderer/src/store/contract';
import { FakeVaultGate, STRONG_PASSPHRASE } from '../app/fakes';
import { renderUnlocked, stubLayout } from '../app/render';

const TODAY = '2026-03-16';

async function setUp(ui: 'page' | 'tab' = 'page') {
  const session = await FakeVaultGate.withVault({ today: TODAY }).unlock(STRONG_PASSPHRASE);
  const ana = await session.people.add({ kind: 'client', givenName: 'Ana', familyName: 'Silva' });
  const bo = await session.people.add({ kind: 'client', givenName: 'Bo', familyName: 'Chen' });
  // The real register store (fake-indexeddb) behind the fake session: its rules and links run as in the app.
  const register = session.registers.get(withoutConsentRegister);
  renderUnlocked(ui === 'page' ? <WithoutConsentPage /> : <WithoutConsentPersonTab personId={ana.id} />, session as unknown as Session);
  return { register, ana, bo, user: userEvent.setup({ delay: null }) };
}

const base = (personId: string, over: Partial<WithoutConsentInput> = {}): WithoutConsentInput => ({
  date: '2026-03-01', personId, act: 'disclose', regime: 'BC_PIPA', what: 'Home address', groundId: 'requiredByLaw', provision: '', ...over,
});

function optionLabels(select: HTMLElement): string[] {
  return within(select).getAllByRole('option').map((o) => o.textContent ?? '');
}

function rowReferences(): string[] {
  const grid = screen.getByRole('grid', { name: 'Without consent' });
  return within(grid).queryAllByRole('row').slice(1).map((row) => within(row).getAllByRole('gridcell')[0]!.textContent ?? '');
}

stubLayout(1200, 1200);

describe('Without consent page', () => {
  it('offers only the grounds of the chosen Act and act', async () => {
    const { user } = await setUp();
    await user.click(screen.getByRole('button', { name: 'New entry' }));
    const dialog = await screen.findByRole('dialog', { name: 'Collection, use or disclosure without consent' });
    const ground = within(dialog).getByRole('combobox', { name: /^Ground/ });
    // BC PIPA, disclosure: s.18(1)(o) is offered; PIPEDA's witness statement ground is not.
    expect(optionLabels(ground)).toContain('Required or authorized by law (s.18(1)(o))');
    expect(optionLabels(ground).some((l) => l.startsWith('In a witness statement'))).toBe(false);
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /^Act that applies/ }), 'PIPEDA');
    expect(optionLabels(within(dialog).getByRole('combobox', { name: /^Ground/ }))).toContain('In a witness statement, needed to assess, process or settle an insurance claim (s.7(3)(e.1))');
  });

  it('saves an entry from the dialog, with the ground’s provision, and shows it in the list', async () => {
    const { user, register, ana } = await setUp();
    await user.click(screen.getByRole('button', { name: 'New entry' }));
    const dialog = await screen.findByRole('dialog', { name: 'Collection, use or disclosure without consent' });
    await user.type(within(dialog).getByRole('combobox', { name: /^Person/ }), 'Ana');
    await user.click(await screen.findByRole('option', { name: /Ana Silva/ }));
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /^Ground/ }), 'requiredByLaw');
    expect((within(dialog).getByRole('textbox', { name: 'Provision' }) as HTMLInputElement).value).toBe('s.18(1)(o)');
    await user.type(within(dialog).getByRole('textbox', { name: /^Information collected/ }), 'Payroll');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(register.list()).toHaveLength(1);
    expect(register.list()[0]).toMatchObject({ personId: ana.id, act: 'disclose', regime: 'BC_PIPA', groundId: 'requiredByLaw', provision: 's.18(1)(o)', date: TODAY });
    expect(rowReferences()).toEqual(['NC-2026-0001']);
  });

  it('changing the act clears a ground that act does not have', async () => {
    const { user } = await setUp();
    await user.click(screen.getByRole('button', { name: 'New entry' }));
    const dialog = await screen.findByRole('dialog');
    const ground = () => within(dialog).getByRole('combobox', { name: /^Ground/ }) as HTMLSelectElement;
    await user.selectOptions(ground(), 'lawyer'); // s.18(1)(m): disclosure only
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /^What the office did/ }), 'collect');
    expect(ground().value).toBe('');
    expect(optionLabels(ground()).some((l) => l.startsWith('To the lawyer'))).toBe(false);
  });

  it('shows the store’s refusal of a date in the future at the date field, and saves nothing', async () => {
    const { user, register } = await setUp();
    await user.click(screen.getByRole('button', { name: 'New entry' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('combobox', { name: /^Person/ }), 'Bo');
    await user.click(await screen.findByRole('option', { name: /Bo Chen/ }));
    const date = within(dialog).getByRole('textbox', { name: /^Date/ });
    await user.clear(date);
    await user.type(date, '2026-03-17');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /^Ground/ }), 'debtCollection');
    await user.type(within(dialog).getByRole('textbox', { name: /^Information collected/ }), 'Account balance');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText(/is in the future/)).toBeTruthy();
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(register.count()).toBe(0);
  });

  it('filters by what was done and by Act', async () => {
    const { user, register, ana, bo } = await setUp();
    await act(async () => {
      await register.create(base(ana.id));
      await register.create(base(bo.id, { act: 'collect', groundId: 'publiclyAvailable', date: '2026-03-02' }));
      await register.create(base(bo.id, { regime: 'PIPEDA', groundId: 'witnessStatement', date: '2026-03-03' }));
    });
    expect(rowReferences()).toEqual(['NC-2026-0003', 'NC-2026-0002', 'NC-2026-0001']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'What was done' }), 'collect');
    expect(rowReferences()).toEqual(['NC-2026-0002']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'What was done' }), '');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Law' }), 'PIPEDA');
    expect(rowReferences()).toEqual(['NC-2026-0003']);
  });
});

describe('the person’s tab', () => {
  it('lists only that person’s entries and records one for them with the person fixed', async () => {
    const { user, register, ana, bo } = await setUp('tab');
    await act(async () => void (await register.create(base(bo.id, { what: 'Bo’s file' }))));
    expect(screen.getByText('Nothing about this person was collected, used or disclosed without consent.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Record one for this person' }));
    const dialog = await screen.findByRole('dialog');
    expect((within(dialog).getByRole('textbox', { name: /^Person/ }) as HTMLInputElement).value).toBe('Ana Silva');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /^What the office did/ }), 'use');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /^Ground/ }), 'emergency');
    await user.type(within(dialog).getByRole('textbox', { name: /^Information collected/ }), 'Emergency contact');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(register.list().find((r) => r.personId === ana.id)).toMatchObject({ act: 'use', groundId: 'emergency', provision: 's.15(1)(j)' });
    const list = screen.getByRole('list', { name: 'Collections, uses and disclosures without consent' });
    expect(within(list).getAllByRole('button')).toHaveLength(1);
    expect(within(list).getByText(/NC-2026-0002/)).toBeTruthy();
  });
});
