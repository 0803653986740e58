// @vitest-environment jsdom
// Issue #14, item 1 at the dialog: a letter that fails to build (a signature image pdfkit cannot
// embed) ends in a clear error; the dialog is not left on "Issuing…" or "Preparing the letter…",
// nothing is recorded, and the officer can go back and close it.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { RequestPage } from '../../../renderer/src/features/accessRequests/RequestPage';
import { LetterUnfinishedError } from '../../../renderer/src/letters/letterDocument';
import { FakeHost, FakeVaultGate, sampleRequest, STRONG_PASSPHRASE } from '../app/fakes';
import { renderUnlocked } from '../app/render';

const letters = vi.hoisted(() => ({ build: vi.fn<() => Promise<Uint8Array>>() }));
vi.mock('../../../renderer/src/letters/accessLetter', () => ({ buildAccessLetterPdf: letters.build }));

beforeEach(() => {
  window.location.hash = '#/requests/r1';
  letters.build.mockReset();
  letters.build.mockRejectedValue(new LetterUnfinishedError());
});

const MESSAGE = 'The letter could not be finished: an image in it could not be prepared. Choose the signature image again in Settings, or remove it, then try again. Nothing was recorded.';

describe('a letter that cannot be built', () => {
  it('shows the error on Issue and on Preview, records nothing, and the dialog can be closed', async () => {
    const user = userEvent.setup({ delay: null });
    const gate = FakeVaultGate.withVault({ today: '2026-03-16' });
    const [person] = gate.people().seed([{ kind: 'client', givenName: 'Amélie', familyName: 'Tremblay' }]);
    gate.accessRequests().seed([sampleRequest(person!.id, { id: 'r1' })]);
    const session = await gate.unlock(STRONG_PASSPHRASE);
    const host = new FakeHost();
    renderUnlocked(<RequestPage requestId="r1" />, session, { host });
    await screen.findByRole('heading', { level: 1, name: /AR-2026-0001/ });
    await user.click(within(screen.getByRole('region', { name: 'Next steps' })).getByRole('button', { name: 'Acknowledge' }));
    const dialog = await screen.findByRole('dialog', { name: 'Acknowledge request AR-2026-0001' });
    await user.click(within(dialog).getByRole('button', { name: 'Next: prepare the letter' }));

    await user.click(await within(dialog).findByRole('button', { name: 'Issue letter and record' }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain(MESSAGE);
    expect(within(dialog).queryByText('Issuing…')).toBeNull();
    expect(session.accessRequests.apply).not.toHaveBeenCalled();

    await user.click(within(dialog).getByRole('button', { name: 'Preview letter' }));
    await waitFor(() => expect(within(dialog).getByRole('alert').textContent).toContain(MESSAGE));
    expect(within(dialog).queryByText('Preparing the letter…')).toBeNull();
    expect(host.previewPdf).not.toHaveBeenCalled();

    await user.click(within(dialog).getByRole('button', { name: 'Back' }));
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  }, 120_000);
});
