// @vitest-environment jsdom
// The consent screens: a consent in force is withdrawn from the person's tab (consequences prefilled
// from the purpose, refused until the officer confirms they were explained, BC PIPA s.9(2)); the tab
// then shows it withdrawn and both entries in the history; the mail-out list saves a CSV (after the
// unencrypted-file warning) of only the people with consent in force. The register is the real store.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { consentsRegister, type ConsentInput } from '../../../renderer/src/domain/registers/consents';
import { purposesRegister } from '../../../renderer/src/domain/registers/purposes';
import { ConsentsPage } from '../../../renderer/src/features/consents/ConsentsPage';
import { ConsentsPersonTab } from '../../../renderer/src/features/consents/ConsentsPersonTab';
import type { Session } from '../../../renderer/src/store/contract';
import { FakeHost, FakeVaultGate, STRONG_PASSPHRASE } from '../app/fakes';
import { renderUnlocked, stubLayout } from '../app/render';

const TODAY = '2026-03-16';

async function setUp() {
  const session = await FakeVaultGate.withVault({ today: TODAY }).unlock(STRONG_PASSPHRASE);
  const ana = await session.people.add({ kind: 'client', givenName: 'Ana', familyName: 'Silva', email: 'ana@example.org', address: '1 Main St' });
  const bo = await session.people.add({ kind: 'client', givenName: 'Bo', familyName: 'Chen', email: 'bo@example.org' });
  const purpose = await session.registers.get(purposesRegister).create({ name: 'Newsletter', authority: 'consent', categories: ['contact'], noticeMethod: 'written', noticeTiming: 'atCollection' });
  const register = session.registers.get(consentsRegister);
  const given = (personId: string) =>
    register.create({ action: 'given', personId, purposeId: purpose.id, how: 'electronic', kind: 'express', givenBy: 'person', givenOn: '2026-01-10', notice: 'Notice v1' } as ConsentInput);
  return { session: session as unknown as Session, ana, bo, purpose, register, given, user: userEvent.setup({ delay: null }) };
}

stubLayout(1200, 1200);

describe('Consents on the person’s tab', () => {
  it('withdraws a consent in force only once the consequences are confirmed explained, and keeps both entries', async () => {
    const { session, ana, given, register, user } = await setUp();
    await given(ana.id);
    renderUnlocked(<ConsentsPersonTab personId={ana.id} />, session);
    const current = screen.getByRole('list', { name: 'Current state by purpose' });
    expect(within(current).getByText('In force · Newsletter')).toBeTruthy();
    await user.click(within(current).getByRole('button', { name: 'Withdraw' }));
    const dialog = await screen.findByRole('dialog', { name: /^Withdraw consent CN-2026-0001/ });
    expect((within(dialog).getByRole('textbox', { name: /^Consequences explained/ }) as HTMLTextAreaElement).value).toMatch(/“Newsletter”/);

    await user.click(within(dialog).getByRole('button', { name: 'Withdraw' }));
    expect(await within(dialog).findByText(/Confirm that the consequences of withdrawing were explained/)).toBeTruthy();
    expect(register.count()).toBe(1);

    await user.click(within(dialog).getByRole('checkbox', { name: /consequences of withdrawing were explained/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Withdraw' }));
    // The confirmation letter is offered next (consentLetters.test.tsx); closed here without one.
    await user.click(within(await screen.findByRole('dialog', { name: /^Letters on CN-2026-0002/ })).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(register.list().map((e) => e.action).sort()).toEqual(['given', 'withdrawn']);
    expect(register.list().find((e) => e.action === 'withdrawn')).toMatchObject({ withdrawnOn: TODAY, consequencesExplained: true });
    await waitFor(() => expect(within(screen.getByRole('list', { name: 'Current state by purpose' })).getByText('Withdrawn · Newsletter')).toBeTruthy());
    const history = screen.getByRole('list', { name: 'History' });
    expect(within(history).getAllByRole('listitem')).toHaveLength(2);
    expect(within(history).getByText(/CN-2026-0002 · .* · Consent withdrawn/)).toBeTruthy();
  });
});

describe('Mail-out list', () => {
  it('saves a CSV of the people with consent in force, leaving out the one who withdrew', async () => {
    const { session, ana, bo, given, register, user } = await setUp();
    await given(ana.id);
    const boConsent = await given(bo.id);
    await register.create({ action: 'withdrawn', personId: bo.id, purposeId: boConsent.purposeId, how: 'oral', withdrawnOn: '2026-02-01', consequencesExplained: true, consequences: 'No newsletter' } as ConsentInput);
    const host = new FakeHost();
    renderUnlocked(<ConsentsPage />, session, { host });

    await user.click(screen.getByRole('button', { name: 'Mail-out list' }));
    const choose = await screen.findByRole('dialog', { name: 'Mail-out list' });
    expect((within(choose).getByRole('button', { name: 'Continue' }) as HTMLButtonElement).disabled).toBe(true);
    await user.selectOptions(within(choose).getByRole('combobox', { name: 'Purpose' }), 'Newsletter');
    await user.click(within(choose).getByRole('button', { name: 'Continue' }));

    const csv = await screen.findByRole('dialog', { name: 'Mail-out list as CSV' });
    expect(within(csv).getByText(/1 person with consent in force for “Newsletter”/)).toBeTruthy();
    await user.click(within(csv).getByRole('checkbox'));
    await user.click(within(csv).getByRole('button', { name: /^Save/ }));
    await waitFor(() => expect(host.saveFile).toHaveBeenCalledTimes(1));
    const text = new TextDecoder().decode(host.saveFile.mock.calls[0]![0].bytes);
    expect(text).toContain('Name,Email,Address\r\n');
    expect(text).toContain('Ana Silva,ana@example.org,1 Main St\r\n');
    expect(text).not.toContain('Bo Chen');
  });
});
