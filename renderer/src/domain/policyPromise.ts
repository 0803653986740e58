// The office's own promise: its privacy policy says an access request is answered "within 30
// business days or a written extension notice". It is a promise, not a statute: it never changes
// the statutory due date (currentDue in accessRequest.ts), which alone decides a deemed refusal.
// It is shown beside that date so the officer meets whichever comes first.
import { z } from 'zod';
import { isExtended, type AccessRequest } from './accessRequest';
import { assertRegime, holidayReasonFast } from './holidays';
import { addDays, dayOfWeek, isIsoDate, type IsoDate } from './isoDate';
import type { Regime } from './regime';
import { RuleViolation } from './ruleViolation';

export const PROMISE_UNITS = ['businessDays', 'calendarDays'] as const;
export type PromiseUnit = (typeof PROMISE_UNITS)[number];

export const POLICY_PROMISE_MAX_DAYS = 365;

export const policyPromiseSchema = z.object({
  days: z.number('validation.policyPromiseRange').int('validation.policyPromiseRange').min(1, 'validation.policyPromiseRange').max(POLICY_PROMISE_MAX_DAYS, 'validation.policyPromiseRange'),
  unit: z.enum(PROMISE_UNITS),
});
export type PolicyPromise = z.infer<typeof policyPromiseSchema>;

/** What the office's privacy policy says today: 30 business days. */
export const DEFAULT_POLICY_PROMISE: PolicyPromise = Object.freeze({ days: 30, unit: 'businessDays' });

/** Which date the officer must meet: the Act's, the policy's, or both fall on the same day. */
export type Governs = 'act' | 'policy' | 'both';

/** A weekday (Mon–Fri) that is not a holiday under the regime's Interpretation Act (holidays.ts). */
function isBusinessDay(date: IsoDate, regime: Regime): boolean {
  const weekday = dayOfWeek(date);
  return weekday !== 0 && weekday !== 6 && !holidayReasonFast(date, weekday, regime);
}

/**
 * The date the policy promises an answer by for a request received on `receivedOn`. The day of
 * receipt is not counted, as under the Acts. Business days are Monday to Friday less the holidays of
 * the request's own regime (the same list its statutory deadline uses; under BC PIPA s.1 this makes
 * the policy's days the Act's days). Calendar days are a plain count with no roll-over past a
 * weekend or holiday: the roll-over is a rule of the Interpretation Acts for statutory periods, and
 * a promise read without it is the earlier, stricter date for the person. Bad input is a
 * RuleViolation and nothing is computed.
 */
export function policyDue(receivedOn: string, regime: Regime, promise: PolicyPromise): IsoDate {
  if (!isIsoDate(receivedOn)) throw new RuleViolation('invalidDate', `Not a calendar date in YYYY-MM-DD form: ${String(receivedOn)}.`);
  try {
    assertRegime(regime);
  } catch {
    throw new RuleViolation('unknownRegime', `Unknown privacy regime: ${String(regime)}.`);
  }
  const parsed = policyPromiseSchema.safeParse(promise);
  if (!parsed.success) {
    throw new RuleViolation('policyPromiseRange', `The policy's time to answer must be a whole number of days from 1 to ${POLICY_PROMISE_MAX_DAYS}, in business or calendar days.`, {
      max: POLICY_PROMISE_MAX_DAYS,
    });
  }
  const { days, unit } = parsed.data;
  if (unit === 'calendarDays') return addDays(receivedOn, days);
  let date = receivedOn;
  for (let counted = 0; counted < days; ) {
    date = addDays(date, 1);
    if (isBusinessDay(date, regime)) counted += 1;
  }
  return date;
}

/**
 * The date to answer by: the earlier of the statutory and the policy dates. Once the time was
 * extended by a written notice (an extension under PIPEDA s.8(4), BC/AB PIPA s.31, or a CAI
 * extension under Québec s.46), the policy's "or a written extension notice" is met, so the
 * statutory (extended) date governs alone. `statutoryDue` is currentDue(request), never recomputed.
 */
export function answerBy({ statutoryDue, policyDue: promised, extended }: { statutoryDue: IsoDate; policyDue: IsoDate; extended: boolean }): { date: IsoDate; governs: Governs } {
  if (extended || statutoryDue < promised) return { date: statutoryDue, governs: 'act' };
  if (promised < statutoryDue) return { date: promised, governs: 'policy' };
  return { date: statutoryDue, governs: 'both' };
}

/** The policy's date and the answer-by date for a request, from its binding statutory date. */
export function requestAnswerBy(
  request: Pick<AccessRequest, 'receivedOn' | 'regime' | 'extension' | 'caiExtension'>,
  statutoryDue: IsoDate,
  promise: PolicyPromise,
): { policyDue: IsoDate; date: IsoDate; governs: Governs } {
  const promised = policyDue(request.receivedOn, request.regime, promise);
  return { policyDue: promised, ...answerBy({ statutoryDue, policyDue: promised, extended: isExtended(request) }) };
}
