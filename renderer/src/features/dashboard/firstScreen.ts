// The dashboard drawn from the first screen's digest (store/firstScreen.ts), before the records are
// open: the same summary as DashboardPage's, and the names of only the people its lists show.
import { displayName } from '../../domain/person';
import type { FirstScreen } from '../../store/contract';
import { dashboardSummary, type DashboardSummary } from './dashboardSummary';
import { DASHBOARD_LIST_LIMIT } from './RequestList';

export interface PreparedFirstScreen {
  today: string;
  summary: DashboardSummary;
  /** Display names of the people the lists show (the rest are not read). */
  names: ReadonlyMap<string, string>;
}

export async function prepareFirstScreen(screen: FirstScreen): Promise<PreparedFirstScreen> {
  const summary = dashboardSummary(screen.openRequests, screen.today);
  const shown = [...summary.overdue.slice(0, DASHBOARD_LIST_LIMIT), ...summary.dueThisWeek.slice(0, DASHBOARD_LIST_LIMIT)];
  const people = await screen.people(shown.map((r) => r.personId));
  return { today: screen.today, summary, names: new Map(people.map((p) => [p.id, displayName(p)])) };
}
