// @vitest-environment jsdom
// The officer form takes an optional French title, which French letters print under the signature.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { PrivacyOfficer } from '../../../renderer/src/domain/organisation';
import { OfficerForm } from '../../../renderer/src/features/onboarding/OfficerForm';
import { FakeVaultGate, STRONG_PASSPHRASE } from '../app/fakes';
import { renderUnlocked } from '../app/render';

async function renderForm(defaultValues?: PrivacyOfficer) {
  const session = await FakeVaultGate.withVault().unlock(STRONG_PASSPHRASE);
  const onSubmit = vi.fn<(officer: PrivacyOfficer) => void>();
  renderUnlocked(<OfficerForm defaultValues={defaultValues} submitLabel="Save" onSubmit={onSubmit} />, session);
  return onSubmit;
}

describe('officer form: French title', () => {
  it('saves the French title the officer types', async () => {
    const user = userEvent.setup({ delay: null });
    const onSubmit = await renderForm({ name: 'Jordan Exampleton', title: 'Privacy Officer' });
    await user.type(await screen.findByLabelText(/^French title/), 'Responsable de la protection des renseignements personnels');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0]![0]).toEqual({
      name: 'Jordan Exampleton',
      title: 'Privacy Officer',
      titleFr: 'Responsable de la protection des renseignements personnels',
    });
  }, 120_000);

  it('shows a saved French title, and saves none when the field is left empty', async () => {
    const user = userEvent.setup({ delay: null });
    const onSubmit = await renderForm({ name: 'Jordan Exampleton', title: 'Privacy Officer', titleFr: 'Responsable' });
    const field = await screen.findByLabelText(/^French title/);
    expect((field as HTMLInputElement).value).toBe('Responsable');
    await user.clear(field);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0]![0]).toEqual({ name: 'Jordan Exampleton', title: 'Privacy Officer' });
  }, 120_000);
});
