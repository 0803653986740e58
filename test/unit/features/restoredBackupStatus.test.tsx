// @vitest-environment jsdom
// Right after a restore from a backup file (which was verified before anything was restored), the
// dashboard and the backup screen must not say there is no verified backup: the records are those of
// that file. The restored trail holds no 'backup' entry for the file itself (it was written after the
// archive was made), so the 'restore' entry is what counts.
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { LastBackupNotice } from '../../../renderer/src/features/backup/LastBackupNotice';
import { DashboardPage } from '../../../renderer/src/features/dashboard/DashboardPage';
import { localNoon, seedAudit } from '../app/auditFakes';
import { FakeVaultGate, STRONG_PASSPHRASE } from '../app/fakes';
import { renderUnlocked } from '../app/render';

const TODAY = '2026-03-16';

async function restoredOn(on: string, backups: { on: string; detail: string }[] = []) {
  const session = await FakeVaultGate.withVault({ today: TODAY }).unlock(STRONG_PASSPHRASE);
  await seedAudit(session.audit, [
    ...backups.map((b) => ({ at: localNoon(b.on), action: 'backup' as const, entityKind: 'archive' as const, entityId: null, fields: [], detail: b.detail })),
    { at: localNoon(on), action: 'restore' as const, entityKind: 'vault' as const, entityId: null, fields: ['people'], detail: '3 people, 1 requests, 0 documents, 4 entries; new vault' },
  ]);
  return session;
}

describe('backup status after a restore', () => {
  it('dashboard: says the records were restored from a verified backup, with no "no verified backup" reminder', async () => {
    const session = await restoredOn('2026-03-16');
    renderUnlocked(<DashboardPage />, session);
    const region = await screen.findByRole('region', { name: 'Backups' });
    expect(region.textContent).not.toContain('there is no verified backup');
    expect(region.textContent).toContain('Restored from a verified backup on March 16, 2026. Today.');
  }, 120_000);

  it('dashboard: a verified backup made after the restore is the one shown', async () => {
    const session = await restoredOn('2026-03-10', []);
    await seedAudit(session.audit, [{ at: localNoon('2026-03-12'), action: 'backup', entityKind: 'archive', entityId: null, fields: [], detail: 'verified' }]);
    renderUnlocked(<DashboardPage />, session);
    const region = await screen.findByRole('region', { name: 'Backups' });
    expect(region.textContent).toContain('Last verified backup: March 12, 2026.');
  }, 120_000);

  it('backup screen: the notice names the restore instead of "no verified backup"', async () => {
    const session = await restoredOn('2026-03-16');
    renderUnlocked(<LastBackupNotice />, session);
    const note = await screen.findByRole('note');
    expect(note.textContent).not.toContain('No verified backup');
    expect(note.textContent).toMatch(/^Restored from a verified backup: /);
  }, 120_000);
});

describe('backup screen while the audit trail is still opening', () => {
  // The entries open just after unlock (store/auditTrail.ts); "no verified backup" before then was a false alarm.
  it('says it is looking for the last backup, then shows it once the trail is open', async () => {
    const session = await restoredOn('2026-03-16');
    let open = false;
    let finish: () => void = () => undefined;
    const opened = new Promise<void>((resolve) => (finish = resolve));
    vi.spyOn(session.audit, 'isReady').mockImplementation(() => open);
    vi.spyOn(session.audit, 'ready').mockImplementation(() => opened);
    renderUnlocked(<LastBackupNotice />, session);
    expect((await screen.findByRole('note')).textContent).toContain('Looking for the last backup in the audit trail');
    expect(document.body.textContent).not.toContain('no verified backup');
    open = true;
    finish();
    expect(await screen.findByText(/Restored from a verified backup/)).toBeTruthy();
  }, 120_000);
});
