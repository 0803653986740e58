// @vitest-environment jsdom
// Issue #14, item 1 when saving: a transparent signature scan is stored flattened onto white, as a
// plain RGB PNG with no alpha, so no letter ever takes pdfkit's asynchronous alpha path; a damaged
// PNG is refused with a clear message and nothing is stored.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { PrivacyOfficer } from '../../../renderer/src/domain/organisation';
import { OfficerForm } from '../../../renderer/src/features/onboarding/OfficerForm';
import { readPngHeader } from '../../../renderer/src/letters/pngPixels';
import { FakeHost, FakeVaultGate, STRONG_PASSPHRASE } from '../app/fakes';
import { renderUnlocked } from '../app/render';
import { signaturePng } from '../letters/accessLetterFixtures';

async function renderForm(bytes: Uint8Array<ArrayBuffer>) {
  const session = await FakeVaultGate.withVault().unlock(STRONG_PASSPHRASE);
  const host = new FakeHost();
  host.openFile.mockResolvedValue({ name: 'signature.png', bytes } as Awaited<ReturnType<FakeHost['openFile']>>);
  const onSubmit = vi.fn<(officer: PrivacyOfficer) => void>();
  renderUnlocked(<OfficerForm defaultValues={{ name: 'Jordan Exampleton', title: 'Privacy Officer' }} submitLabel="Save" onSubmit={onSubmit} />, session, { host });
  return onSubmit;
}

describe('saving a signature image', () => {
  it('stores a transparent PNG as RGB with no alpha channel', async () => {
    const user = userEvent.setup({ delay: null });
    const onSubmit = await renderForm(signaturePng(240, 70, { alpha: true }));
    await user.click(await screen.findByRole('button', { name: 'Choose signature image…' }));
    await screen.findByRole('img', { name: 'Preview of the signature image' });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    const stored = onSubmit.mock.calls[0]![0].signatureImage!;
    expect(readPngHeader(stored)).toMatchObject({ width: 240, height: 70, colorType: 2, bitDepth: 8, transparency: false });
  }, 120_000);

  it('refuses a damaged PNG with a clear message and stores nothing', async () => {
    const user = userEvent.setup({ delay: null });
    const onSubmit = await renderForm(signaturePng(240, 70, { alpha: true }).slice(0, 60));
    await user.click(await screen.findByRole('button', { name: 'Choose signature image…' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The image cannot be read: the file is damaged or of an unusual kind. Save it again as PNG or JPEG and choose it again.');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0]![0].signatureImage).toBeUndefined();
  }, 120_000);
});
