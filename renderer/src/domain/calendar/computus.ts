// Rule-based calendar dates the holiday statutes refer to (Easter, "the first Monday in September",
// "the Monday preceding May 25"). Computed here rather than taken from the date-holidays package:
// these few rules are exact and tiny, whereas date-holidays lists employment holidays (not the
// Interpretation Act definitions) and weighs megabytes with its dependencies. The tests cross-check
// these functions against date-holidays over many years.
import type { IsoDate } from '../isoDate';

const pad = (n: number) => String(n).padStart(2, '0');

export function isoOf(year: number, month: number, day: number): IsoDate {
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Easter Sunday in the Gregorian calendar (anonymous Gregorian algorithm, "Meeus/Jones/Butcher"). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoOf(year, month, day);
}

function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** The nth given weekday (0 = Sunday … 6 = Saturday) of a month, e.g. nthWeekday(y, 9, 1, 1) = Labour Day. */
export function nthWeekday(year: number, month: number, weekday: number, n: number): IsoDate {
  const first = weekdayOf(year, month, 1);
  return isoOf(year, month, 1 + ((weekday - first + 7) % 7) + 7 * (n - 1));
}

/** The last given weekday strictly before a day (> 7) of a month ("the Monday preceding May 25"). */
export function weekdayBefore(year: number, month: number, day: number, weekday: number): IsoDate {
  const back = ((weekdayOf(year, month, day) - weekday + 7) % 7) || 7;
  return isoOf(year, month, day - back);
}

export function isSunday(year: number, month: number, day: number): boolean {
  return weekdayOf(year, month, day) === 0;
}
