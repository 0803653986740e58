// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { DashboardPage } from '../../../renderer/src/features/dashboard/DashboardPage';
import { dashboardSummary } from '../../../renderer/src/features/dashboard/dashboardSummary';
import { FakeVaultGate, sampleRequest, STRONG_PASSPHRASE } from '../app/fakes';
import { renderApp, renderUnlocked, stubLayout } from '../app/render';

const TODAY = '2026-03-16';

function vaultWithRequests(language: 'en' | 'fr' = 'en') {
  const gate = FakeVaultGate.withVault({ today: TODAY });
  gate.data!.settings.language = language;
  gate.unlockLanguage = language;
  const [person] = gate.people().seed([{ kind: 'client', givenName: 'Amélie', familyName: 'Tremblay' }]);
  const id = person!.id;
  gate.accessRequests().seed([
    sampleRequest(id, { id: 'late', receivedOn: '2026-01-20', dueOn: '2026-03-12', regime: 'PIPEDA' }),
    sampleRequest(id, { id: 'today', receivedOn: '2026-02-01', dueOn: '2026-03-16' }),
    sampleRequest(id, { id: 'week', receivedOn: '2026-02-05', dueOn: '2026-03-23', status: 'acknowledged' }),
    sampleRequest(id, { id: 'later', receivedOn: '2026-03-10', dueOn: '2026-03-24' }),
    sampleRequest(id, { id: 'closed', receivedOn: '2026-01-05', dueOn: '2026-03-17', status: 'withdrawn', closedOn: '2026-01-07' }),
  ]);
  return gate;
}

stubLayout();

beforeEach(() => {
  window.location.hash = '';
});

describe('dashboard', () => {
  it('says at once when unlock found the audit trail or the records damaged, with a way to the audit screen', async () => {
    const session = await vaultWithRequests().unlock(STRONG_PASSPHRASE);
    session.audit.damage.mockReturnValue([{ kind: 'entry', seq: 7, reason: 'unreadable' }]);
    renderUnlocked(<DashboardPage />, session);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Custodian found 1 problem in the audit trail or the records when the vault was opened.');
    expect(within(alert).getByRole('link', { name: 'See what was found on the audit screen.' }).getAttribute('href')).toBe('#/audit');
  });

  it('is a summary: lists the first 10 overdue requests and links to the worklist for all of them (issue #14 item 5)', async () => {
    const gate = FakeVaultGate.withVault({ today: TODAY });
    const [person] = gate.people().seed([{ kind: 'client', givenName: 'Amélie', familyName: 'Tremblay' }]);
    gate.accessRequests().seed(
      Array.from({ length: 15 }, (_, i) => sampleRequest(person!.id, { id: `late${i}`, receivedOn: '2026-01-20', dueOn: '2026-03-12', regime: 'PIPEDA' })),
    );
    renderUnlocked(<DashboardPage />, await gate.unlock(STRONG_PASSPHRASE));
    const overdue = await screen.findByRole('region', { name: 'Overdue (15)' });
    expect(within(overdue).getAllByRole('listitem')).toHaveLength(10);
    expect(within(overdue).getByRole('link', { name: 'See all 15 in the worklist' }).getAttribute('href')).toBe('#/requests');
  });

  it('shows no damage notice when unlock found nothing', async () => {
    const session = await vaultWithRequests().unlock(STRONG_PASSPHRASE);
    renderUnlocked(<DashboardPage />, session);
    await screen.findByRole('region', { name: 'Overdue (1)' });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('counts and lists the overdue requests and those due from today to today + 7, with links', async () => {
    const session = await vaultWithRequests().unlock(STRONG_PASSPHRASE);
    renderUnlocked(<DashboardPage />, session);
    const overdue = await screen.findByRole('region', { name: 'Overdue (1)' });
    expect(within(overdue).getByRole('link', { name: 'AR-2026-0001' }).getAttribute('href')).toBe('#/requests/late');
    expect(overdue.textContent).toContain('Overdue by 4 days');

    const week = screen.getByRole('region', { name: 'Due this week (2)' });
    const links = within(week).getAllByRole('link').map((a) => a.textContent);
    expect(links).toEqual(['AR-2026-0002', 'AR-2026-0003']);
    expect(week.textContent).toContain('Due today');
    expect(week.textContent).toContain('7 days left');
    expect(week.textContent).not.toContain('AR-2026-0004'); // due in 8 days
    expect(week.textContent).not.toContain('AR-2026-0005'); // closed

    expect(screen.getByText('4 requests are open.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to the access requests worklist' }).getAttribute('href')).toBe('#/requests');
  }, 120_000);

  it('says what to do when nothing is open', async () => {
    const session = await FakeVaultGate.withVault({ today: TODAY }).unlock(STRONG_PASSPHRASE);
    renderUnlocked(<DashboardPage />, session);
    expect(await screen.findByText('No request is overdue.')).toBeTruthy();
    expect(screen.getByText('Nothing is due in the next 7 days.')).toBeTruthy();
    expect(screen.getByText(/No request is open\. When a request arrives, record it under Access requests with “New request”/)).toBeTruthy();
  }, 120_000);

  it('is the first screen after unlock, in French when that is the officer’s language', async () => {
    const user = userEvent.setup({ delay: null });
    const gate = vaultWithRequests('fr');
    renderApp({ gate, language: 'fr' });
    await user.click(await screen.findByLabelText(/^Phrase de passe/));
    await user.paste(STRONG_PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Déverrouiller' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeTruthy();
    expect(window.location.hash).toBe('');
    const nav = screen.getByRole('navigation', { name: 'Navigation principale' });
    expect(within(nav).getByRole('link', { name: 'Tableau de bord' }).getAttribute('aria-current')).toBe('page');
    expect(within(nav).getByRole('link', { name: 'Demandes d’accès' })).toBeTruthy();
    const overdue = screen.getByRole('region', { name: 'En retard (1)' });
    expect(overdue.textContent).toContain('En retard de 4 jours');
    expect(overdue.textContent).toContain('Échéance le 12 mars 2026');
    expect(screen.getByText('Nous sommes le 16 mars 2026.')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'À échéance cette semaine (2)' }).textContent).toContain('Échéance aujourd’hui');
  }, 120_000);
});

describe('dashboardSummary', () => {
  it('treats today + 7 as this week and today + 8 as not, and a request due yesterday as overdue', async () => {
    const session = await vaultWithRequests().unlock(STRONG_PASSPHRASE);
    const summary = dashboardSummary(session.accessRequests.list(), TODAY);
    expect(summary.weekEnds).toBe('2026-03-23');
    expect(summary.dueThisWeek.map((r) => r.id)).toEqual(['today', 'week']);
    expect(summary.overdue.map((r) => r.id)).toEqual(['late']);
    expect(summary.open).toHaveLength(4);
  });
});
