// A dashboard visit does not walk every request and audit entry again (issue #14 item 5): the
// summary, the year's figures and the backup entries are computed once per list the store hands
// out (the same array until something changes) and per day, and again after a change.
import { describe, expect, it } from 'vitest';
import { cachedDashboardSummary } from '../../../renderer/src/features/dashboard/dashboardSummary';
import { cachedYearFigures } from '../../../renderer/src/features/dashboard/yearFigures';
import { backupEntriesOf } from '../../../renderer/src/features/dashboard/useBackupEntries';
import type { AuditEntry } from '../../../renderer/src/domain/audit';
import { syntheticAccessRequests } from '../../fixtures/accessRequests';

const requests = syntheticAccessRequests(['p1', 'p2', 'p3'], 300, 4);

describe('the dashboard computed once per change', () => {
  it('answers the same summary for the same list and day, and a new one for another day or list', () => {
    const first = cachedDashboardSummary(requests, '2026-03-16');
    expect(cachedDashboardSummary(requests, '2026-03-16')).toBe(first);
    const nextDay = cachedDashboardSummary(requests, '2026-03-17');
    expect(nextDay).not.toBe(first);
    expect(nextDay.weekEnds).toBe('2026-03-24');
    const opened = requests.find((r) => r.status === 'received')!;
    const changed = requests.filter((r) => r !== opened); // what the store hands out after a change
    expect(cachedDashboardSummary(changed, '2026-03-17').open).toHaveLength(nextDay.open.length - 1);
  });

  it('keeps the year figures per list and year', () => {
    const figures = cachedYearFigures(requests, 2025);
    expect(cachedYearFigures(requests, 2025)).toBe(figures);
    expect(cachedYearFigures(requests, 2026)).not.toBe(figures);
    expect(figures.total.received).toBe(requests.filter((r) => r.receivedOn.startsWith('2025-')).length);
  });

  it('finds the backups and restores once per trail list', () => {
    const entry = (seq: number, action: AuditEntry['action']): AuditEntry => ({ seq, at: '2026-03-01T12:00:00.000Z', action, entityKind: 'archive', entityId: null, fields: [], prevHash: '0'.repeat(64), hash: '1'.repeat(64) });
    const trail = Object.freeze([entry(3, 'backup'), entry(2, 'restore'), entry(1, 'create')]);
    const found = backupEntriesOf(trail);
    expect(found.backups.map((e) => e.seq)).toEqual([3]);
    expect(found.restores.map((e) => e.seq)).toEqual([2]);
    expect(backupEntriesOf(trail)).toBe(found);
  });
});
