// @vitest-environment jsdom
// From the dashboard to the worklist to one request, through links, with the focus on each h1.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { FakeHost, FakeVaultGate, sampleRequest, STRONG_PASSPHRASE } from '../app/fakes';
import { renderApp, stubLayout } from '../app/render';

stubLayout();

beforeEach(() => {
  window.location.hash = '';
});

describe('navigation to access requests', () => {
  it('opens the dashboard after unlock, then the worklist and a request, marking the area and focusing each h1', async () => {
    const user = userEvent.setup({ delay: null });
    const gate = FakeVaultGate.withVault({ today: '2026-03-16' });
    const [person] = gate.people().seed([{ kind: 'client', givenName: 'Amélie', familyName: 'Tremblay' }]);
    gate.accessRequests().seed([sampleRequest(person!.id, { id: 'req-1', receivedOn: '2026-03-02' })]);
    renderApp({ gate });
    await user.click(await screen.findByLabelText(/^Passphrase/));
    await user.paste(STRONG_PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Unlock' }));

    const dashboard = await screen.findByRole('heading', { level: 1, name: 'Dashboard' });
    await waitFor(() => expect(document.activeElement).toBe(dashboard));
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).getAllByRole('link').map((a) => a.textContent)).toEqual(['Dashboard', 'Access requests', 'People', 'Purposes', 'Notices', 'Consents', 'Disclosures', 'Without consent', 'Corrections', 'Backup', 'Audit trail', 'Settings']);

    await user.click(within(nav).getByRole('link', { name: 'Access requests' }));
    const list = await screen.findByRole('heading', { level: 1, name: 'Access requests' });
    await waitFor(() => expect(document.activeElement).toBe(list));
    expect(within(nav).getByRole('link', { name: 'Access requests' }).getAttribute('aria-current')).toBe('page');
    expect(document.title).toBe('Access requests — Custodian');

    await user.click(screen.getByRole('link', { name: 'AR-2026-0001' }));
    const page = await screen.findByRole('heading', { level: 1, name: /^AR-2026-0001/ });
    await waitFor(() => expect(document.activeElement).toBe(page));
    expect(window.location.hash).toBe('#/requests/req-1');
    // The window title names the request by its reference only, never the person.
    expect(document.title).toBe('Access request AR-2026-0001 — Custodian');
    const current = within(nav).getByRole('link', { name: 'Access requests' });
    expect(current.getAttribute('aria-current')).toBe('location');
    expect(within(nav).getByRole('link', { name: 'Dashboard' }).getAttribute('aria-current')).toBeNull();
  }, 120_000);

  it('opens the Backup area from the desktop menu, and only once unlocked', async () => {
    const user = userEvent.setup({ delay: null });
    const host = new FakeHost();
    renderApp({ gate: FakeVaultGate.withVault(), host });
    await screen.findByLabelText(/^Passphrase/);
    host.menu('backup'); // locked: nothing listens, nothing opens
    expect(window.location.hash).toBe('');
    await user.click(screen.getByLabelText(/^Passphrase/));
    await user.paste(STRONG_PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' });
    host.menu('backup');
    expect(await screen.findByRole('heading', { level: 1, name: 'Backup' })).toBeTruthy();
    expect(window.location.hash).toBe('#/backup');
  }, 120_000);
});
