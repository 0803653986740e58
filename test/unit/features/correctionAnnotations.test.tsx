// @vitest-environment jsdom
// A correction asked for and not made is kept with the person's information (BC PIPA s.24(3)): the
// annotation shows on each of their access requests and on their page, and a later access response
// gives it, as the letter's input carries it to the letter code (tested there, test/unit/letters).
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AccessLetterInput } from '../../../renderer/src/domain/letters/accessLetterContent';
import { correctionRequestsRegister } from '../../../renderer/src/domain/registers/correctionRequests';
import { RequestPage } from '../../../renderer/src/features/accessRequests/RequestPage';
import { PersonDialog } from '../../../renderer/src/features/people/PersonDialog';
import { FakeVaultGate, sampleRequest, STRONG_PASSPHRASE } from '../app/fakes';
import { renderUnlocked } from '../app/render';

const letters = vi.hoisted(() => ({ build: vi.fn(async (_input: unknown) => new TextEncoder().encode('%PDF-1.7\n% letter for test\n%%EOF')) }));
vi.mock('../../../renderer/src/letters/accessLetter', () => ({ buildAccessLetterPdf: letters.build }));

const TODAY = '2026-03-16';
const ANNOTATION = 'Asked: my start date is 2019, not 2020.';

async function vault({ decided }: { decided: boolean }) {
  const gate = FakeVaultGate.withVault({ today: TODAY });
  const [person, other] = gate.people().seed([
    { kind: 'client', givenName: 'Amélie', familyName: 'Tremblay', address: '1 Test Road, Victoria BC' },
    { kind: 'client', givenName: 'Other', familyName: 'Person', address: '2 Test Road, Victoria BC' },
  ]);
  gate.accessRequests().seed([sampleRequest(person!.id, { id: 'r1', receivedOn: '2026-03-02' })]);
  const session = await gate.unlock(STRONG_PASSPHRASE);
  const corrections = session.registers.get(correctionRequestsRegister);
  const ask = (personId: string) => ({ personId, regime: 'BC_PIPA' as const, receivedOn: '2026-02-02', inWriting: true, whatIsWrong: 'Start date 2020', correctionAsked: 'Start date 2019' });
  const mine = await corrections.create(ask(person!.id));
  if (decided) await corrections.update(mine.id, { ...ask(person!.id), decision: { on: '2026-02-20', outcome: 'notCorrected', annotation: ANNOTATION } });
  // Someone else's annotation never shows on her file.
  const theirs = await corrections.create(ask(other!.id));
  await corrections.update(theirs.id, { ...ask(other!.id), decision: { on: '2026-02-21', outcome: 'notCorrected', annotation: 'Not hers.' } });
  return { session, person: person!, reference: corrections.get(mine.id)!.reference! };
}

beforeEach(() => {
  window.location.hash = '#/requests/r1';
  letters.build.mockClear();
});

describe('a correction not made, kept with the person’s information', () => {
  it('shows on her access request and on her page, and the response letter is given it', async () => {
    const user = userEvent.setup({ delay: null });
    const { session, person, reference } = await vault({ decided: true });
    const page = renderUnlocked(<RequestPage requestId="r1" />, session);
    const note = await screen.findByRole('note');
    expect(note.textContent).toContain(ANNOTATION);
    expect(note.textContent).toContain(reference);
    expect(document.body.textContent).not.toContain('Not hers.');

    const steps = await screen.findByRole('region', { name: 'Next steps' });
    await user.click(within(steps).getByRole('button', { name: 'Respond' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getAllByRole('textbox', { name: /^Description/ })[0]!, 'Employment file');
    await user.type(within(dialog).getByRole('textbox', { name: /^How the information has been used/ }), 'To pay you.');
    await user.type(within(dialog).getByRole('textbox', { name: /^To whom it has been disclosed/ }), 'No one.');
    await user.click(within(dialog).getByRole('button', { name: 'Next: prepare the letter' }));
    await user.click(await within(dialog).findByRole('button', { name: 'Issue letter and record' }));
    await waitFor(() => expect(letters.build).toHaveBeenCalled());
    const input = letters.build.mock.calls.at(-1)![0] as AccessLetterInput;
    expect(input.annotations).toEqual([{ reference, requestedOn: '2026-02-02', decidedOn: '2026-02-20', text: ANNOTATION }]);
    page.unmount();

    renderUnlocked(<PersonDialog people={session.people} accessRequests={session.accessRequests} person={person} onClose={() => undefined} />, session);
    const onPage = await screen.findByRole('note');
    expect(onPage.textContent).toContain(ANNOTATION);
  }, 120_000);

  it('while the request is undecided nothing is annotated and the letter carries none', async () => {
    const { session } = await vault({ decided: false });
    renderUnlocked(<RequestPage requestId="r1" />, session);
    await screen.findByRole('region', { name: 'Next steps' });
    expect(screen.queryByRole('note')).toBeNull();
  }, 120_000);
});
