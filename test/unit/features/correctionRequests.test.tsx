// @vitest-environment jsdom
// The correction request screens on a real (fake-indexeddb) vault: deciding "corrected" offers
// exactly the recipients of the person's disclosures in the year before (13 months ago: no; 2 months
// ago: yes); a decision without its text is refused at its field and saves nothing; a correction not
// made shows its annotation on the person's tab; a request is recorded from the tab.
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { addDays } from '../../../renderer/src/domain/isoDate';
import { correctionRequestsRegister } from '../../../renderer/src/domain/registers/correctionRequests';
import { disclosuresRegister } from '../../../renderer/src/domain/registers/disclosures';
import { purposesRegister } from '../../../renderer/src/domain/registers/purposes';
import { CorrectionRequestsPage } from '../../../renderer/src/features/correctionRequests/CorrectionRequestsPage';
import { CorrectionRequestsPersonTab } from '../../../renderer/src/features/correctionRequests/CorrectionRequestsPersonTab';
import { renderUnlocked, stubLayout } from '../app/render';
import { createTestVault } from '../store/testVault';

vi.mock('hash-wasm', () => import('../store/cheapArgon2'));
stubLayout(1280, 800);

async function vault() {
  const { session } = await createTestVault({ seedRegisters: true });
  const today = session.today();
  const avery = await session.people.add({ kind: 'client', givenName: 'Avery', familyName: 'Testperson' });
  const purpose = session.registers.get(purposesRegister).list().find((p) => !p.retiredAt)!;
  const disclosures = session.registers.get(disclosuresRegister);
  const disclose = (name: string, disclosedOn: string) =>
    disclosures.create(
      disclosuresRegister.fields('entered').parse({
        disclosedOn,
        personId: avery.id,
        recipient: { kind: 'organisation', name, address: '1 Sample Road' },
        categories: ['contact'],
        purposeId: purpose.id,
        basis: { kind: 'consent' },
        exchange: 'none',
      }),
    );
  // 13 months and 2 months before today, the day the correction is decided.
  await disclose('Thirteen Months Insurance Ltd.', addDays(today, -395));
  await disclose('Two Months Credit Union', addDays(today, -61));
  const requests = session.registers.get(correctionRequestsRegister);
  const request = await requests.create(
    correctionRequestsRegister.fields('entered').parse({
      personId: avery.id,
      regime: 'BC_PIPA',
      receivedOn: addDays(today, -3),
      inWriting: true,
      whatIsWrong: 'Street number wrong',
      correctionAsked: 'Street number 34',
    }),
  );
  return { session, avery, requests, request };
}

describe('correction requests', () => {
  it('deciding "corrected" offers exactly the recipient of the year before, and saves the decision', async () => {
    const user = userEvent.setup({ delay: null });
    const { session, requests, request } = await vault();
    renderUnlocked(<CorrectionRequestsPage />, session);
    await screen.findByRole('heading', { level: 1, name: 'Correction requests' });
    const row = await waitFor(() => screen.getAllByRole('row').find((r) => r.textContent?.includes(request.reference!))!);
    await user.click(within(row).getByRole('button', { name: 'Decide' }));
    const dialog = await screen.findByRole('dialog', { name: `Decision on ${request.reference}` });
    const notify = within(dialog).getByRole('region', { name: 'Send the correction to' });
    expect(within(notify).getAllByRole('listitem').map((li) => li.textContent)).toEqual([expect.stringContaining('Two Months Credit Union')]);
    expect(notify.textContent).not.toContain('Thirteen Months');

    // Corrected without saying what changed: refused at the field, nothing saved.
    await user.click(within(dialog).getByRole('button', { name: 'Save decision' }));
    await waitFor(() => expect(within(dialog).getByRole('textbox', { name: /^What was changed/ }).getAttribute('aria-invalid')).toBe('true'));
    expect(requests.get(request.id)?.decision).toBeUndefined();

    await user.type(within(dialog).getByRole('textbox', { name: /^What was changed/ }), 'Street number set to 34');
    await user.click(within(dialog).getByRole('button', { name: 'Save decision' }));
    await waitFor(() => expect(requests.get(request.id)?.decision).toMatchObject({ outcome: 'corrected', whatChanged: 'Street number set to 34', on: session.today() }));
    expect(requests.get(request.id)?.decision?.annotation).toBeUndefined();
  }, 120_000);

  it('a correction not made shows its annotation on the person’s tab', async () => {
    const user = userEvent.setup({ delay: null });
    const { session, avery, requests, request } = await vault();
    renderUnlocked(<CorrectionRequestsPersonTab personId={avery.id} />, session);
    await user.click(await screen.findByRole('button', { name: 'Decide' }));
    const dialog = await screen.findByRole('dialog', { name: `Decision on ${request.reference}` });
    await user.click(within(dialog).getByRole('radio', { name: 'Not corrected' }));
    expect(within(dialog).queryByRole('region', { name: 'Send the correction to' })).toBeNull();
    await user.type(within(dialog).getByRole('textbox', { name: /^Annotation kept/ }), 'Asks for street number 34');
    await user.click(within(dialog).getByRole('button', { name: 'Save decision' }));
    await waitFor(() => expect(requests.get(request.id)?.decision?.outcome).toBe('notCorrected'));
    expect((await screen.findByText(/Correction requested, not made .*Asks for street number 34/)).textContent).toContain('kept with this person’s information');
  }, 120_000);

  it('records a request from the person’s tab, with the BC PIPA due date shown', async () => {
    const user = userEvent.setup({ delay: null });
    const { session, avery, requests } = await vault();
    renderUnlocked(<CorrectionRequestsPersonTab personId={avery.id} />, session);
    await user.click(await screen.findByRole('button', { name: 'Record a request for this person' }));
    const dialog = await screen.findByRole('dialog', { name: 'Correction request' });
    expect(within(dialog).getByText(/s\.29 governs a correction request under s\.24/).textContent).toMatch(/^Answer due by /);
    await user.type(within(dialog).getByRole('textbox', { name: /^What the person says is wrong/ }), 'Phone number wrong');
    await user.type(within(dialog).getByRole('textbox', { name: /^Correction asked for/ }), 'Phone 604-555-0100');
    await user.click(within(dialog).getByRole('button', { name: 'Record request' }));
    await waitFor(() => expect(requests.forPerson(avery.id)).toHaveLength(2));
    expect(requests.list().find((r) => r.whatIsWrong === 'Phone number wrong')?.receivedOn).toBe(session.today());
  }, 120_000);
});
