// @vitest-environment jsdom
// Issue #13, item 9: a field that can hold personal information is marked autocomplete="off", and so
// is its form, so the browser keeps none of it in its autofill store. Measured in Chromium 156: with
// both, neither the single-field history nor an address profile is saved on submit (the e2e test
// test/e2e/autofill.spec.ts reads the profile to prove it).
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PeoplePage } from '../../../renderer/src/features/people/PeoplePage';
import { RequestPage } from '../../../renderer/src/features/accessRequests/RequestPage';
import { RequestsPage } from '../../../renderer/src/features/accessRequests/RequestsPage';
import { FakeVaultGate, sampleRequest, STRONG_PASSPHRASE } from '../app/fakes';
import { renderApp, renderUnlocked, stubLayout } from '../app/render';

vi.mock('../../../renderer/src/letters/accessLetter', () => ({ buildAccessLetterPdf: async () => new TextEncoder().encode('%PDF-1.7\n%%EOF') }));

const TODAY = '2026-03-16';

/** The fields a person can type into (not the hidden copies MUI keeps for measuring or for selects). */
function typedFields(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')].filter(
    (el) => el.getAttribute('aria-hidden') !== 'true' && !['checkbox', 'radio', 'hidden', 'file'].includes(el.type),
  );
}

function expectNoAutofill(root: HTMLElement) {
  const fields = typedFields(root);
  expect(fields.length).toBeGreaterThan(0);
  const open = fields.filter((el) => el.getAttribute('autocomplete') !== 'off').map((el) => el.getAttribute('name') ?? el.id);
  expect(open, 'fields the browser may remember').toEqual([]);
  for (const form of root.querySelectorAll('form')) expect(form.getAttribute('autocomplete')).toBe('off');
}

async function unlocked() {
  const gate = FakeVaultGate.withVault({ today: TODAY });
  const [person] = gate.people().seed([{ kind: 'client', givenName: 'Amélie', familyName: 'Tremblay', address: '1 Test Road' }]);
  gate.accessRequests().seed([sampleRequest(person!.id, { id: 'r1' })]);
  return gate.unlock(STRONG_PASSPHRASE);
}

stubLayout();

beforeEach(() => {
  window.location.hash = '';
});

describe('no personal information in the browser’s autofill store (issue #13, item 9)', () => {
  it('the person form', async () => {
    const user = userEvent.setup({ delay: null });
    renderUnlocked(<PeoplePage />, await unlocked());
    await user.click(await screen.findByRole('button', { name: 'Add person' }));
    expectNoAutofill(await screen.findByRole('dialog', { name: 'Add person' }));
  }, 120_000);

  it('the new-request form, with its person picker', async () => {
    const user = userEvent.setup({ delay: null });
    renderUnlocked(<RequestsPage />, await unlocked());
    await user.click(await screen.findByRole('button', { name: 'New request' }));
    const dialog = await screen.findByRole('dialog', { name: 'New access request' });
    await user.click(within(dialog).getByRole('checkbox', { name: /identity/i }));
    expectNoAutofill(dialog);
  }, 120_000);

  it('the correction form, the response form and the letter’s paragraphs', async () => {
    window.location.hash = '#/requests/r1';
    const user = userEvent.setup({ delay: null });
    renderUnlocked(<RequestPage requestId="r1" />, await unlocked());
    await screen.findByRole('heading', { level: 1, name: /AR-2026-0001/ });

    await user.click(screen.getByRole('button', { name: 'Edit details' }));
    const edit = await screen.findByRole('dialog', { name: 'Correct the details of request AR-2026-0001' });
    expectNoAutofill(edit);
    await user.click(within(edit).getByRole('button', { name: 'Cancel' }));

    const steps = screen.getByRole('region', { name: 'Next steps' });
    await user.click(within(steps).getByRole('button', { name: 'Respond' }));
    const respond = await screen.findByRole('dialog', { name: 'Respond to request AR-2026-0001' });
    expectNoAutofill(respond);
    await user.click(within(respond).getByRole('button', { name: 'Cancel' }));

    await user.click(within(steps).getByRole('button', { name: 'Acknowledge' }));
    const acknowledge = await screen.findByRole('dialog', { name: 'Acknowledge request AR-2026-0001' });
    await user.click(within(acknowledge).getByRole('button', { name: 'Next: prepare the letter' }));
    await within(acknowledge).findByLabelText('Opening paragraph');
    expectNoAutofill(acknowledge);
  }, 120_000);

  it('the first run’s organisation form', async () => {
    renderApp();
    const legalName = await screen.findByLabelText(/Legal name/);
    expectNoAutofill(legalName.closest('form')!);
  }, 120_000);
});
