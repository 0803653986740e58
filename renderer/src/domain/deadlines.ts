// Statutory time limits for answering an access request, with the days skipped and the rule cited,
// so the officer can see why a deadline falls where it does. Counting follows each regime's own
// Interpretation Act; the readings chosen where a text is unclear are in the rule notes
// (calendar/citations.ts) and always give the earlier date, which is the one that protects the person.
import type { Regime } from './regime';
import { assertIsoDate, dayOfWeek, type IsoDate } from './isoDate';
import { assertRegime, holidayReasonFast, holidaysInYear } from './holidays';
import { EXTENSION_RULES, QC_CAI_EXTENSION_RULE, RESPONSE_RULES } from './calendar/citations';

export interface SkippedDay {
  date: string;
  reason: string;
}

export interface RuleCitation {
  act: string;
  section: string;
  note: { en: string; fr: string };
}

export interface DeadlineResult {
  /** YYYY-MM-DD */
  due: string;
  /** Holidays not counted (business-day regimes) or that pushed the due date (calendar regimes); plain weekends are not listed. */
  skipped: SkippedDay[];
  /** Every date counted, in order (for "explain this deadline"). */
  counted: string[];
  unit: 'calendarDays' | 'businessDays';
  days: number;
  rule: RuleCitation;
}

export type ExtensionGround = 'interference' | 'consultation' | 'insufficientDetail' | 'largeVolume' | 'alternativeFormat';

export interface ExtensionRule {
  regime: Regime;
  grounds: { ground: ExtensionGround; citation: RuleCitation; maxDays: number | null /* null = no fixed cap */ }[];
  noticeWithinOriginalPeriod: boolean;
  longerWithCommissionerPermission: boolean;
  rule: RuleCitation;
}

/**
 * Québec: the organisation has no extension of its own (extensionRule('QC') is null, extensionDeadline
 * throws); the Commission d'accès à l'information may extend the time on an application made within
 * the s.32 limit (s.46). The workflow models that application and its decision.
 */
export const QC_CAI_EXTENSION: RuleCitation = QC_CAI_EXTENSION_RULE;

type Unit = DeadlineResult['unit'];

// PIPEDA s.8(3), BC PIPA s.29(1) with s.1 "day", Alberta PIPA s.28(1), Quebec P-39.1 s.32.
const RESPONSE_PERIOD: Record<Regime, { unit: Unit; days: number }> = {
  PIPEDA: { unit: 'calendarDays', days: 30 },
  BC_PIPA: { unit: 'businessDays', days: 30 },
  AB_PIPA: { unit: 'calendarDays', days: 45 },
  QC: { unit: 'calendarDays', days: 30 },
};

// PIPEDA s.8(4)(a) and (b); BC PIPA s.31(1); Alberta PIPA s.31(1).
const EXTENSION_DAYS: Record<Exclude<Regime, 'QC'>, Partial<Record<ExtensionGround, number | null>>> = {
  PIPEDA: { interference: 30, consultation: 30, alternativeFormat: null },
  BC_PIPA: { insufficientDetail: 30, largeVolume: 30, consultation: 30 },
  AB_PIPA: { insufficientDetail: 30, largeVolume: 30, consultation: 30 },
};

const DAY_MS = 86_400_000;
const BC_SATURDAY = 'Saturday (not a "day", BC PIPA s.1)';

function utcMs(iso: IsoDate): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

function isoAt(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

function namedHoliday(date: IsoDate, regime: Regime): string | undefined {
  return holidaysInYear(regime, Number(date.slice(0, 4))).get(date);
}

function dayOffAt(date: IsoDate, weekday: number, regime: Regime): string | null {
  const holiday = holidayReasonFast(date, weekday, regime);
  if (holiday) return holiday;
  return regime === 'BC_PIPA' && weekday === 6 ? BC_SATURDAY : null;
}

function validate(date: string, regime: Regime): void {
  assertIsoDate(date);
  assertRegime(regime);
}

/** Counts `days` after the day of receipt (which is never counted: Interpretation Acts, "after"). */
function count(receivedISO: IsoDate, regime: Regime, unit: Unit, days: number, rule: RuleCitation): DeadlineResult {
  let ms = utcMs(receivedISO);
  let weekday = new Date(ms).getUTCDay();
  const counted: IsoDate[] = [];
  const skipped: SkippedDay[] = [];
  const step = () => {
    ms += DAY_MS;
    weekday = (weekday + 1) % 7;
    return isoAt(ms);
  };

  if (unit === 'businessDays') {
    // BC PIPA s.1: a "day" is neither a Saturday nor a holiday, so such days are simply not counted.
    while (counted.length < days) {
      const date = step();
      const off = dayOffAt(date, weekday, regime);
      if (!off) counted.push(date);
      else if (namedHoliday(date, regime)) skipped.push({ date, reason: off });
    }
    return { due: counted[counted.length - 1] as IsoDate, skipped, counted, unit, days, rule };
  }

  for (let i = 0; i < days; i += 1) counted.push(step());
  // A period that ends on a holiday runs to the next day that is not one (Canada s.26, Alberta s.22,
  // Quebec s.52). Saturday is not a holiday in these regimes, so it can be the due date.
  let due = counted[counted.length - 1] as IsoDate;
  for (let reason = holidayReasonFast(due, weekday, regime); reason; reason = holidayReasonFast(due, weekday, regime)) {
    skipped.push({ date: due, reason });
    due = step();
  }
  return { due, skipped, counted, unit, days, rule };
}

/** The date by which the organization must respond to an access request received on `receivedISO`. */
export function responseDeadline(receivedISO: string, regime: Regime): DeadlineResult {
  validate(receivedISO, regime);
  const { unit, days } = RESPONSE_PERIOD[regime];
  return count(receivedISO, regime, unit, days, RESPONSE_RULES[regime]);
}

/** The grounds on which a regime lets the organization extend the time itself, or null for Quebec (see QC_CAI_EXTENSION). */
export function extensionRule(regime: Regime): ExtensionRule | null {
  assertRegime(regime);
  if (regime === 'QC') return null;
  const { rule, grounds } = EXTENSION_RULES[regime];
  const maxDays = EXTENSION_DAYS[regime];
  return {
    regime,
    grounds: (Object.keys(maxDays) as ExtensionGround[]).map((ground) => ({
      ground,
      citation: grounds[ground] as RuleCitation,
      maxDays: maxDays[ground] ?? null,
    })),
    // PIPEDA s.8(4) says so in terms; for BC and Alberta an extension taken after the time has run out
    // would come too late, so the notice is required within the original period there too.
    noticeWithinOriginalPeriod: true,
    longerWithCommissionerPermission: regime !== 'PIPEDA',
    rule,
  };
}

/**
 * The latest due date an extension on this ground allows without a commissioner's permission; throws
 * RangeError (clear English message) for QC or a ground the regime does not have. The extended limit
 * is counted from receipt in one run (30 + 30 days, or 45 + 30 in Alberta), the holiday rule applied
 * once at the end. With no fixed cap (PIPEDA alternative format, maxDays null) the date given is the
 * original deadline, by which the extension notice must be sent.
 */
export function extensionDeadline(receivedISO: string, regime: Regime, ground: ExtensionGround): DeadlineResult & { maxDays: number | null } {
  validate(receivedISO, regime);
  if (regime === 'QC') {
    throw new RangeError('Under Quebec\'s private-sector privacy Act (CQLR c P-39.1) the organization cannot extend the time to respond itself: only the Commission d\'accès à l\'information can, on an application made within the 30-day limit of s.32 (s.46).');
  }
  const rule = extensionRule(regime) as ExtensionRule;
  const allowed = rule.grounds.find((g) => g.ground === ground);
  if (!allowed) {
    const names = rule.grounds.map((g) => g.ground).join(', ');
    throw new RangeError(`"${String(ground)}" is not a ground for extending the time limit under ${rule.rule.act}. Its grounds are: ${names}.`);
  }
  const { unit, days } = RESPONSE_PERIOD[regime];
  if (allowed.maxDays === null) {
    return { ...count(receivedISO, regime, unit, days, allowed.citation), maxDays: null };
  }
  return { ...count(receivedISO, regime, unit, days + allowed.maxDays, allowed.citation), maxDays: allowed.maxDays };
}

/** Why `date` is not a counting day under the regime (a holiday, or a Saturday under BC PIPA), or null. */
export function dayOff(date: string, regime: Regime): string | null {
  validate(date, regime);
  return dayOffAt(date, dayOfWeek(date), regime);
}

/** Where the statutory period ending on `due` begins (exclusive), when the caller does not say. */
function defaultPeriodStart(due: IsoDate, regime: Regime): IsoDate {
  const { unit, days } = RESPONSE_PERIOD[regime];
  let ms = utcMs(due);
  if (unit === 'calendarDays') return isoAt(ms - days * DAY_MS);
  let weekday = new Date(ms).getUTCDay();
  for (let countedDays = 0; countedDays < days; ) {
    if (!dayOffAt(isoAt(ms), weekday, regime)) countedDays += 1;
    ms -= DAY_MS;
    weekday = (weekday + 6) % 7;
  }
  return isoAt(ms);
}

/**
 * Office closures (dates the officer enters) never change a statutory deadline: returns the last date
 * on or before `due` on which the office is open and that is not a day off, i.e. the date the officer
 * should plan to send by, plus the closures that fall inside the period (for a warning). The period is
 * the one after `periodStart` (the day of receipt) when given, else the regime's response period
 * ending on `due`.
 */
export function planningDate(due: string, regime: Regime, closures: readonly string[], periodStart?: string): { sendBy: string; closuresInPeriod: string[] } {
  validate(due, regime);
  if (!Array.isArray(closures)) throw new RangeError('Office closures must be a list of dates in YYYY-MM-DD form.');
  for (const closure of closures) {
    if (typeof closure !== 'string') throw new RangeError(`Not a calendar date in YYYY-MM-DD form: ${String(closure)}`);
    assertIsoDate(closure);
  }
  if (periodStart !== undefined) assertIsoDate(periodStart);
  const closed = new Set(closures);

  let ms = utcMs(due);
  let weekday = new Date(ms).getUTCDay();
  // Each step back passes a closure or a day off; there are only so many of either before `due`.
  for (let guard = closed.size + 400; ; guard -= 1) {
    const date = isoAt(ms);
    if (!closed.has(date) && !dayOffAt(date, weekday, regime)) break;
    if (guard <= 0) throw new RangeError(`No open day found on or before ${due}: check the office closures.`);
    ms -= DAY_MS;
    weekday = (weekday + 6) % 7;
  }
  const start = periodStart ?? defaultPeriodStart(due, regime);
  const closuresInPeriod = [...closed].filter((c) => c > start && c <= due).sort();
  return { sendBy: isoAt(ms), closuresInPeriod };
}
