// The office's own promise (its privacy policy: an answer within 30 business days or a written
// extension notice) beside each Act's time to respond. Every expected date was counted by hand on a
// 2025 calendar (Good Friday 18 April, Easter Monday 21 April) and is written here literally.
import { describe, expect, it } from 'vitest';
import { answerBy, DEFAULT_POLICY_PROMISE, policyDue, requestAnswerBy } from '../../../renderer/src/domain/policyPromise';
import { responseDeadline } from '../../../renderer/src/domain/deadlines';
import type { Regime } from '../../../renderer/src/domain/regime';
import { RuleViolation } from '../../../renderer/src/domain/ruleViolation';

const THIRTY_BUSINESS = DEFAULT_POLICY_PROMISE;
const actDue = (received: string, regime: Regime) => responseDeadline(received, regime).due;

function sideBySide(received: string, regime: Regime, promise = THIRTY_BUSINESS) {
  const statutoryDue = actDue(received, regime);
  const promised = policyDue(received, regime, promise);
  return { statutoryDue, policyDue: promised, ...answerBy({ statutoryDue, policyDue: promised, extended: false }) };
}

describe('the policy’s promise beside the Act', () => {
  it('defaults to the policy’s own words: 30 business days', () => {
    expect(DEFAULT_POLICY_PROMISE).toEqual({ days: 30, unit: 'businessDays' });
  });

  it('Alberta: the policy’s 30 business days come before the Act’s 45 days', () => {
    // Received Tue 1 April 2025. Act, s.28(1): 45 calendar days → Fri 16 May. Policy: Mon–Fri from
    // 2 April, Good Friday skipped (an Alberta holiday), Easter Monday counted (not on the Alberta
    // list holidays.ts applies): 3 + 5 + 4 + 5 + 5 + 5 + 3 = 30 → Wed 14 May.
    expect(sideBySide('2025-04-01', 'AB_PIPA')).toEqual({ statutoryDue: '2025-05-16', policyDue: '2025-05-14', date: '2025-05-14', governs: 'policy' });
  });

  it('PIPEDA: the Act’s 30 calendar days come first', () => {
    // Act, s.8(3): 1 April + 30 → Thu 1 May. Policy: Good Friday and Easter Monday are federal
    // holidays: 3 + 5 + 4 + 4 + 5 + 5 + 4 = 30 → Thu 15 May.
    expect(sideBySide('2025-04-01', 'PIPEDA')).toEqual({ statutoryDue: '2025-05-01', policyDue: '2025-05-15', date: '2025-05-01', governs: 'act' });
  });

  it('BC: 30 business days = the Act’s date (BC counts Saturdays out too; the policy also skips Sundays and holidays)', () => {
    // BC PIPA s.1 "day" leaves out Saturdays and holidays (Sunday is one), so the Act's 30 days are
    // the policy's 30 business days: both 15 May (Good Friday and Easter Monday out).
    expect(sideBySide('2025-04-01', 'BC_PIPA')).toEqual({ statutoryDue: '2025-05-15', policyDue: '2025-05-15', date: '2025-05-15', governs: 'both' });
    // Over the holidays: 25 and 26 December and 1 January are out: 4 + 3 + 3 + 1 + 5 + 5 + 5 + 4 = 30 → Thu 29 January 2026.
    expect(sideBySide('2025-12-15', 'BC_PIPA')).toMatchObject({ statutoryDue: '2026-01-29', policyDue: '2026-01-29', governs: 'both' });
  });

  it('Québec: the policy skips 24 June, a Québec holiday, and the Act’s 30 days still come first', () => {
    // Received Mon 2 June 2025. Act, s.32: → Wed 2 July (1 July is a holiday but not the last day).
    // Policy: 4 + 5 + 5 + 4 (24 June out) + 4 (1 July out) + 5 + 3 = 30 → Wed 16 July.
    expect(sideBySide('2025-06-02', 'QC')).toEqual({ statutoryDue: '2025-07-02', policyDue: '2025-07-16', date: '2025-07-02', governs: 'act' });
  });

  it('a promise in calendar days is a plain count: it does not roll past a Sunday as the Act does', () => {
    // PIPEDA, received Fri 7 March 2025: day 30 is Sun 6 April, so the Act's date moves to Mon 7
    // April (Interpretation Act s.26); a promise is not a statutory period and stays on the 6th.
    expect(sideBySide('2025-03-07', 'PIPEDA', { days: 30, unit: 'calendarDays' })).toEqual({
      statutoryDue: '2025-04-07',
      policyDue: '2025-04-06',
      date: '2025-04-06',
      governs: 'policy',
    });
  });

  it('a shorter promise is counted the same way: 10 business days from a Friday', () => {
    // Received Fri 11 April 2025 (Alberta): 14–17 (4), Good Friday out, 21–25 (9), 28 April (10).
    expect(policyDue('2025-04-11', 'AB_PIPA', { days: 10, unit: 'businessDays' })).toBe('2025-04-28');
  });
});

describe('once the time was extended by a written notice', () => {
  it('Alberta: after an s.31 extension notice the extended statutory date governs, though the policy’s date is earlier', () => {
    expect(answerBy({ statutoryDue: '2025-06-16', policyDue: '2025-05-14', extended: true })).toEqual({ date: '2025-06-16', governs: 'act' });
    const request = {
      receivedOn: '2025-04-01',
      regime: 'AB_PIPA' as const,
      extension: { ground: 'largeVolume' as const, reasons: 'Many boxes', newDue: '2025-06-16', noticeOn: '2025-05-09' },
    };
    expect(requestAnswerBy(request, '2025-06-16', THIRTY_BUSINESS)).toEqual({ policyDue: '2025-05-14', date: '2025-06-16', governs: 'act' });
  });

  it('Québec: a CAI extension granted under s.46 meets the policy too; an application still pending does not', () => {
    const applied = { appliedOn: '2025-06-20', reasons: 'Volume' };
    const pending = { receivedOn: '2025-06-02', regime: 'QC' as const, caiExtension: applied };
    // Pending: the application is no written extension notice, so a 10-business-day promise (Mon 16
    // June: 4 + 5 + 1) still comes before the s.32 date (2 July) and governs.
    expect(requestAnswerBy(pending, '2025-07-02', { days: 10, unit: 'businessDays' })).toEqual({ policyDue: '2025-06-16', date: '2025-06-16', governs: 'policy' });
    const granted = { ...pending, caiExtension: { ...applied, decision: { on: '2025-06-27', granted: true, newDue: '2025-08-01' } } };
    expect(requestAnswerBy(granted, '2025-08-01', { days: 10, unit: 'businessDays' })).toEqual({ policyDue: '2025-06-16', date: '2025-08-01', governs: 'act' });
  });
});

describe('bad input is refused with a RuleViolation', () => {
  it.each([
    [{ days: 0, unit: 'businessDays' }],
    [{ days: 366, unit: 'businessDays' }],
    [{ days: 2.5, unit: 'calendarDays' }],
    [{ days: 30, unit: 'weeks' }],
  ])('refuses the promise %j', (promise) => {
    const error = (() => {
      try {
        policyDue('2025-04-01', 'BC_PIPA', promise as never);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(RuleViolation);
    expect(error).toMatchObject({ rule: 'policyPromiseRange', params: { max: 365 } });
    expect((error as Error).message).toMatch(/whole number of days from 1 to 365/);
  });

  it('refuses a date that is not a calendar date, and an unknown Act', () => {
    expect(() => policyDue('2025-02-29', 'BC_PIPA', THIRTY_BUSINESS)).toThrow(RuleViolation);
    expect(() => policyDue('2025-04-01', 'ON' as Regime, THIRTY_BUSINESS)).toThrow(/Unknown privacy regime/);
  });
});
