// BC PIPA s.29(2) and (3): the 30 days to respond do not include the period during which an
// application to disregard the request (s.37) is before the commissioner, nor the period during which
// the commissioner reviews a fee estimate at the person's request. Each period runs "from the start of
// the day" the application or request is made "to the end of the day" the commissioner decides, so
// both ends are left out of the count. No other Act here stops its clock in terms: PIPEDA, Alberta and
// Québec periods run on (Alberta's guide speaks of a stop while an estimate awaits an answer; the Act's
// text could not be read, and a stop can only make a deadline later, so none is applied).
// Status: BC PIPA s.29(2)–(3) per shared/law.md (corrected from the statute text).
import { dayOff } from './deadlines';
import { addDays, type IsoDate } from './isoDate';
import type { Regime } from './regime';

export const CLOCK_STOP_KINDS = ['disregardApplication', 'feeEstimateReview'] as const;
export type ClockStopKind = (typeof CLOCK_STOP_KINDS)[number];

/** Where each kind of stop comes from. */
export const CLOCK_STOP_PROVISIONS: Record<ClockStopKind, string> = {
  disregardApplication: 's.29(2)',
  feeEstimateReview: 's.29(3)',
};

/** Only BC PIPA says its days do not run during these periods. */
export const CLOCK_STOP_REGIMES: readonly Regime[] = ['BC_PIPA'];

export interface ClockStop {
  kind: ClockStopKind;
  /** The day the application (s.37) or the request for a fee review was made: not counted. */
  start: IsoDate;
  /** The day the commissioner decided: not counted either. Absent while the matter is still before the commissioner. */
  end?: IsoDate;
}

export interface StoppedDay {
  date: IsoDate;
  kind: ClockStopKind;
  provision: string;
}

/** The stop still before the commissioner, if any. */
export function openStop(stops: readonly ClockStop[] | undefined): ClockStop | undefined {
  return stops?.find((s) => s.end === undefined);
}

/** Whether `date` falls in a stop. An open stop is taken to end on `openUntil` (today), or on its first day when no date is given. */
function stopOn(date: IsoDate, stops: readonly ClockStop[], openUntil?: IsoDate): ClockStop | undefined {
  return stops.find((s) => date >= s.start && date <= (s.end ?? (openUntil && openUntil > s.start ? openUntil : s.start)));
}

/**
 * `due` moved later by the "days" (BC PIPA s.1: not a Saturday or holiday) that fall in the stops. The
 * date is the k-th day after receipt, where k is the number of days `due` stood for without the stops:
 * the same count, with the stopped days left out. Returns the date and the days not counted.
 */
export function withClockStops(
  receivedOn: IsoDate,
  due: IsoDate,
  regime: Regime,
  stops: readonly ClockStop[] | undefined,
  openUntil?: IsoDate,
): { due: IsoDate; stopped: StoppedDay[] } {
  if (!stops || stops.length === 0 || !CLOCK_STOP_REGIMES.includes(regime)) return { due, stopped: [] };
  let target = 0;
  for (let d = addDays(receivedOn, 1); d <= due; d = addDays(d, 1)) if (!dayOff(d, regime)) target += 1;
  const stopped: StoppedDay[] = [];
  let counted = 0;
  let date = receivedOn;
  while (counted < target) {
    date = addDays(date, 1);
    if (dayOff(date, regime)) continue;
    const stop = stopOn(date, stops, openUntil);
    if (stop) stopped.push({ date, kind: stop.kind, provision: CLOCK_STOP_PROVISIONS[stop.kind] });
    else counted += 1;
  }
  // No day of the period fell in a stop: the date stands as it was (even a Saturday the officer chose).
  return { due: stopped.length === 0 ? due : date, stopped };
}
