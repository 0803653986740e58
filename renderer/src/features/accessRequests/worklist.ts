// Which requests the worklist shows, in which order: the open ones by the date that binds the
// office (currentDue), soonest first, then the closed ones, most recently closed first.
import { ACCESS_STATUSES, currentDue, isDeemedRefusal, isOpen, type AccessRequest, type AccessStatus, type DueFields } from '../../domain/accessRequest';
import { daysLeft } from '../../domain/accessWorkflow';
import type { IsoDate } from '../../domain/isoDate';
import { REGIMES, type Regime } from '../../domain/regime';
import { requestAnswerBy, type Governs, type PolicyPromise } from '../../domain/policyPromise';

export const STATUS_FILTERS = ['open', 'all', ...ACCESS_STATUSES] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];
export const REGIME_FILTERS = ['all', ...REGIMES] as const;
export type RegimeFilter = (typeof REGIME_FILTERS)[number];

export interface WorklistFilters {
  status: StatusFilter;
  regime: RegimeFilter;
}
export const DEFAULT_FILTERS: WorklistFilters = { status: 'open', regime: 'all' };

export interface WorklistRow {
  request: AccessRequest;
  /** The binding due date: the extended one if there is one. */
  due: IsoDate;
  /** Days to `due` (negative when overdue); null once closed. */
  daysLeft: number | null;
  deemedRefusal: boolean;
}

export function isStatusFilter(value: string): value is StatusFilter {
  return (STATUS_FILTERS as readonly string[]).includes(value);
}

export function isRegimeFilter(value: string): value is RegimeFilter {
  return (REGIME_FILTERS as readonly string[]).includes(value);
}

function matchesStatus(status: AccessStatus, filter: StatusFilter): boolean {
  if (filter === 'all') return true;
  if (filter === 'open') return isOpen({ status });
  return status === filter;
}

/** Open requests: the nearest due date first, then by reference (the dashboard's order too). */
export function compareOpenByDue(a: Pick<AccessRequest, 'reference'> & DueFields, b: Pick<AccessRequest, 'reference'> & DueFields): number {
  return currentDue(a).localeCompare(currentDue(b)) || a.reference.localeCompare(b.reference);
}

export function compareByDue(a: AccessRequest, b: AccessRequest): number {
  const openA = isOpen(a);
  if (openA !== isOpen(b)) return openA ? -1 : 1;
  if (openA) return compareOpenByDue(a, b);
  return (b.closedOn ?? b.updatedAt).localeCompare(a.closedOn ?? a.updatedAt) || b.reference.localeCompare(a.reference);
}

export function worklistRows(requests: readonly AccessRequest[], filters: WorklistFilters, today: IsoDate): WorklistRow[] {
  return requests
    .filter((r) => matchesStatus(r.status, filters.status) && (filters.regime === 'all' || r.regime === (filters.regime as Regime)))
    .sort(compareByDue)
    .map((request) => ({ request, due: currentDue(request), daysLeft: daysLeft(request, today), deemedRefusal: isDeemedRefusal(request, today) }));
}

/**
 * The policy's date beside the binding statutory one, and which to answer by; null once the request
 * is closed (nothing is owed any more). The statutory date is currentDue, never recomputed.
 */
export function answerByFor(request: AccessRequest, promise: PolicyPromise): { policyDue: IsoDate; date: IsoDate; governs: Governs } | null {
  return isOpen(request) ? requestAnswerBy(request, currentDue(request), promise) : null;
}
