// The audit trail's entries are opened after the first screen (store/auditTrail.ts): these hooks let
// a screen say "still opening" instead of "empty", and show damage the moment it is found.
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { AuditDamage, AuditTrail } from '../../store/contract';

export type AuditReadiness = { state: 'opening' } | { state: 'ready' } | { state: 'failed'; error: unknown };

export function useAuditReady(trail: AuditTrail): AuditReadiness {
  const [readiness, setReadiness] = useState<AuditReadiness>(() => (trail.isReady() ? { state: 'ready' } : { state: 'opening' }));
  useEffect(() => {
    if (trail.isReady()) {
      setReadiness({ state: 'ready' });
      return;
    }
    let current = true;
    setReadiness({ state: 'opening' });
    trail.ready().then(
      () => current && setReadiness({ state: 'ready' }),
      (error: unknown) => current && setReadiness({ state: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, [trail]);
  return readiness;
}

/** What the trail has found damaged so far; re-read when it tells its subscribers. */
export function useAuditDamage(trail: AuditTrail): readonly AuditDamage[] {
  const subscribe = useCallback((listener: () => void) => trail.subscribe(listener), [trail]);
  return useSyncExternalStore(subscribe, () => trail.damage());
}
