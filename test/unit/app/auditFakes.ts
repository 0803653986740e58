// Audit entries for screen tests, each at a chosen instant: appended to a fake vault's real trail
// (chained, sealed and written as any session write's entries are). Unlike audit.record(), any
// action may be seeded, the store's own markers (entryLost…) included, as a damaged vault shows them.
import type { AuditEntry } from '../../../renderer/src/domain/audit';
import type { StoreAuditTrail } from '../../../renderer/src/store/auditTrail';

export type SeedAuditEntry = Omit<AuditEntry, 'seq' | 'prevHash' | 'hash'>;

/** Appends `contents` to the trail, in order, and tells its listeners. */
export async function seedAudit(trail: StoreAuditTrail, contents: readonly SeedAuditEntry[]): Promise<AuditEntry[]> {
  await trail.write((commit) => commit(contents, [], async () => undefined));
  return trail.list().slice(0, contents.length).reverse();
}

/** An instant at local noon on `day` (YYYY-MM-DD), so its local date is `day` in any time zone. */
export function localNoon(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12, 0, 0).toISOString();
}
