// @vitest-environment jsdom
// The audit trail's entries open after the first screen (store/auditTrail.ts). Until they have, the
// audit screen says it is opening instead of "empty", the dashboard's backup card does not claim
// there is no backup, and damage found in the entries reaches the dashboard when it is found.
import { act, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AuditPage } from '../../../renderer/src/features/audit/AuditPage';
import { DashboardPage } from '../../../renderer/src/features/dashboard/DashboardPage';
import { localNoon, seedAudit } from '../app/auditFakes';
import { FakeVaultGate, STRONG_PASSPHRASE } from '../app/fakes';
import { renderUnlocked } from '../app/render';

const TODAY = '2026-03-16';

/** A session whose trail holds a verified backup but reports its entries as still opening until `finish()`. */
async function openingSession() {
  const gate = FakeVaultGate.withVault({ today: TODAY });
  const session = await gate.unlock(STRONG_PASSPHRASE);
  await seedAudit(session.audit, [{ at: localNoon('2026-03-15'), action: 'backup', entityKind: 'archive', entityId: null, fields: [], detail: 'verified' }]);
  let opened = false;
  let resolve!: () => void;
  const ready = new Promise<void>((r) => (resolve = r));
  vi.spyOn(session.audit, 'isReady').mockImplementation(() => opened);
  vi.spyOn(session.audit, 'ready').mockReturnValue(ready);
  const finish = async (damaged = false) => {
    opened = true;
    if (damaged) session.audit.damage.mockReturnValue([{ kind: 'entry', seq: 2, reason: 'unreadable' }]);
    resolve();
    // What the store does when the entries are in: subscribers are told (the fake tells them on record()).
    await act(async () => {
      await ready;
      await session.audit.record({ action: 'export', entityKind: 'register', entityId: 'people', fields: [], detail: 'csv' });
    });
  };
  return { session, finish };
}

describe('the audit trail while its entries are opening', () => {
  it('the audit screen says it is opening, then lists the entries', async () => {
    const { session, finish } = await openingSession();
    renderUnlocked(<AuditPage />, session);
    expect((await screen.findByRole('status')).textContent).toContain('Opening the audit trail');
    expect(screen.queryByText('The audit trail is empty.')).toBeNull();
    await finish();
    expect((await screen.findByRole('status')).textContent).toMatch(/2 entries/);
  }, 120_000);

  it('the backup card waits for the trail instead of saying there is no backup', async () => {
    const { session, finish } = await openingSession();
    renderUnlocked(<DashboardPage />, session);
    const card = await screen.findByRole('region', { name: 'Backups' });
    expect(card.textContent).toContain('Looking for the last backup in the audit trail');
    expect(card.textContent).not.toContain('there is no verified backup');
    await finish();
    expect(screen.getByRole('region', { name: 'Backups' }).textContent).toContain('Last verified backup: March 15, 2026.');
  }, 120_000);

  it('the dashboard shows damage found in the entries when it is found', async () => {
    const { session, finish } = await openingSession();
    renderUnlocked(<DashboardPage />, session);
    await screen.findByRole('region', { name: 'Backups' });
    expect(screen.queryByRole('alert')).toBeNull();
    await finish(true);
    expect((await screen.findByRole('alert')).textContent).toContain('Custodian found 1 problem in the audit trail or the records');
  }, 120_000);
});
