// The audit trail as the screen reads it: filtered by the store (newest first) and re-read whenever
// an entry is recorded. `filter` must keep its identity between renders (hold it in state).
import { useEffect, useState } from 'react';
import type { AuditEntry } from '../../domain/audit';
import type { AuditFilter, AuditTrail } from '../../store/contract';

export function useAuditEntries(trail: AuditTrail, filter: AuditFilter): readonly AuditEntry[] {
  const [entries, setEntries] = useState<readonly AuditEntry[]>(() => trail.list(filter));
  useEffect(() => {
    const refresh = () => setEntries(trail.list(filter));
    refresh();
    return trail.subscribe(refresh);
  }, [trail, filter]);
  return entries;
}
