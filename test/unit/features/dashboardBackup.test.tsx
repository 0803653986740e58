// @vitest-environment jsdom
// The dashboard's backup card: the last *verified* backup with its date, a reminder in words once it
// is older than the reminder interval (7 days unless the settings say otherwise) or when there has
// never been one, and the link to back up.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DashboardPage } from '../../../renderer/src/features/dashboard/DashboardPage';
import { backupStatus } from '../../../renderer/src/features/dashboard/backupStatus';
import { localNoon, seedAudit } from '../app/auditFakes';
import { FakeVaultGate, STRONG_PASSPHRASE } from '../app/fakes';
import { renderUnlocked } from '../app/render';

const TODAY = '2026-03-16';

async function sessionWithBackups(backups: { on: string; detail?: string }[], reminderDays?: number) {
  const gate = FakeVaultGate.withVault({ today: TODAY });
  if (reminderDays !== undefined) gate.data!.settings = { ...gate.data!.settings, backupReminderDays: reminderDays };
  const session = await gate.unlock(STRONG_PASSPHRASE);
  await seedAudit(
    session.audit,
    backups.map(({ on, detail }) => ({ at: localNoon(on), action: 'backup' as const, entityKind: 'archive' as const, entityId: null, fields: [], ...(detail ? { detail } : {}) })),
  );
  return session;
}

const card = () => screen.getByRole('region', { name: 'Backups' });
const REMINDER = /Back up now: your last verified backup is more than \d+ days? old\./;

describe('dashboard backup status', () => {
  it('reminds the officer when there has never been a verified backup, with the link to back up', async () => {
    const session = await sessionWithBackups([{ on: '2026-03-15', detail: 'started' }]); // not verified: does not count
    renderUnlocked(<DashboardPage />, session);
    const region = await screen.findByRole('region', { name: 'Backups' });
    expect(region.textContent).toContain('Back up now: there is no verified backup of these records yet.');
    expect(within(region).getByRole('link', { name: 'Back up now' }).getAttribute('href')).toBe('#/backup');
  }, 120_000);

  it('shows the last verified backup and no reminder up to 7 days old', async () => {
    const session = await sessionWithBackups([{ on: '2026-03-01', detail: 'verified' }, { on: '2026-03-09', detail: 'verified' }]);
    renderUnlocked(<DashboardPage />, session);
    await screen.findByRole('region', { name: 'Backups' });
    expect(card().textContent).toContain('Last verified backup: March 9, 2026. 7 days ago.');
    expect(card().textContent).not.toMatch(REMINDER);
    expect(card().textContent).toContain('You are reminded when the last backup is more than 7 days old.');
    expect(within(card()).getByRole('link', { name: 'Back up now' })).toBeTruthy();
  }, 120_000);

  it('reminds the officer once the last verified backup is older than 7 days', async () => {
    const session = await sessionWithBackups([{ on: '2026-03-08', detail: 'verified' }]);
    renderUnlocked(<DashboardPage />, session);
    await screen.findByRole('region', { name: 'Backups' });
    expect(card().textContent).toContain('Last verified backup: March 8, 2026. 8 days ago.');
    expect(card().textContent).toContain('Back up now: your last verified backup is more than 7 days old.');
  }, 120_000);

  it('a backup prepared as a download after the last verified one is not counted, and the officer is asked to check the file', async () => {
    const session = await sessionWithBackups([{ on: '2026-03-08', detail: 'verified' }, { on: '2026-03-15', detail: 'prepared' }]);
    renderUnlocked(<DashboardPage />, session);
    await screen.findByRole('region', { name: 'Backups' });
    expect(card().textContent).toContain('Last verified backup: March 8, 2026. 8 days ago.');
    expect(card().textContent).toContain('Back up now: your last verified backup is more than 7 days old.');
    expect(card().textContent).toMatch(/The backup prepared on .+ was handed to the browser as a download/);
  }, 120_000);

  it('follows the reminder interval in the settings', async () => {
    const session = await sessionWithBackups([{ on: '2026-03-13', detail: 'verified' }], 2);
    renderUnlocked(<DashboardPage />, session);
    await screen.findByRole('region', { name: 'Backups' });
    expect(card().textContent).toContain('3 days ago.');
    expect(card().textContent).toContain('Back up now: your last verified backup is more than 2 days old.');
  }, 120_000);

  it('updates when a backup is verified while the dashboard is open', async () => {
    const session = await sessionWithBackups([]);
    renderUnlocked(<DashboardPage />, session);
    expect((await screen.findByRole('region', { name: 'Backups' })).textContent).toContain('there is no verified backup');
    await session.audit.record({ action: 'backup', entityKind: 'archive', entityId: null, fields: [], detail: 'verified' });
    expect(await within(card()).findByText(/Today\./)).toBeTruthy();
    expect(card().textContent).not.toMatch(REMINDER);
  }, 120_000);
});

describe('backupStatus', () => {
  it('counts days on the officer’s clock: N days old is on time, N + 1 is due', async () => {
    const session = await sessionWithBackups([{ on: '2026-03-09', detail: 'verified' }]);
    const backups = session.audit.list({ action: 'backup' });
    expect(backupStatus(backups, '2026-03-16', 7)).toMatchObject({ kind: 'recent', on: '2026-03-09', daysAgo: 7 });
    expect(backupStatus(backups, '2026-03-17', 7)).toMatchObject({ kind: 'due', daysAgo: 8 });
    expect(backupStatus([], '2026-03-17', 7)).toEqual({ kind: 'never' });
  }, 120_000);
});
