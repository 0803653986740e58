// @vitest-environment jsdom
// Letters name the commissioner the person may complain to. When the officer corrected that office's
// details in settings, every letter issued from then on prints the correction.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_COMMISSIONERS, type Commissioner } from '../../../renderer/src/domain/commissioners';
import { accessLetterContent, type AccessLetterInput, type LetterBlock } from '../../../renderer/src/domain/letters/accessLetterContent';
import { RequestPage } from '../../../renderer/src/features/accessRequests/RequestPage';
import type { AppSettings } from '../../../renderer/src/store/contract';
import { FakeVaultGate, sampleRequest, STRONG_PASSPHRASE, type SeedRequest } from '../app/fakes';
import { renderUnlocked } from '../app/render';

// pdfkit is slow in jsdom and has its own tests; the mock keeps the input the PDF would be built from.
const letters = vi.hoisted(() => ({
  build: vi.fn(async (_input: unknown) => new TextEncoder().encode('%PDF-1.7\n% letter for test\n%%EOF')),
}));
vi.mock('../../../renderer/src/letters/accessLetter', () => ({ buildAccessLetterPdf: letters.build }));

const TODAY = '2026-03-16';

const MOVED_BC: Commissioner = {
  ...DEFAULT_COMMISSIONERS.BC_PIPA,
  address: { en: ['PO Box 1234 Synthetic Stn', 'Victoria, BC  V8W 0Z9'], fr: ['C.P. 1234, succ. Synthétique', 'Victoria (C.-B.)  V8W 0Z9'] },
  phone: '250-555-0142',
};

async function openRequest(commissioners: AppSettings['commissioners'], overrides: Partial<SeedRequest> = {}) {
  const gate = FakeVaultGate.withVault({ today: TODAY });
  gate.data!.settings.commissioners = commissioners;
  const [person] = gate.people().seed([{ kind: 'client', givenName: 'Amélie', familyName: 'Tremblay', address: '1 Test Road, Victoria BC' }]);
  gate.accessRequests().seed([sampleRequest(person!.id, { id: 'r1', ...overrides })]);
  const session = await gate.unlock(STRONG_PASSPHRASE);
  renderUnlocked(<RequestPage requestId="r1" />, session);
  await screen.findByRole('heading', { level: 1, name: /AR-2026-0001/ });
  return session;
}

/** Issues an extension notice (it prints the commissioner's contact block) and returns what the PDF was built from. */
async function issueExtension(): Promise<AccessLetterInput> {
  const user = userEvent.setup({ delay: null });
  await user.click(within(screen.getByRole('region', { name: 'Next steps' })).getByRole('button', { name: 'Extend time' }));
  const dialog = await screen.findByRole('dialog');
  await user.click(within(dialog).getByLabelText(/^Reasons/));
  await user.paste('Many archived boxes to search.');
  await user.click(within(dialog).getByRole('button', { name: 'Next: prepare the letter' }));
  await user.click(await within(dialog).findByRole('button', { name: 'Issue letter and record' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  return letters.build.mock.calls.at(-1)![0] as AccessLetterInput;
}

function contactLines(input: AccessLetterInput): string[][] {
  return accessLetterContent(input)
    .blocks.filter((block): block is Extract<LetterBlock, { type: 'contact' }> => block.type === 'contact')
    .map((block) => block.lines);
}

beforeEach(() => {
  window.location.hash = '#/requests/r1';
  letters.build.mockClear();
});

describe('letters use the commissioner as corrected in settings', () => {
  it('prints the corrected address and phone in an English extension notice', async () => {
    const session = await openRequest({ BC_PIPA: MOVED_BC });
    const built = await issueExtension();
    expect(built.commissioner).toEqual(MOVED_BC);
    const [contact] = contactLines(built);
    expect(contact).toEqual([MOVED_BC.name.en, 'PO Box 1234 Synthetic Stn', 'Victoria, BC  V8W 0Z9', 'Telephone: 250-555-0142', expect.stringContaining('1-800-663-7867')]);
    expect(JSON.stringify(accessLetterContent(built))).not.toContain('PO Box 9038');
    expect(session.accessRequests.apply).toHaveBeenCalledWith('r1', expect.objectContaining({ type: 'extend' }), expect.objectContaining({ kind: 'extensionNotice' }));
  }, 120_000);

  it('prints the French lines of the correction in a French letter', async () => {
    await openRequest({ BC_PIPA: MOVED_BC }, { language: 'fr' });
    const [contact] = contactLines(await issueExtension());
    expect(contact?.slice(0, 3)).toEqual([MOVED_BC.name.fr, 'C.P. 1234, succ. Synthétique', 'Victoria (C.-B.)  V8W 0Z9']);
  }, 120_000);

  it('uses the default for an Act the officer did not correct', async () => {
    await openRequest({ BC_PIPA: MOVED_BC }, { regime: 'PIPEDA' });
    const built = await issueExtension();
    expect(built.commissioner).toEqual(DEFAULT_COMMISSIONERS.PIPEDA);
    expect(contactLines(built)[0]?.slice(0, 3)).toEqual([DEFAULT_COMMISSIONERS.PIPEDA.name.en, ...DEFAULT_COMMISSIONERS.PIPEDA.address.en]);
  }, 120_000);
});
