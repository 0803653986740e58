// @vitest-environment jsdom
// The fee notice follows the request's Act (domain/fees.ts): not offered to a BC employee, no deposit
// field where the Act has none, and Québec's three s.33 bases as checkboxes instead of a free text.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PersonKind } from '../../../renderer/src/domain/person';
import { RequestPage } from '../../../renderer/src/features/accessRequests/RequestPage';
import { FakeVaultGate, sampleRequest, STRONG_PASSPHRASE, type SeedRequest } from '../app/fakes';
import { renderUnlocked } from '../app/render';

const letters = vi.hoisted(() => ({ build: vi.fn(async (_input: unknown) => new TextEncoder().encode('%PDF-1.7\n% letter for test\n%%EOF')) }));
vi.mock('../../../renderer/src/letters/accessLetter', () => ({ buildAccessLetterPdf: letters.build }));

const TODAY = '2026-03-16';

async function openRequest(kind: PersonKind, overrides: Partial<SeedRequest> = {}) {
  const gate = FakeVaultGate.withVault({ today: TODAY });
  const [person] = gate.people().seed([{ kind, givenName: 'Amélie', familyName: 'Tremblay', address: '1 Test Road, Victoria BC' }]);
  gate.accessRequests().seed([sampleRequest(person!.id, { id: 'r1', ...overrides })]);
  const session = await gate.unlock(STRONG_PASSPHRASE);
  renderUnlocked(<RequestPage requestId="r1" />, session);
  await screen.findByRole('heading', { level: 1, name: /AR-2026-0001/ });
  return { session };
}

const nextSteps = () => screen.getByRole('region', { name: 'Next steps' });

async function openFeeDialog(user: ReturnType<typeof userEvent.setup>) {
  await user.click(within(nextSteps()).getByRole('button', { name: 'Send fee estimate' }));
  return screen.findByRole('dialog', { name: 'Fee estimate for request AR-2026-0001' });
}

beforeEach(() => {
  window.location.hash = '#/requests/r1';
  letters.build.mockClear();
});

describe('the fee notice by Act', () => {
  it("BC PIPA: no fee notice is offered for an employee's request (s.32(1))", async () => {
    await openRequest('employee');
    expect(within(nextSteps()).queryByRole('button', { name: 'Send fee estimate' })).toBeNull();
    expect(within(nextSteps()).getByRole('button', { name: 'Respond' })).toBeTruthy();
  }, 120_000);

  it('BC PIPA: the deposit field is offered (s.32(3)(b)), with the free-text basis', async () => {
    const user = userEvent.setup({ delay: null });
    await openRequest('client');
    const bc = await openFeeDialog(user);
    expect(within(bc).getByLabelText(/^Deposit required/)).toBeTruthy();
    expect(within(bc).getByLabelText(/^What the fee is for/)).toBeTruthy();
  }, 120_000);

  it('PIPEDA: no deposit field is offered', async () => {
    const user = userEvent.setup({ delay: null });
    await openRequest('client', { regime: 'PIPEDA' });
    const dialog = await openFeeDialog(user);
    expect(within(dialog).queryByLabelText(/^Deposit required/)).toBeNull();
  }, 120_000);

  it('Québec: offers exactly transcription, reproduction and transmission, refuses none ticked, and sends the bases ticked (s.33)', async () => {
    const user = userEvent.setup({ delay: null });
    const { session } = await openRequest('client', { regime: 'QC' });
    const dialog = await openFeeDialog(user);
    expect(within(dialog).queryByLabelText(/^Deposit required/)).toBeNull();
    expect(within(dialog).queryByRole('textbox', { name: /^What the fee is for/ })).toBeNull();
    const boxes = within(dialog).getAllByRole('checkbox').map((b) => b.closest('label')?.textContent);
    expect(boxes).toEqual(['Transcription', 'Reproduction (copies)', 'Transmission (sending)']);

    await user.type(within(dialog).getByLabelText(/^Estimated fee/), '12.50');
    await user.click(within(dialog).getByRole('button', { name: 'Next: prepare the letter' }));
    // The rule at the checkboxes it is about; the alert only points there (issue #14, item 8).
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toBe('Nothing was saved. Correct the field marked in red.');
    expect(within(dialog).getByRole('group').textContent).toContain('a fee may be charged only for transcription, reproduction or transmission');
    expect(letters.build).not.toHaveBeenCalled();

    await user.click(within(dialog).getByRole('checkbox', { name: 'Reproduction (copies)' }));
    await user.click(within(dialog).getByRole('button', { name: 'Next: prepare the letter' }));
    await user.click(await within(dialog).findByRole('button', { name: 'Issue letter and record' }));
    await waitFor(() => expect(session.accessRequests.apply).toHaveBeenCalledTimes(1));
    const [, action] = session.accessRequests.apply.mock.calls[0]!;
    expect(action).toEqual({ type: 'sendFeeEstimate', on: TODAY, estimateCents: 1250, basis: '', bases: ['reproduction'] });
    await session.accessRequests.apply.mock.results[0]!.value; // the store's write, awaited
    expect(session.accessRequests.get('r1')?.fee?.bases).toEqual(['reproduction']);
  }, 120_000);
});
