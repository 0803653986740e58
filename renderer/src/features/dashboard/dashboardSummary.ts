// What the dashboard counts: the open requests, those due in the coming week (today to today + 7,
// both included) and those past their binding due date, which are deemed refusals (PIPEDA s.8(5),
// Quebec s.32) or, in BC and Alberta, late answers the person may complain about.
import { currentDue, isDeemedRefusal, isOpen, type AccessRequest } from '../../domain/accessRequest';
import { addDays, type IsoDate } from '../../domain/isoDate';
import { compareByDue } from '../accessRequests/worklist';

export const WEEK_DAYS = 7;

export interface DashboardSummary {
  open: AccessRequest[];
  dueThisWeek: AccessRequest[];
  overdue: AccessRequest[];
  /** The last day counted as "this week". */
  weekEnds: IsoDate;
}

export function dashboardSummary(requests: readonly AccessRequest[], today: IsoDate): DashboardSummary {
  const weekEnds = addDays(today, WEEK_DAYS);
  const open = requests.filter(isOpen).sort(compareByDue);
  return {
    open,
    dueThisWeek: open.filter((r) => currentDue(r) >= today && currentDue(r) <= weekEnds),
    overdue: open.filter((r) => isDeemedRefusal(r, today)),
    weekEnds,
  };
}

const summaries = new WeakMap<readonly AccessRequest[], { today: IsoDate; summary: DashboardSummary }>();

/**
 * The summary, computed once per list and day: the repository hands out the same array until a
 * request changes, so a visit to the dashboard walks the requests only after something changed
 * (at 20,000 requests the walk and sort cost more than the 150 ms a visit may take).
 */
export function cachedDashboardSummary(requests: readonly AccessRequest[], today: IsoDate): DashboardSummary {
  const cached = summaries.get(requests);
  if (cached?.today === today) return cached.summary;
  const summary = dashboardSummary(requests, today);
  summaries.set(requests, { today, summary });
  return summary;
}
