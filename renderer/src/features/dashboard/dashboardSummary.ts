// What the dashboard counts: the open requests, those due in the coming week (today to today + 7,
// both included) and those past their binding due date, which are deemed refusals (PIPEDA s.8(5),
// Quebec s.32) or, in BC and Alberta, late answers the person may complain about.
import { currentDue, isDeemedRefusal, isOpen } from '../../domain/accessRequest';
import type { OpenRequestDigest } from '../../domain/firstScreen';
import { addDays, type IsoDate } from '../../domain/isoDate';
import { compareOpenByDue } from '../accessRequests/worklist';

/** What the dashboard reads of a request: a whole one, or the first screen's digest of an open one. */
export type DashboardRequest = OpenRequestDigest;

export const WEEK_DAYS = 7;

export interface DashboardSummary<R extends DashboardRequest = DashboardRequest> {
  open: R[];
  dueThisWeek: R[];
  overdue: R[];
  /** The last day counted as "this week". */
  weekEnds: IsoDate;
}

export function dashboardSummary<R extends DashboardRequest>(requests: readonly R[], today: IsoDate): DashboardSummary<R> {
  const weekEnds = addDays(today, WEEK_DAYS);
  const open = requests.filter(isOpen).sort(compareOpenByDue);
  return {
    open,
    dueThisWeek: open.filter((r) => currentDue(r) >= today && currentDue(r) <= weekEnds),
    overdue: open.filter((r) => isDeemedRefusal(r, today)),
    weekEnds,
  };
}

const summaries = new WeakMap<readonly DashboardRequest[], { today: IsoDate; summary: DashboardSummary }>();

/**
 * The summary, computed once per list and day: the repository hands out the same array until a
 * request changes, so a visit to the dashboard walks the requests only after something changed
 * (at 20,000 requests the walk and sort cost more than the 150 ms a visit may take).
 */
export function cachedDashboardSummary(requests: readonly DashboardRequest[], today: IsoDate): DashboardSummary {
  const cached = summaries.get(requests);
  if (cached?.today === today) return cached.summary;
  const summary = dashboardSummary(requests, today);
  summaries.set(requests, { today, summary });
  return summary;
}
