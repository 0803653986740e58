// @vitest-environment jsdom
// The withdrawal confirmation letter from the screens, on a real (fake-indexeddb) vault: once a
// withdrawal is saved from the person's tab the letter is offered; issued (in the language chosen)
// it is sealed with the withdrawal entry, listed, and saved through the host as the PDF issued,
// stating the purpose, the consequences prefilled from it and the legal obligation noted. A
// withdrawal dated before the consent is refused with the reason, nothing saved, no letter offered.
// pdfkit's output is not valid under jsdom: the PDF is the letter's real content in a stand-in PDF
// (the real one is read with pdftotext in the e2e, consents.spec.ts, and test/unit/letters).
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { addDays } from '../../../renderer/src/domain/isoDate';
import { consentsRegister, type ConsentInput } from '../../../renderer/src/domain/registers/consents';
import { purposesRegister } from '../../../renderer/src/domain/registers/purposes';
import { ConsentsPersonTab } from '../../../renderer/src/features/consents/ConsentsPersonTab';
import { FakeHost } from '../app/fakes';
import { renderUnlocked, stubLayout } from '../app/render';
import { readRawDatabase } from '../store/rawDatabase';
import { createTestVault } from '../store/testVault';

vi.mock('hash-wasm', () => import('../store/cheapArgon2'));
vi.mock('../../../renderer/src/letters/recordLetterPdf', async () => {
  const { recordLetterContent } = await import('../../../renderer/src/domain/letters/recordLetters');
  return { buildRecordLetterPdf: async (input: Parameters<typeof recordLetterContent>[0]) => new TextEncoder().encode(`%PDF-1.7\n${JSON.stringify(recordLetterContent(input))}\n%%EOF\n`) };
});
stubLayout(1280, 900);

async function vault() {
  const { session, dbName } = await createTestVault({ seedRegisters: true });
  const ana = await session.people.add({ kind: 'client', givenName: 'Ana', familyName: 'Fictive', address: '1 Main St\nVictoria BC' });
  const purpose = await session.registers.get(purposesRegister).create({ name: 'Newsletter', authority: 'consent', categories: ['contact'], noticeMethod: 'written', noticeTiming: 'atCollection' });
  const register = session.registers.get(consentsRegister);
  const givenOn = addDays(session.today(), -30);
  const consent = await register.create({ action: 'given', personId: ana.id, purposeId: purpose.id, how: 'electronic', kind: 'express', givenBy: 'person', givenOn, notice: 'Notice v1' } as ConsentInput);
  return { session, dbName, ana, register, consent, givenOn };
}

async function openWithdraw(user: ReturnType<typeof userEvent.setup>) {
  const current = await screen.findByRole('list', { name: 'Current state by purpose' });
  await user.click(within(current).getByRole('button', { name: 'Withdraw' }));
  return screen.findByRole('dialog', { name: /^Withdraw consent CN-/ });
}

describe('the withdrawal confirmation letter', () => {
  it('is offered once the withdrawal is saved, issued in French, sealed with the entry and saved as issued', async () => {
    const user = userEvent.setup({ delay: null });
    const { session, ana, register } = await vault();
    const host = new FakeHost();
    renderUnlocked(<ConsentsPersonTab personId={ana.id} />, session, { host });
    const withdraw = await openWithdraw(user);
    await user.type(within(withdraw).getByRole('textbox', { name: /^Use that continues/ }), 'Tax records kept six years (Income Tax Act)');
    await user.click(within(withdraw).getByRole('checkbox', { name: /consequences of withdrawing were explained/ }));
    await user.click(within(withdraw).getByRole('button', { name: 'Withdraw' }));

    const letters = await screen.findByRole('dialog', { name: /^Letters on CN-\d{4}-0002$/ });
    expect(within(letters).getByText(/Issue the withdrawal confirmation letter to the person\?/)).toBeTruthy();
    const withdrawal = register.list().find((e) => e.action === 'withdrawn')!;
    expect(withdrawal.letters).toEqual([]);
    await user.selectOptions(within(letters).getByRole('combobox', { name: 'Language of the letter' }), 'fr');
    await user.click(within(letters).getByRole('button', { name: 'Issue withdrawal confirmation letter' }));
    await waitFor(() => expect(register.get(withdrawal.id)?.letters).toEqual([expect.objectContaining({ kind: 'consentWithdrawal', language: 'fr', issuedOn: session.today() })]));

    await user.click(within(within(letters).getByRole('list', { name: 'Letters' })).getByRole('button', { name: /^Save PDF: Withdrawal confirmation of / }));
    await waitFor(() => expect(host.saveFile).toHaveBeenCalledTimes(1));
    const saved = host.saveFile.mock.calls[0]![0];
    expect(saved.suggestedName).toBe(`${withdrawal.reference}-consentWithdrawal-${session.today()}-fr.pdf`);
    const letter = register.get(withdrawal.id)!.letters![0]!;
    expect(saved.bytes).toEqual((await register.readLetter(withdrawal.id, letter.id)).pdf);
    const text = new TextDecoder().decode(saved.bytes);
    expect(text).toContain('Newsletter');
    expect(text).toContain('Without this consent the office will no longer use');
    expect(text).toContain('Tax records kept six years (Income Tax Act)');
    expect(text).toContain(withdrawal.reference!);

    await user.click(within(letters).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    // Later, from the history: the withdrawal's letters again, the one issued listed as issued.
    const history = screen.getByRole('list', { name: 'History' });
    await user.click(within(history).getByRole('button', { name: 'Letters' }));
    const again = await screen.findByRole('dialog', { name: `Letters on ${withdrawal.reference}` });
    expect(within(within(again).getByRole('list', { name: 'Letters' })).getAllByRole('button', { name: /^Save PDF: Withdrawal confirmation of / })).toHaveLength(1);
  }, 120_000);

  it('refuses a withdrawal dated before the consent, with the reason: nothing saved, no letter offered', async () => {
    const user = userEvent.setup({ delay: null });
    const { session, dbName, ana, register, givenOn } = await vault();
    renderUnlocked(<ConsentsPersonTab personId={ana.id} />, session);
    const withdraw = await openWithdraw(user);
    const date = within(withdraw).getByRole('textbox', { name: /^Withdrawn on/ });
    await user.clear(date);
    await user.type(date, addDays(givenOn, -1));
    await user.click(within(withdraw).getByRole('checkbox', { name: /consequences of withdrawing were explained/ }));
    const before = await readRawDatabase(dbName);
    await user.click(within(withdraw).getByRole('button', { name: 'Withdraw' }));
    expect(await within(withdraw).findByText(/A withdrawal cannot be dated before the consent it withdraws/)).toBeTruthy();
    expect(register.count()).toBe(1);
    expect((await readRawDatabase(dbName)).consents).toEqual(before.consents);
    expect(screen.queryByRole('dialog', { name: /^Letters on/ })).toBeNull();
  }, 120_000);
});
