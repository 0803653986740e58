// @vitest-environment jsdom
// The acknowledgement dialog shows a refusal once: at the field it is about, with a short alert that
// points there, not the same sentence twice.
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { RequestPage } from '../../../renderer/src/features/accessRequests/RequestPage';
import { FakeVaultGate, sampleRequest, STRONG_PASSPHRASE } from '../app/fakes';
import { renderUnlocked } from '../app/render';

describe('action dialog errors', () => {
  it('an acknowledgement dated before receipt is explained once, at its date field', async () => {
    const user = userEvent.setup({ delay: null });
    const gate = FakeVaultGate.withVault({ today: '2026-03-16' });
    const [person] = gate.people().seed([{ kind: 'client', givenName: 'Amélie', familyName: 'Tremblay', address: '1 Test Road, Victoria BC' }]);
    gate.accessRequests().seed([sampleRequest(person!.id, { id: 'r1', receivedOn: '2026-03-02' })]);
    const session = await gate.unlock(STRONG_PASSPHRASE);
    renderUnlocked(<RequestPage requestId="r1" />, session);
    const steps = await screen.findByRole('region', { name: 'Next steps' });
    await user.click(within(steps).getByRole('button', { name: /^Acknowledge/ }));
    const dialog = await screen.findByRole('dialog');
    const date = within(dialog).getByLabelText(/^Date the acknowledgement is sent/);
    fireEvent.change(date, { target: { value: '2026-03-01' } });
    await user.click(within(dialog).getByRole('button', { name: /^Next/ }));

    const alert = await within(dialog).findByRole('alert');
    expect(date.getAttribute('aria-invalid')).toBe('true');
    const atField = document.getElementById(date.getAttribute('aria-describedby') ?? '')?.textContent ?? '';
    expect(atField).not.toBe('');
    expect(alert.textContent).not.toContain(atField);
    expect(alert.textContent).toBe('Nothing was saved. Correct the field marked in red.');
    expect(dialog.textContent!.split(atField)).toHaveLength(2);
  }, 120_000);
});
