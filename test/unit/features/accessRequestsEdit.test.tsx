// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { responseDeadline } from '../../../renderer/src/domain/deadlines';
import { RuleViolation } from '../../../renderer/src/domain/ruleViolation';
import { RequestPage } from '../../../renderer/src/features/accessRequests/RequestPage';
import { MAX_ATTACHMENT_BYTES } from '../../../renderer/src/store/accessRequestRepository';
import { ValidationError } from '../../../renderer/src/store/errors';
import { FakeHost, FakeVaultGate, sampleRequest, STRONG_PASSPHRASE, type SeedRequest } from '../app/fakes';
import { renderUnlocked } from '../app/render';

const TODAY = '2026-03-16';
const longDate = (iso: string) => new Intl.DateTimeFormat('en-CA', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

async function openRequest(overrides: Partial<SeedRequest> = {}, host = new FakeHost()) {
  const gate = FakeVaultGate.withVault({ today: TODAY });
  const [person] = gate.people().seed([
    { kind: 'client', givenName: 'Amélie', familyName: 'Tremblay' },
    { kind: 'client', givenName: 'Raj', familyName: 'Singh' },
  ]);
  gate.accessRequests().seed([sampleRequest(person!.id, { id: 'r1', ...overrides })]);
  const session = await gate.unlock(STRONG_PASSPHRASE);
  renderUnlocked(<RequestPage requestId="r1" />, session, { host });
  await screen.findByRole('heading', { level: 1, name: /AR-2026-0001/ });
  return { session, host };
}

function detailsRegion() {
  return screen.getByRole('region', { name: 'Details' });
}

async function openEdit(user: ReturnType<typeof userEvent.setup>) {
  await user.click(within(detailsRegion()).getByRole('button', { name: 'Edit details' }));
  return screen.findByRole('dialog', { name: 'Correct the details of request AR-2026-0001' });
}

function describedText(field: HTMLElement): string | undefined {
  return document.getElementById(field.getAttribute('aria-describedby') ?? '')?.textContent ?? undefined;
}

beforeEach(() => {
  window.location.hash = '#/requests/r1';
});

describe('access request page: edit details', () => {
  it('offers "Edit details" only while the request is open', async () => {
    await openRequest({ status: 'withdrawn', closedOn: '2026-03-05' });
    expect(within(detailsRegion()).queryByRole('button', { name: 'Edit details' })).toBeNull();
  }, 120_000);

  it('opens the request form prefilled, with the person read-only, and saves a correction the due date follows', async () => {
    const user = userEvent.setup({ delay: null });
    const { session } = await openRequest({ notes: 'Called twice (synthetic)' });
    const dialog = await openEdit(user);

    const person = within(dialog).getByLabelText(/^Person who made the request/) as HTMLInputElement;
    expect(person.value).toBe('Amélie Tremblay');
    expect(person.readOnly).toBe(true);
    expect(describedText(person)).toBe('A request always stays with the person who made it.');
    expect(within(dialog).queryByRole('combobox', { name: /^Person/ })).toBeNull();
    expect((within(dialog).getByLabelText(/^Date received/) as HTMLInputElement).value).toBe('2026-03-02');
    expect((within(dialog).getByLabelText(/^Information sought/) as HTMLTextAreaElement).value).toBe('All physiotherapy notes since 2024 (synthetic)');
    expect((within(dialog).getByLabelText(/^Notes/) as HTMLTextAreaElement).value).toBe('Called twice (synthetic)');
    expect((within(dialog).getByLabelText('Yes, in writing') as HTMLInputElement).checked).toBe(true);

    const before = responseDeadline('2026-03-02', 'BC_PIPA').due;
    const after = responseDeadline('2026-03-04', 'BC_PIPA').due;
    fireEvent.change(within(dialog).getByLabelText(/^Date received/), { target: { value: '2026-03-04' } });
    expect(await within(dialog).findByText(`Due date after this correction: ${longDate(after)} (now ${longDate(before)}).`)).toBeTruthy();
    const sought = within(dialog).getByLabelText(/^Information sought/);
    await user.clear(sought);
    await user.click(sought);
    await user.paste('Physiotherapy notes and invoices since 2024 (synthetic)');
    await user.click(within(dialog).getByRole('button', { name: 'Save corrections' }));

    await waitFor(() => expect(session.accessRequests.update).toHaveBeenCalledTimes(1));
    expect(session.accessRequests.update).toHaveBeenCalledWith(
      'r1',
      expect.objectContaining({ personId: 'p1', receivedOn: '2026-03-04', informationSought: 'Physiotherapy notes and invoices since 2024 (synthetic)', regime: 'BC_PIPA', inWriting: true }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByText('The details were corrected. The correction is listed in the timeline.')).toBeTruthy();
    expect(detailsRegion().textContent).toContain('Physiotherapy notes and invoices since 2024 (synthetic)');
    expect(screen.getByText(`Due ${longDate(after)}`)).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Timeline' }).textContent).toContain('Details corrected');
    expect(session.accessRequests.get('r1')?.dueOn).toBe(after);
  }, 120_000);

  it('refuses to move the date received once a fee estimate was sent, at the field, and changes nothing', async () => {
    const user = userEvent.setup({ delay: null });
    const { session } = await openRequest({ status: 'awaitingFeeDirection', fee: { estimateCents: 2500, basis: 'Copies', estimateSentOn: '2026-03-05' } });
    const dialog = await openEdit(user);
    const received = within(dialog).getByLabelText(/^Date received/);
    expect(describedText(received)).toBe('A fee estimate or an extension notice was sent: the date received and the Act can no longer change.');
    fireEvent.change(received, { target: { value: '2026-03-03' } });
    await user.click(within(dialog).getByRole('button', { name: 'Save corrections' }));

    const message = 'The received date and the Act cannot change once a fee notice or an extension was sent.';
    await waitFor(() => expect(received.getAttribute('aria-invalid')).toBe('true'));
    expect(describedText(received)).toBe(message);
    expect(session.accessRequests.get('r1')?.receivedOn).toBe('2026-03-02');
    expect(session.accessRequests.get('r1')?.events.map((e) => e.action)).toEqual(['receive']);
    expect(screen.getByRole('dialog', { name: 'Correct the details of request AR-2026-0001' })).toBeTruthy();
  }, 120_000);

  it('refuses to move the date received into another year, at the field', async () => {
    const user = userEvent.setup({ delay: null });
    const { session } = await openRequest({ receivedOn: '2026-01-05' });
    const dialog = await openEdit(user);
    const received = within(dialog).getByLabelText(/^Date received/);
    fireEvent.change(received, { target: { value: '2025-12-30' } });
    await user.click(within(dialog).getByRole('button', { name: 'Save corrections' }));
    await waitFor(() => expect(describedText(received)).toBe('The received date cannot move to another year: the reference would no longer match.'));
    expect(received.getAttribute('aria-invalid')).toBe('true');
    expect(session.accessRequests.get('r1')?.receivedOn).toBe('2026-01-05');
  }, 120_000);

  it('shows a refusal about the person at the person field, and one without a field as an alert', async () => {
    const user = userEvent.setup({ delay: null });
    const { session } = await openRequest();
    session.accessRequests.update.mockRejectedValueOnce(new ValidationError({ personId: 'validation.personMissing' }));
    session.accessRequests.update.mockRejectedValueOnce(new RuleViolation('personFixed', 'A request cannot be moved to another person.', {}, 'personId'));
    session.accessRequests.update.mockRejectedValueOnce(new RuleViolation('closedRequest', 'A closed request cannot be changed.'));
    const dialog = await openEdit(user);
    await user.selectOptions(within(dialog).getByLabelText(/^How it arrived/), 'mail');
    const save = within(dialog).getByRole('button', { name: 'Save corrections' });
    const person = within(dialog).getByLabelText(/^Person who made the request/);

    await user.click(save);
    await waitFor(() => expect(describedText(person)).toBe('This person is no longer on file. Choose another person.'));
    expect(person.getAttribute('aria-invalid')).toBe('true');

    await user.click(save);
    await waitFor(() => expect(describedText(person)).toBe('A request cannot be moved to another person.'));

    await user.click(save);
    expect((await within(dialog).findByRole('alert')).textContent).toBe('A closed request cannot be changed. Nothing was saved.');
    expect(session.accessRequests.get('r1')?.channel).toBe('email');
  }, 120_000);

  it('saves nothing when nothing was changed', async () => {
    const user = userEvent.setup({ delay: null });
    const { session } = await openRequest();
    const dialog = await openEdit(user);
    await user.click(within(dialog).getByRole('button', { name: 'Save corrections' }));
    expect(await screen.findByText('Nothing was changed.')).toBeTruthy();
    expect(session.accessRequests.update).not.toHaveBeenCalled();
  }, 120_000);
});

describe('access request page: attachments with a description', () => {
  it('keeps the description typed before choosing the file', async () => {
    const user = userEvent.setup({ delay: null });
    const host = new FakeHost();
    host.openFile.mockResolvedValueOnce({ name: 'written-request.pdf', bytes: new Uint8Array(new TextEncoder().encode('%PDF-1.4 scan')) }); // of this realm, as IPC delivers them
    const { session } = await openRequest({}, host);
    const region = screen.getByRole('region', { name: 'Attachments' });
    await user.click(within(region).getByLabelText('Description of the file (optional)'));
    await user.paste('Written request received by mail');
    await user.click(within(region).getByRole('button', { name: 'Add attachment…' }));

    expect(await within(region).findByText('Written request received by mail')).toBeTruthy();
    expect(session.accessRequests.addAttachment).toHaveBeenCalledWith('r1', expect.objectContaining({ name: 'written-request.pdf', description: 'Written request received by mail' }));
    expect((within(region).getByLabelText('Description of the file (optional)') as HTMLInputElement).value).toBe('');
    expect(await screen.findByText('written-request.pdf was added.')).toBeTruthy();
  }, 120_000);

  it('says why an empty or oversized file was refused, and keeps the description', async () => {
    const user = userEvent.setup({ delay: null });
    const host = new FakeHost();
    host.openFile.mockResolvedValueOnce({ name: 'empty.pdf', bytes: new Uint8Array() });
    host.openFile.mockResolvedValueOnce({ name: 'huge.tif', bytes: new Uint8Array(MAX_ATTACHMENT_BYTES + 1) });
    const { session } = await openRequest({}, host);
    const region = screen.getByRole('region', { name: 'Attachments' });
    await user.click(within(region).getByLabelText('Description of the file (optional)'));
    await user.paste('Identity copy');
    await user.click(within(region).getByRole('button', { name: 'Add attachment…' }));
    expect((await within(region).findByRole('alert')).textContent).toBe('The file is empty. Choose another file.');
    await user.click(within(region).getByRole('button', { name: 'Add attachment…' }));
    await waitFor(() => expect(within(region).getByRole('alert').textContent).toBe('The file is too large to keep in Custodian.'));
    expect((within(region).getByLabelText('Description of the file (optional)') as HTMLInputElement).value).toBe('Identity copy');
    expect(session.accessRequests.get('r1')?.attachments).toEqual([]);
  }, 120_000);
});
