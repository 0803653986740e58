// @vitest-environment jsdom
// "Explain this deadline" under BC PIPA: when a holiday falls on a Saturday (Boxing Day 2026) it is
// listed, so the sentence above the list must not say Saturdays are never listed.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DeadlineDialog } from '../../../renderer/src/features/accessRequests/DeadlineDialog';
import { FakeVaultGate, sampleRequest, STRONG_PASSPHRASE } from '../app/fakes';
import { renderUnlocked } from '../app/render';

describe('deadline explanation, BC PIPA', () => {
  it('BC PIPA: a holiday on a Saturday (26 December 2026) is listed, and the sentence says so truthfully', async () => {
    const gate = FakeVaultGate.withVault({ today: '2026-12-11' });
    const [person] = gate.people().seed([{ kind: 'client', givenName: 'Amélie', familyName: 'Tremblay' }]);
    const [request] = gate.accessRequests().seed([sampleRequest(person!.id, { receivedOn: '2026-12-10', regime: 'BC_PIPA' })]);
    const session = await gate.unlock(STRONG_PASSPHRASE);
    renderUnlocked(<DeadlineDialog request={request!} onClose={() => undefined} />, session);
    const heading = await screen.findByRole('heading', { name: /days? skipped/ });
    const section = heading.parentElement!;
    const listed = within(section).getAllByRole('listitem').map((li) => li.textContent ?? '');
    // 26 December 2026 is a Saturday: the BC Interpretation Act's holiday, listed.
    expect(listed.some((line) => /December 26 \(holiday/.test(line))).toBe(true);
    expect(section.textContent).not.toMatch(/not listed/);
    expect(section.textContent).toContain('Saturdays and Sundays are never counted under this Act; one is listed here only when a holiday falls on it.');
  }, 120_000);
});
