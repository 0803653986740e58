// @vitest-environment jsdom
// CSV export of the registers: the dialog warns that the file is not encrypted and keeps its save
// button disabled until the officer ticks "I understand"; the file is UTF-8 with a BOM, escaped and
// neutralised against formulas; a saved export is recorded in the audit trail, a cancelled one not.
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { RequestsPage } from '../../../renderer/src/features/accessRequests/RequestsPage';
import { PeoplePage } from '../../../renderer/src/features/people/PeoplePage';
import { FakeHost, FakeVaultGate, sampleRequest, STRONG_PASSPHRASE } from '../app/fakes';
import { renderUnlocked, stubLayout } from '../app/render';

const TODAY = '2026-03-16';

async function vault() {
  const gate = FakeVaultGate.withVault({ today: TODAY });
  const [amelie, formula] = gate.people().seed([
    { kind: 'client', givenName: 'Amélie', familyName: 'Côté', email: 'amelie@example.ca', address: '12 rue des Érables\nGatineau, QC' },
    { kind: 'employee', givenName: '=HYPERLINK("http://example.invalid","x")', familyName: 'O"Brien, Jr.', phone: '+1 604 555 0199' },
  ]);
  gate.accessRequests().seed([
    sampleRequest(amelie!.id, { id: 'r1', reference: 'AR-2026-0001', receivedOn: '2026-03-02', dueOn: '2026-04-14', regime: 'BC_PIPA' }),
    sampleRequest(formula!.id, { id: 'r2', reference: 'AR-2026-0002', receivedOn: '2026-02-02', dueOn: '2026-03-04', regime: 'PIPEDA', status: 'responded', respondedOn: '2026-03-03', closedOn: '2026-03-03' }),
  ]);
  return { gate, session: await gate.unlock(STRONG_PASSPHRASE) };
}

/** The saved file's bytes, checked for the BOM, as text. */
function savedCsv(host: FakeHost): { name: string; text: string } {
  const request = host.saveFile.mock.calls[0]![0];
  expect([...request.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(request.filters).toEqual([{ name: 'CSV', extensions: ['csv'] }]);
  return { name: request.suggestedName, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(request.bytes.slice(3)) };
}

stubLayout();

beforeEach(() => {
  window.location.hash = '';
});

describe('CSV export: the unencrypted-file warning', () => {
  it('warns that the file is not encrypted and enables saving only after "I understand"', async () => {
    const user = userEvent.setup({ delay: null });
    const { session } = await vault();
    const { host } = renderUnlocked(<PeoplePage />, session);
    await user.click(await screen.findByRole('button', { name: 'Export to CSV' }));
    const dialog = await screen.findByRole('dialog', { name: 'Export the people register as a CSV file' });
    expect(dialog.textContent).toContain('The CSV file is not encrypted');
    expect(dialog.textContent).toContain('anyone who opens it');
    expect(dialog.textContent).toContain('2 people (archived people included)');
    const save = within(dialog).getByRole('button', { name: 'Save CSV file' });
    expect((save as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(save); // a disabled button ignores the click
    expect(host.saveFile).not.toHaveBeenCalled();

    await user.click(within(dialog).getByRole('checkbox', { name: /I understand that the CSV file is not encrypted/ }));
    expect((save as HTMLButtonElement).disabled).toBe(false);
    await user.click(within(dialog).getByRole('checkbox', { name: /I understand/ }));
    expect((save as HTMLButtonElement).disabled).toBe(true);
    expect(session.audit.record).not.toHaveBeenCalled();
  }, 120_000);

  it('records nothing when the officer cancels the save dialog', async () => {
    const user = userEvent.setup({ delay: null });
    const { session } = await vault();
    const host = new FakeHost();
    host.saveFile.mockResolvedValueOnce({ saved: false });
    renderUnlocked(<PeoplePage />, session, { host });
    await user.click(await screen.findByRole('button', { name: 'Export to CSV' }));
    await user.click(screen.getByRole('checkbox', { name: /I understand/ }));
    await user.click(screen.getByRole('button', { name: 'Save CSV file' }));
    expect(await screen.findByText('The CSV file was not saved.')).toBeTruthy();
    expect(host.saveFile).toHaveBeenCalledTimes(1);
    expect(session.audit.record).not.toHaveBeenCalled();
    expect(session.audit.list({ action: 'export' })).toHaveLength(0);
  }, 120_000);
});

describe('CSV export: the files', () => {
  it('saves with semicolons when the officer chooses them (Excel set up for French), still neutralised', async () => {
    const user = userEvent.setup({ delay: null });
    const { session } = await vault();
    const { host } = renderUnlocked(<PeoplePage />, session);
    await user.click(await screen.findByRole('button', { name: 'Export to CSV' }));
    await user.click(screen.getByRole('radio', { name: /Semicolons/ }));
    await user.click(screen.getByRole('checkbox', { name: /I understand/ }));
    await user.click(screen.getByRole('button', { name: 'Save CSV file' }));
    expect(await screen.findByText(/^Saved as/)).toBeTruthy();
    const lines = savedCsv(host).text.split('\r\n');
    expect(lines[0]).toBe('Family name;Given name;Kind;Email;Phone;Address;Reference;Status');
    expect(lines[2]).toBe('"O""Brien, Jr.";"\'=HYPERLINK(""http://example.invalid"",""x"")";Employee;;\'+1 604 555 0199;;;Active');
  }, 120_000);

  it('saves the people register escaped, neutralised and with accents, and records the export', async () => {
    const user = userEvent.setup({ delay: null });
    const { session } = await vault();
    const { host } = renderUnlocked(<PeoplePage />, session);
    await user.click(await screen.findByRole('button', { name: 'Export to CSV' }));
    await user.click(screen.getByRole('checkbox', { name: /I understand/ }));
    await user.click(screen.getByRole('button', { name: 'Save CSV file' }));
    expect(await screen.findByText(/^Saved as custodian-people-2026-03-16\.csv\. This file is not encrypted/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Close' })).toBeTruthy();

    const { name, text } = savedCsv(host);
    expect(name).toBe('custodian-people-2026-03-16.csv');
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('Family name,Given name,Kind,Email,Phone,Address,Reference,Status');
    expect(lines[1]).toBe('Côté,Amélie,Client,amelie@example.ca,,"12 rue des Érables\nGatineau, QC",,Active');
    // A quote doubled, a comma quoted, a formula and a leading + neutralised with a single quote.
    expect(lines[2]).toBe('"O""Brien, Jr.","\'=HYPERLINK(""http://example.invalid"",""x"")",Employee,,\'+1 604 555 0199,,,Active');
    expect(lines[3]).toBe('');

    expect(session.audit.record).toHaveBeenCalledWith({
      action: 'export',
      entityKind: 'register',
      entityId: 'people',
      fields: ['familyName', 'givenName', 'kind', 'email', 'phone', 'address', 'externalRef', 'status'],
      detail: 'csv',
    });
    expect(session.audit.list()[0]).toMatchObject({ action: 'export', entityKind: 'register', entityId: 'people', detail: 'csv' });
  }, 120_000);

  it('saves the access requests register with reference, person, received, Act, status, due and responded', async () => {
    const user = userEvent.setup({ delay: null });
    const { session } = await vault();
    const { host } = renderUnlocked(<RequestsPage />, session);
    await user.click(await screen.findByRole('button', { name: 'Export to CSV' }));
    const dialog = await screen.findByRole('dialog', { name: 'Export the access requests register as a CSV file' });
    expect(dialog.textContent).toContain('2 access requests');
    await user.click(within(dialog).getByRole('checkbox', { name: /I understand/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Save CSV file' }));
    await screen.findByText(/^Saved as custodian-access-requests-2026-03-16\.csv/);

    const lines = savedCsv(host).text.split('\r\n');
    expect(lines[0]).toBe('Reference,Person,Received,Act,Status,Due,Responded');
    expect(lines).toContain('AR-2026-0001,Amélie Côté,2026-03-02,BC PIPA,Received,2026-04-14,');
    expect(lines).toContain('AR-2026-0002,"\'=HYPERLINK(""http://example.invalid"",""x"") O""Brien, Jr.",2026-02-02,PIPEDA,Responded,2026-03-04,2026-03-03');
    expect(session.audit.record).toHaveBeenCalledWith({
      action: 'export',
      entityKind: 'register',
      entityId: 'accessRequests',
      fields: ['reference', 'person', 'received', 'regime', 'status', 'due', 'responded'],
      detail: 'csv',
    });
  }, 120_000);
});
