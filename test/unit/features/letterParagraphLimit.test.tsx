// @vitest-environment jsdom
// Issue #13, item 2 at the form: a letter paragraph longer than the archive keeps is refused in the
// letter step with a clear message, and the letter cannot be issued, instead of breaking the next backup.
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { RequestPage } from '../../../renderer/src/features/accessRequests/RequestPage';
import { FakeVaultGate, sampleRequest, STRONG_PASSPHRASE } from '../app/fakes';
import { renderUnlocked } from '../app/render';

vi.mock('../../../renderer/src/letters/accessLetter', () => ({ buildAccessLetterPdf: async () => new TextEncoder().encode('%PDF-1.7\n%%EOF') }));

beforeEach(() => {
  window.location.hash = '#/requests/r1';
});

describe('a letter paragraph over 20,000 characters', () => {
  it('is refused in the letter step with a clear message, and neither previewed nor issued', async () => {
    const user = userEvent.setup({ delay: null });
    const gate = FakeVaultGate.withVault({ today: '2026-03-16' });
    const [person] = gate.people().seed([{ kind: 'client', givenName: 'Amélie', familyName: 'Tremblay' }]);
    gate.accessRequests().seed([sampleRequest(person!.id, { id: 'r1' })]);
    const session = await gate.unlock(STRONG_PASSPHRASE);
    renderUnlocked(<RequestPage requestId="r1" />, session);
    await screen.findByRole('heading', { level: 1, name: /AR-2026-0001/ });
    await user.click(within(screen.getByRole('region', { name: 'Next steps' })).getByRole('button', { name: 'Acknowledge' }));
    const dialog = await screen.findByRole('dialog', { name: 'Acknowledge request AR-2026-0001' });
    await user.click(within(dialog).getByRole('button', { name: 'Next: prepare the letter' }));
    const opening = await within(dialog).findByLabelText('Opening paragraph');
    const issue = within(dialog).getByRole('button', { name: 'Issue letter and record' }) as HTMLButtonElement;

    fireEvent.change(opening, { target: { value: 'x'.repeat(20_001) } });
    expect(await within(dialog).findByText('A paragraph can be at most 20,000 characters. Shorten it or split the text.')).toBeTruthy();
    expect(opening.getAttribute('aria-invalid')).toBe('true');
    expect(issue.disabled).toBe(true);
    expect((within(dialog).getByRole('button', { name: 'Preview letter' }) as HTMLButtonElement).disabled).toBe(true);

    fireEvent.change(opening, { target: { value: 'x'.repeat(20_000) } });
    expect(issue.disabled).toBe(false);
    expect(session.accessRequests.apply).not.toHaveBeenCalled();
  }, 120_000);
});
