// @vitest-environment jsdom
// The respond dialog fills "To whom it has been disclosed" from the disclosure log (BC PIPA
// s.23(1)(c); PIPEDA Sch.1 4.9.3), says so, and the letter gets whatever the officer left there.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AccessLetterInput } from '../../../renderer/src/domain/letters/accessLetterContent';
import { disclosuresRegister, type DisclosureInput } from '../../../renderer/src/domain/registers/disclosures';
import { purposesRegister } from '../../../renderer/src/domain/registers/purposes';
import { RequestPage } from '../../../renderer/src/features/accessRequests/RequestPage';
import type { Session } from '../../../renderer/src/store/contract';
import { FakeVaultGate, sampleRequest, STRONG_PASSPHRASE } from '../app/fakes';
import { renderUnlocked } from '../app/render';

const letters = vi.hoisted(() => ({ build: vi.fn(async (_input: unknown) => new TextEncoder().encode('%PDF-1.7\n% letter for test\n%%EOF')) }));
vi.mock('../../../renderer/src/letters/accessLetter', () => ({ buildAccessLetterPdf: letters.build }));

const TODAY = '2026-03-16';

type Recipient = DisclosureInput['recipient'];

/** Recorded through the real register (the fake vault's registers are the store's), on a seeded purpose. */
async function record(session: Session, personId: string, disclosedOn: string, recipient: Recipient) {
  const purposes = session.registers.get(purposesRegister).list();
  const purposeId = purposes.find((p) => p.name === 'Deliver requested services')!.id;
  await session.registers
    .get(disclosuresRegister)
    .create(disclosuresRegister.fields('entered').parse({ disclosedOn, personId, recipient, categories: ['financial'], purposeId, basis: { kind: 'consent' }, exchange: 'none' }));
}

async function openRespond(log: () => [string, Recipient][]) {
  const user = userEvent.setup({ delay: null });
  const gate = FakeVaultGate.withVault({ today: TODAY, seedRegisters: true });
  const [person, other] = gate.people().seed([
    { kind: 'client', givenName: 'Amélie', familyName: 'Tremblay', address: '1 Test Road, Victoria BC' },
    { kind: 'client', givenName: 'Other', familyName: 'Person', address: '2 Test Road, Victoria BC' },
  ]);
  gate.accessRequests().seed([sampleRequest(person!.id, { id: 'r1', receivedOn: '2026-03-02' })]);
  const session = await gate.unlock(STRONG_PASSPHRASE);
  for (const [date, recipient] of log()) await record(session, person!.id, date, recipient);
  // Someone else's disclosure, which her response must never name.
  await record(session, other!.id, '2026-03-01', { kind: 'organisation', name: 'Not Hers Bank' });
  renderUnlocked(<RequestPage requestId="r1" />, session);
  const steps = await screen.findByRole('region', { name: 'Next steps' });
  await user.click(within(steps).getByRole('button', { name: 'Respond' }));
  const dialog = await screen.findByRole('dialog');
  return { user, dialog, session };
}

const disclosedTo = (dialog: HTMLElement) => within(dialog).getByRole('textbox', { name: /^To whom it has been disclosed/ }) as HTMLTextAreaElement;

beforeEach(() => {
  window.location.hash = '#/requests/r1';
  letters.build.mockClear();
});

describe('respond: the recipients come from the disclosure log', () => {
  it('prefills one line per recipient with its dates, notes where it came from, and the letter prints the edited text', async () => {
    const { user, dialog } = await openRespond(() => [
      ['2026-02-03', { kind: 'organisation', name: 'Example Benefits Inc.', address: '200 Granville Street\nVancouver BC' }],
      ['2026-01-10', { kind: 'organisation', name: 'Fictive Collections Ltd.' }],
      ['2026-02-20', { kind: 'organisation', name: 'example benefits inc.', address: '200 Granville Street, Vancouver BC' }],
      ['2026-03-02', { kind: 'individual', name: 'Dr. Ana Silva' }],
    ]);
    expect(disclosedTo(dialog).value.split('\n')).toEqual([
      '• Fictive Collections Ltd. — January\u00a010, 2026',
      '• Example Benefits Inc., 200 Granville Street, Vancouver BC — February\u00a03, 2026; February\u00a020, 2026',
      '• Dr. Ana Silva — March\u00a02, 2026',
    ]);
    expect(dialog.textContent).not.toContain('Not Hers Bank');
    expect(within(dialog).getByRole('note').textContent).toBe(
      'From the disclosure log: 2 organisations, 1 individual. Check the list before you issue the letter: it prints what you leave here.',
    );

    // The officer reviews the list: drops the last line, and the letter holds exactly what is left.
    const kept = disclosedTo(dialog).value.split('\n').slice(0, 2).join('\n');
    await user.clear(disclosedTo(dialog));
    await user.type(disclosedTo(dialog), kept.replace(/\n/g, '{Enter}'));
    await user.type(within(dialog).getAllByRole('textbox', { name: /^Description/ })[0]!, 'Billing statements');
    await user.type(within(dialog).getByRole('textbox', { name: /^How the information has been used/ }), 'To bill you.');
    await user.click(within(dialog).getByRole('button', { name: 'Next: prepare the letter' }));
    await user.click(await within(dialog).findByRole('button', { name: 'Issue letter and record' }));
    await waitFor(() => expect(letters.build).toHaveBeenCalled());
    const input = letters.build.mock.calls.at(-1)![0] as AccessLetterInput;
    expect(input.request.responseSummary?.disclosedTo).toBe(kept);
  }, 120_000);

  it('with nothing in the log for this person, the field starts empty as before and no note is shown', async () => {
    const { dialog } = await openRespond(() => []);
    expect(disclosedTo(dialog).value).toBe('');
    expect(within(dialog).queryByRole('note')).toBeNull();
  }, 120_000);
});
