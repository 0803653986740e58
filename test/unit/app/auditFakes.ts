// Audit entries for screen tests: chained with the real hash function onto a fake vault's trail,
// each at a chosen instant (FakeAuditTrail.record stamps "now").
import type { AuditEntry } from '../../../renderer/src/domain/audit';
import { chainAuditEntries } from '../../../renderer/src/domain/auditChain';
import type { FakeAuditTrail } from './fakes';

export type SeedAuditEntry = Omit<AuditEntry, 'seq' | 'prevHash' | 'hash'>;

/** Appends `contents` to the trail, in order, and tells its listeners. */
export async function seedAudit(trail: FakeAuditTrail, contents: readonly SeedAuditEntry[]): Promise<AuditEntry[]> {
  const last = trail.entries.at(-1) ?? null;
  const added = await chainAuditEntries(last, contents);
  trail.entries = [...trail.entries, ...added];
  return added;
}

/** An instant at local noon on `day` (YYYY-MM-DD), so its local date is `day` in any time zone. */
export function localNoon(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12, 0, 0).toISOString();
}
