// @vitest-environment jsdom
// The correction letters from the screens, on a real (fake-indexeddb) vault: once decided
// "corrected", the letters dialog offers one "Issue correction notice" per recipient of the year
// before (13 months ago: none; 2 months ago: one); the notice issued is sealed with the request,
// listed, and saved through the host as the very PDF issued (pdftotext: the recipient, the corrected
// information, the reference). Bad input, each refused with its message and nothing saved: a
// recipient with no address; a decision dated before the request. pdfkit's output is not valid
// under jsdom, so the PDF here is the letter's real content (recordLetterContent, which refuses as
// the real builder does) in a stand-in PDF; the real PDFs are read with pdftotext in the e2e
// (correctionJourney.spec.ts) and test/unit/letters.
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { addDays } from '../../../renderer/src/domain/isoDate';
import { correctionRequestsRegister } from '../../../renderer/src/domain/registers/correctionRequests';
import { disclosuresRegister } from '../../../renderer/src/domain/registers/disclosures';
import { purposesRegister } from '../../../renderer/src/domain/registers/purposes';
import { CorrectionRequestsPersonTab } from '../../../renderer/src/features/correctionRequests/CorrectionRequestsPersonTab';
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

/** The stand-in PDF's text: the letter content as built. */
function pdfText(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes);
}

async function vault(options: { decided?: boolean; noAddress?: boolean } = {}) {
  const { session, dbName } = await createTestVault({ seedRegisters: true });
  const today = session.today();
  const avery = await session.people.add({ kind: 'client', givenName: 'Avery', familyName: 'Testperson', address: '5 Fictive Lane\nVictoria BC' });
  const purpose = session.registers.get(purposesRegister).list().find((p) => !p.retiredAt)!;
  const disclose = (name: string, disclosedOn: string, address?: string) =>
    session.registers.get(disclosuresRegister).create(
      disclosuresRegister.fields('entered').parse({
        disclosedOn,
        personId: avery.id,
        recipient: { kind: 'organisation', name, ...(address ? { address } : {}) },
        categories: ['contact'],
        purposeId: purpose.id,
        basis: { kind: 'consent' },
        exchange: 'none',
      }),
    );
  await disclose('Thirteen Months Insurance Ltd.', addDays(today, -395), '1 Old Road');
  await disclose('Two Months Credit Union', addDays(today, -61), options.noAddress ? undefined : '200 Sample Street\nVancouver BC');
  const requests = session.registers.get(correctionRequestsRegister);
  const input = correctionRequestsRegister.fields('entered').parse({
    personId: avery.id,
    regime: 'BC_PIPA',
    receivedOn: addDays(today, -3),
    inWriting: true,
    whatIsWrong: 'Street number wrong',
    correctionAsked: 'Street number 34',
  });
  const created = await requests.create(input);
  const request = options.decided ? await requests.update(created.id, { ...input, decision: { on: today, outcome: 'corrected', whatChanged: 'Street number set to 34' } }) : created;
  return { session, dbName, avery, requests, request };
}

async function openLetters(user: ReturnType<typeof userEvent.setup>, reference: string) {
  await user.click(await screen.findByRole('button', { name: 'Letters' }));
  return screen.findByRole('dialog', { name: `Letters on ${reference}` });
}

describe('correction letters from the screens', () => {
  it('offers exactly one notice, issues it sealed with the request, and saves the PDF as issued', async () => {
    const user = userEvent.setup({ delay: null });
    const { session, avery, requests, request } = await vault({ decided: true });
    const host = new FakeHost();
    renderUnlocked(<CorrectionRequestsPersonTab personId={avery.id} />, session, { host });
    const dialog = await openLetters(user, request.reference!);
    const notify = within(dialog).getByRole('region', { name: 'Send the correction to' });
    const offered = within(notify).getAllByRole('button', { name: /^Issue correction notice to / });
    expect(offered.map((b) => b.getAttribute('aria-label'))).toEqual(['Issue correction notice to Two Months Credit Union']);

    await user.click(offered[0]!);
    await waitFor(() => expect(requests.get(request.id)?.letters).toHaveLength(1), { timeout: 30_000 });
    const [notice] = requests.get(request.id)!.letters!;
    expect(notice).toMatchObject({ kind: 'correctionNotice', language: 'en', issuedOn: session.today(), recipientId: expect.stringContaining('two months credit union') });
    expect(within(notify).getByText(/Notice issued/)).toBeTruthy();

    const list = within(dialog).getByRole('list', { name: 'Letters' });
    await user.click(within(list).getByRole('button', { name: /^Save PDF: Correction notice of .* — Two Months Credit Union$/ }));
    await waitFor(() => expect(host.saveFile).toHaveBeenCalledTimes(1));
    const saved = host.saveFile.mock.calls[0]![0];
    expect(saved.suggestedName).toBe(`${request.reference}-correctionNotice-${session.today()}-en.pdf`);
    expect(saved.bytes).toEqual((await requests.readLetter(request.id, notice!.id)).pdf);
    const text = pdfText(saved.bytes);
    expect(text).toContain('Two Months Credit Union');
    expect(text).toContain('Street number set to 34');
    expect(text).toContain(request.reference!);
    expect(text).not.toContain('Thirteen Months');

    // The outcome letter to the person, once decided.
    await user.click(within(dialog).getByRole('button', { name: 'Issue outcome letter' }));
    await waitFor(() => expect(requests.get(request.id)?.letters?.map((l) => l.kind)).toEqual(['correctionNotice', 'correctionOutcome']), { timeout: 30_000 });
  }, 120_000);

  it('refuses a notice to a recipient with no address, with the reason, and saves nothing', async () => {
    const user = userEvent.setup({ delay: null });
    const { session, dbName, avery, requests, request } = await vault({ decided: true, noAddress: true });
    renderUnlocked(<CorrectionRequestsPersonTab personId={avery.id} />, session);
    const dialog = await openLetters(user, request.reference!);
    const before = await readRawDatabase(dbName);
    await user.click(within(dialog).getByRole('button', { name: 'Issue correction notice to Two Months Credit Union' }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain('The recipient has no address: add it to the disclosure before writing the notice.');
    expect(requests.get(request.id)?.letters).toEqual([]);
    expect((await readRawDatabase(dbName)).documents).toEqual(before.documents);
  }, 120_000);

  it('refuses a decision dated before the request, with the reason, and saves nothing', async () => {
    const user = userEvent.setup({ delay: null });
    const { avery, session, requests, request } = await vault();
    renderUnlocked(<CorrectionRequestsPersonTab personId={avery.id} />, session);
    await user.click(await screen.findByRole('button', { name: 'Decide' }));
    const dialog = await screen.findByRole('dialog', { name: `Decision on ${request.reference}` });
    await user.type(within(dialog).getByRole('textbox', { name: /^What was changed/ }), 'Street number set to 34');
    const date = within(dialog).getByRole('textbox', { name: /^Decided on/ });
    await user.clear(date);
    await user.type(date, addDays(request.receivedOn, -1));
    await user.click(within(dialog).getByRole('button', { name: 'Save decision' }));
    expect((await within(dialog).findByText(/cannot be dated before the request was received/)).textContent).toBeTruthy();
    expect(requests.get(request.id)?.decision).toBeUndefined();
    expect(screen.queryByRole('dialog', { name: `Letters on ${request.reference}` })).toBeNull();
  }, 120_000);

  it('issues the acknowledgement before any decision, and not the outcome', async () => {
    const user = userEvent.setup({ delay: null });
    const { session, avery, requests, request } = await vault();
    renderUnlocked(<CorrectionRequestsPersonTab personId={avery.id} />, session);
    const dialog = await openLetters(user, request.reference!);
    expect((within(dialog).getByRole('button', { name: 'Issue outcome letter' }) as HTMLButtonElement).disabled).toBe(true);
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Language of the letter' }), 'fr');
    await user.click(within(dialog).getByRole('button', { name: 'Issue acknowledgement letter' }));
    await waitFor(() => expect(requests.get(request.id)?.letters).toEqual([expect.objectContaining({ kind: 'correctionAcknowledgement', language: 'fr' })]), { timeout: 30_000 });
    const text = pdfText((await requests.readLetter(request.id, requests.get(request.id)!.letters![0]!.id)).pdf);
    expect(text).toContain(request.reference!);
    expect(text).toContain('Street number 34');
    expect(session.today()).toBeTruthy();
  }, 120_000);
});
