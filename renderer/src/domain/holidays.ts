// Holidays as each regime's Interpretation Act defines them, for counting statutory time. These are
// not the employment-standards holidays that calendars and the date-holidays package list: Easter
// Monday and December 26 are BC "holidays" though no BC employee gets them off; the federal list has
// no December 26; no Act here moves a holiday that falls on a weekend to the Monday, except Canada
// Day (Holidays Act s.2(2)). Where the text is unclear or we could not read it, a doubtful day is NOT
// treated as a holiday: a holiday only ever makes a deadline later, and a later deadline never
// protects the person asking. Each regime's reading is spelled out in its rule note (calendar/citations.ts).
import { REGIMES, type Regime } from './regime';
import { addDays, assertIsoDate, dayOfWeek, type IsoDate } from './isoDate';
import { easterSunday, isoOf, isSunday, nthWeekday, weekdayBefore } from './calendar/computus';

const MONDAY = 1;

/** Years the holiday tables are written for: current law, with known start years of newer holidays. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2999;

/** Where each regime's list of holidays comes from, as cited in every reason. */
export const HOLIDAY_SOURCE: Record<Regime, string> = {
  PIPEDA: 'Interpretation Act (Canada) s.35(1)',
  BC_PIPA: 'BC Interpretation Act s.29',
  AB_PIPA: 'Alberta Interpretation Act s.28(1)',
  QC: 'Quebec Interpretation Act s.61(23)',
};

interface HolidayRule {
  name: string;
  /** The date in `year`, or null when the holiday does not exist that year. */
  on: (year: number) => IsoDate | null;
}

const fixed = (name: string, month: number, day: number, from = FIRST_YEAR): HolidayRule => ({
  name,
  on: (y) => (y >= from ? isoOf(y, month, day) : null),
});
const easterOffset = (name: string, days: number): HolidayRule => ({ name, on: (y) => addDays(easterSunday(y), days) });
const nthMonday = (name: string, month: number, n: number, from = FIRST_YEAR): HolidayRule => ({
  name,
  on: (y) => (y >= from ? nthWeekday(y, month, MONDAY, n) : null),
});

const NEW_YEAR = fixed("New Year's Day", 1, 1);
const GOOD_FRIDAY = easterOffset('Good Friday', -2);
const EASTER_MONDAY = easterOffset('Easter Monday', 1);
// Holidays Act: Victoria Day is the Monday immediately preceding May 25.
const VICTORIA_DAY: HolidayRule = { name: 'Victoria Day', on: (y) => weekdayBefore(y, 5, 25, MONDAY) };
const CANADA_DAY = fixed('Canada Day', 7, 1);
// Holidays Act s.2(2): when July 1 is a Sunday, July 2 is the legal holiday "Canada Day". The Sunday
// is a holiday anyway, so both days are off.
const CANADA_DAY_JULY_2: HolidayRule = {
  name: 'Canada Day (2 July, as 1 July is a Sunday: Holidays Act s.2(2))',
  on: (y) => (isSunday(y, 7, 1) ? isoOf(y, 7, 2) : null),
};
const LABOUR_DAY = nthMonday('Labour Day', 9, 1);
// Thanksgiving is a day "appointed by proclamation to be observed as a day of ... thanksgiving":
// the second Monday of October, as proclaimed.
const THANKSGIVING = nthMonday('Thanksgiving Day', 10, 2);
const REMEMBRANCE_DAY = fixed('Remembrance Day', 11, 11);
const CHRISTMAS = fixed('Christmas Day', 12, 25);

const RULES: Record<Regime, readonly HolidayRule[]> = {
  // Interpretation Act (Canada) s.35(1) "holiday", read from the consolidated text. Not applied:
  // provincial and civic days under paras (a) and (b) (see the PIPEDA rule note); the Sovereign's
  // actual birthday (the day fixed by proclamation is Victoria Day).
  PIPEDA: [
    NEW_YEAR, GOOD_FRIDAY, EASTER_MONDAY, VICTORIA_DAY, CANADA_DAY, CANADA_DAY_JULY_2, LABOUR_DAY,
    // Added by S.C. 2021, c. 11, in force 3 August 2021.
    fixed('National Day for Truth and Reconciliation', 9, 30, 2021),
    THANKSGIVING, REMEMBRANCE_DAY, CHRISTMAS,
  ],
  // BC Interpretation Act s.29 "holiday": (a) Sunday, Christmas Day, Good Friday, Easter Monday;
  // (b) Canada Day, Victoria Day, British Columbia Day, Labour Day, Remembrance Day, New Year's Day;
  // (c) December 26; (d) days set by Parliament or the Legislature, or proclaimed, as public
  // holidays or days of thanksgiving, which brings in Family Day (Family Day Act) and, from 2023,
  // September 30 (BC's National Day for Truth and Reconciliation legislation, 2023).
  BC_PIPA: [
    NEW_YEAR,
    { name: 'Family Day', on: (y) => (y >= 2019 ? nthWeekday(y, 2, MONDAY, 3) : y >= 2013 ? nthWeekday(y, 2, MONDAY, 2) : null) },
    GOOD_FRIDAY, EASTER_MONDAY, VICTORIA_DAY, CANADA_DAY, CANADA_DAY_JULY_2,
    nthMonday('British Columbia Day', 8, 1),
    LABOUR_DAY,
    fixed('National Day for Truth and Reconciliation', 9, 30, 2023),
    THANKSGIVING, REMEMBRANCE_DAY, CHRISTMAS,
    fixed('December 26', 12, 26),
  ],
  // Alberta Interpretation Act s.28(1) "holiday": the text could not be read here, so only Sundays and
  // the Employment Standards Code general holidays are applied. Easter Monday, Heritage Day,
  // December 26 and September 30 are NOT treated as holidays until confirmed (see the rule note).
  AB_PIPA: [
    NEW_YEAR, nthMonday('Alberta Family Day', 2, 3, 1990), GOOD_FRIDAY, VICTORIA_DAY, CANADA_DAY, CANADA_DAY_JULY_2,
    LABOUR_DAY, THANKSGIVING, REMEMBRANCE_DAY, CHRISTMAS,
  ],
  // Quebec Interpretation Act s.61(23): Sundays, 1 January, Good Friday, Easter Monday, para (i) the
  // day fixed for the Sovereign's birthday (fixed federally as the Monday preceding 25 May; Quebec
  // observes it as the Journée nationale des patriotes), 24 June, 1 July (2 July if the 1st is a
  // Sunday), the first Monday of September, the second Monday of October, 25 December.
  QC: [
    fixed('1 January', 1, 1), GOOD_FRIDAY, EASTER_MONDAY,
    { name: "Monday preceding 25 May (Sovereign's birthday)", on: (y) => weekdayBefore(y, 5, 25, MONDAY) },
    fixed('24 June (Fête nationale)', 6, 24),
    fixed('1 July (Canada Day)', 7, 1),
    { name: '2 July (1 July is a Sunday)', on: (y) => (isSunday(y, 7, 1) ? isoOf(y, 7, 2) : null) },
    nthMonday('Labour Day', 9, 1), nthMonday('Second Monday of October (Thanksgiving)', 10, 2), fixed('25 December (Christmas Day)', 12, 25),
  ],
};

const cache = new Map<string, ReadonlyMap<IsoDate, string>>();

export function assertRegime(regime: unknown): asserts regime is Regime {
  if (!(REGIMES as readonly unknown[]).includes(regime)) {
    throw new RangeError(`Unknown privacy regime: ${String(regime)}. Expected one of ${REGIMES.join(', ')}.`);
  }
}

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
    throw new RangeError(`Holidays are only known for the years ${FIRST_YEAR} to ${LAST_YEAR}, not ${year}.`);
  }
}

/** The named holidays of a year (Sundays aside), each with its reason, e.g. "Easter Monday (holiday, BC Interpretation Act s.29)". */
export function holidaysInYear(regime: Regime, year: number): ReadonlyMap<IsoDate, string> {
  assertRegime(regime);
  assertYear(year);
  const key = `${regime}:${year}`;
  let days = cache.get(key);
  if (!days) {
    const built = new Map<IsoDate, string>();
    for (const rule of RULES[regime]) {
      const date = rule.on(year);
      if (date && !built.has(date)) built.set(date, `${rule.name} (holiday, ${HOLIDAY_SOURCE[regime]})`);
    }
    days = built;
    cache.set(key, days);
  }
  return days;
}

/** Why `date` is a holiday under the regime's Interpretation Act (a named holiday, or Sunday), or null. */
export function holidayReason(date: IsoDate, regime: Regime): string | null {
  assertIsoDate(date);
  return holidayReasonFast(date, dayOfWeek(date), regime);
}

/** holidayReason for a date already validated, with its weekday known: the deadline loops call this. */
export function holidayReasonFast(date: IsoDate, weekday: number, regime: Regime): string | null {
  const named = holidaysInYear(regime, Number(date.slice(0, 4))).get(date);
  if (named) return named;
  return weekday === 0 ? `Sunday (holiday, ${HOLIDAY_SOURCE[regime]})` : null;
}
