// Response deadlines for access requests, one regime at a time. Every expected date was counted by
// hand on a printed calendar and is written here literally; none comes from the code under test.
import { describe, expect, it } from 'vitest';
import { responseDeadline } from '../../../renderer/src/domain/deadlines';
import type { Regime } from '../../../renderer/src/domain/regime';

const due = (received: string, regime: Regime) => responseDeadline(received, regime).due;
const skippedDates = (received: string, regime: Regime) => responseDeadline(received, regime).skipped.map((s) => s.date);

describe('PIPEDA: 30 calendar days, s.8(3); holiday rule, Interpretation Act s.26', () => {
  it('PIPEDA: counts 30 calendar days after receipt, the day of receipt excluded', () => {
    const result = responseDeadline('2026-03-02', 'PIPEDA');
    expect(result.due).toBe('2026-04-01');
    expect(result.counted).toHaveLength(30);
    expect(result.counted[0]).toBe('2026-03-03');
    expect(result.counted[29]).toBe('2026-04-01');
    expect(result).toMatchObject({ unit: 'calendarDays', days: 30, skipped: [] });
    expect(result.rule.act).toBe('Personal Information Protection and Electronic Documents Act (Canada)');
    expect(result.rule.section).toMatch(/^s\.8\(3\)/);
    expect(result.rule.note.en).toMatch(/not applied/);
    expect(result.rule.note.fr).toMatch(/ne sont pas appliqués/);
    // The citation is shared by every result, so it cannot be edited through one of them.
    expect(() => Object.assign(result.rule.note, { en: 'changed' })).toThrow(TypeError);
  });

  it('PIPEDA: a last day on Good Friday moves to the Saturday, which is not a holiday', () => {
    const result = responseDeadline('2026-03-04', 'PIPEDA');
    expect(result.due).toBe('2026-04-04');
    expect(result.skipped).toEqual([{ date: '2026-04-03', reason: 'Good Friday (holiday, Interpretation Act (Canada) s.35(1))' }]);
  });

  it('PIPEDA: a last day on Easter Sunday runs past Easter Monday to the Tuesday', () => {
    expect(due('2026-03-06', 'PIPEDA')).toBe('2026-04-07');
    expect(skippedDates('2026-03-06', 'PIPEDA')).toEqual(['2026-04-05', '2026-04-06']);
    expect(due('2026-03-07', 'PIPEDA')).toBe('2026-04-07');
  });

  it('PIPEDA: Christmas Day moves the deadline to 26 December, which is not in the federal list', () => {
    expect(due('2025-11-25', 'PIPEDA')).toBe('2025-12-26');
  });

  it('PIPEDA: year end — received in mid and early December', () => {
    expect(due('2025-12-15', 'PIPEDA')).toBe('2026-01-14');
    expect(due('2025-12-02', 'PIPEDA')).toBe('2026-01-02'); // the 30th day is New Year's Day
    expect(due('2025-12-31', 'PIPEDA')).toBe('2026-01-30');
  });

  it('PIPEDA: Canada Day on a Sunday (2029) — the deadline runs past Monday 2 July', () => {
    expect(due('2029-06-01', 'PIPEDA')).toBe('2029-07-03');
    expect(skippedDates('2029-06-01', 'PIPEDA')).toEqual(['2029-07-01', '2029-07-02']);
  });

  it('PIPEDA: Christmas on a Saturday (2027) — the Sunday is skipped, the Monday is not a holiday', () => {
    expect(due('2027-11-25', 'PIPEDA')).toBe('2027-12-27');
    expect(skippedDates('2027-11-25', 'PIPEDA')).toEqual(['2027-12-25', '2027-12-26']);
  });

  it('PIPEDA: a period through 29 February 2028 is one day shorter in the calendar', () => {
    const result = responseDeadline('2028-02-10', 'PIPEDA');
    expect(result.due).toBe('2028-03-11');
    expect(result.counted).toContain('2028-02-29');
  });

  it('PIPEDA: 30 September is a holiday from 2021 only', () => {
    expect(due('2026-08-31', 'PIPEDA')).toBe('2026-10-01');
    expect(due('2020-08-31', 'PIPEDA')).toBe('2020-09-30');
  });

  it('PIPEDA: provincial days are not applied (protective reading): 24 June, BC Day', () => {
    expect(due('2026-05-25', 'PIPEDA')).toBe('2026-06-24');
    expect(due('2026-07-04', 'PIPEDA')).toBe('2026-08-03');
  });

  it('PIPEDA: received on a holiday, the count still starts the next day', () => {
    expect(due('2026-04-03', 'PIPEDA')).toBe('2026-05-04'); // day 30 is Sunday 3 May
  });
});

describe('BC PIPA: 30 days, s.29(1), where a "day" excludes Saturdays and holidays (s.1)', () => {
  it('BC PIPA: Good Friday and Easter Monday are not days', () => {
    const result = responseDeadline('2026-03-02', 'BC_PIPA');
    expect(result.due).toBe('2026-04-15');
    expect(result.skipped).toEqual([
      { date: '2026-04-03', reason: 'Good Friday (holiday, BC Interpretation Act s.29)' },
      { date: '2026-04-06', reason: 'Easter Monday (holiday, BC Interpretation Act s.29)' },
    ]);
    expect(result.counted).toHaveLength(30);
    expect(result.counted[0]).toBe('2026-03-03');
    expect(result.counted).not.toContain('2026-03-07'); // a Saturday
    expect(result.counted).not.toContain('2026-03-08'); // a Sunday
    expect(result).toMatchObject({ unit: 'businessDays', days: 30 });
    expect(result.rule).toMatchObject({ act: 'Personal Information Protection Act (British Columbia)', section: 's.29(1); s.1 "day"; Interpretation Act (British Columbia) ss.25, 29 "holiday"' });
  });

  it('BC PIPA: year end — Christmas Day, 26 December and New Year\'s Day are not days', () => {
    expect(due('2025-12-15', 'BC_PIPA')).toBe('2026-01-29');
    expect(skippedDates('2025-12-15', 'BC_PIPA')).toEqual(['2025-12-25', '2025-12-26', '2026-01-01']);
  });

  it('BC PIPA: received on a Saturday, counting starts on the Monday (same due date as a Friday receipt)', () => {
    expect(due('2026-03-07', 'BC_PIPA')).toBe('2026-04-21');
    expect(due('2026-03-06', 'BC_PIPA')).toBe('2026-04-21');
    expect(responseDeadline('2026-03-07', 'BC_PIPA').counted[0]).toBe('2026-03-09');
  });

  it('BC PIPA: received on Good Friday, Easter Monday and Victoria Day are skipped', () => {
    expect(due('2026-04-03', 'BC_PIPA')).toBe('2026-05-19');
    expect(skippedDates('2026-04-03', 'BC_PIPA')).toEqual(['2026-04-06', '2026-05-18']);
  });

  it('BC PIPA: Canada Day on a Sunday (2029) — Monday 2 July is not a day either', () => {
    expect(due('2029-06-15', 'BC_PIPA')).toBe('2029-07-30');
    expect(skippedDates('2029-06-15', 'BC_PIPA')).toEqual(['2029-07-01', '2029-07-02']);
  });

  it('BC PIPA: Christmas on a Saturday (2027) — Monday 27 December is a day (no substitute holiday)', () => {
    const result = responseDeadline('2027-12-13', 'BC_PIPA');
    expect(result.due).toBe('2028-01-24');
    expect(result.counted).toContain('2027-12-27');
    expect(result.skipped.map((s) => s.date)).toEqual(['2027-12-25', '2027-12-26', '2028-01-01']);
  });

  it('BC PIPA: 29 February 2028 is counted; Family Day (21 February 2028) is not', () => {
    const result = responseDeadline('2028-02-14', 'BC_PIPA');
    expect(result.due).toBe('2028-03-28');
    expect(result.counted).toContain('2028-02-29');
    expect(result.skipped).toEqual([{ date: '2028-02-21', reason: 'Family Day (holiday, BC Interpretation Act s.29)' }]);
  });

  it('BC PIPA: 30 September and Thanksgiving are not days', () => {
    expect(due('2026-09-15', 'BC_PIPA')).toBe('2026-10-29');
    expect(skippedDates('2026-09-15', 'BC_PIPA')).toEqual(['2026-09-30', '2026-10-12']);
  });

  it('BC PIPA: the due date is always a day (never a Saturday or holiday)', () => {
    for (let d = Date.UTC(2025, 0, 1); d < Date.UTC(2027, 0, 1); d += 86_400_000 * 3) {
      const received = new Date(d).toISOString().slice(0, 10);
      const result = responseDeadline(received, 'BC_PIPA');
      const weekday = new Date(`${result.due}T00:00:00Z`).getUTCDay();
      expect(weekday === 0 || weekday === 6, `${received} -> ${result.due}`).toBe(false);
      expect(result.counted).toHaveLength(30);
    }
  });
});

describe('AB PIPA: 45 calendar days, s.28(1); holiday rule, Alberta Interpretation Act s.22', () => {
  it('AB PIPA: counts 45 calendar days after receipt', () => {
    const result = responseDeadline('2026-03-02', 'AB_PIPA');
    expect(result).toMatchObject({ due: '2026-04-16', unit: 'calendarDays', days: 45, skipped: [] });
    expect(result.counted).toHaveLength(45);
    expect(result.rule.section).toMatch(/^s\.28\(1\)/);
  });

  it('AB PIPA: Good Friday moves the deadline to the Saturday', () => {
    expect(due('2026-02-17', 'AB_PIPA')).toBe('2026-04-04');
  });

  it('AB PIPA: Easter Monday is not treated as a holiday (unconfirmed, protective reading)', () => {
    expect(due('2026-02-20', 'AB_PIPA')).toBe('2026-04-06');
  });

  it('AB PIPA: Christmas moves the deadline to 26 December, not treated as a holiday', () => {
    expect(due('2025-11-10', 'AB_PIPA')).toBe('2025-12-26');
  });

  it('AB PIPA: received 20 December, due in February', () => {
    expect(due('2025-12-20', 'AB_PIPA')).toBe('2026-02-03');
  });

  it('AB PIPA: a last day on a Sunday runs past Alberta Family Day', () => {
    expect(due('2026-01-01', 'AB_PIPA')).toBe('2026-02-17');
    expect(skippedDates('2026-01-01', 'AB_PIPA')).toEqual(['2026-02-15', '2026-02-16']);
  });

  it('AB PIPA: Heritage Day is not treated as a holiday', () => {
    expect(due('2026-06-19', 'AB_PIPA')).toBe('2026-08-03');
  });

  it('AB PIPA: a period through 29 February 2028 ending on a Sunday', () => {
    const result = responseDeadline('2028-01-20', 'AB_PIPA');
    expect(result.due).toBe('2028-03-06');
    expect(result.counted).toContain('2028-02-29');
  });

  it('AB PIPA: Canada Day on a Sunday (2029) — also Monday 2 July', () => {
    expect(due('2029-05-17', 'AB_PIPA')).toBe('2029-07-03');
  });
});

describe('QC: 30 calendar days, P-39.1 s.32; holiday rule, Interpretation Act s.52', () => {
  it('QC: 24 June moves the deadline to the next day', () => {
    const result = responseDeadline('2026-05-25', 'QC');
    expect(result.due).toBe('2026-06-25');
    expect(result.skipped).toEqual([{ date: '2026-06-24', reason: '24 June (Fête nationale) (holiday, Quebec Interpretation Act s.61(23))' }]);
    expect(result.rule.act).toBe('Act respecting the protection of personal information in the private sector (Quebec), CQLR c P-39.1');
  });

  it('QC: Good Friday moves the deadline to the Saturday (protective reading of "jour ouvrable")', () => {
    expect(due('2026-03-04', 'QC')).toBe('2026-04-04');
  });

  it('QC: Easter Monday is a holiday', () => {
    expect(due('2026-03-07', 'QC')).toBe('2026-04-07');
  });

  it('QC: a 30th day on the Monday preceding 25 May (the Sovereign\'s birthday, Interpretation Act s.61(23)(i)) moves to the Tuesday', () => {
    expect(due('2026-04-18', 'QC')).toBe('2026-05-19');
    expect(due('2027-04-24', 'QC')).toBe('2027-05-25');
    expect(due('2026-04-18', 'PIPEDA')).toBe('2026-05-19');
  });

  it('QC: year end — 2 January and 26 December are not Interpretation Act holidays', () => {
    expect(due('2025-12-02', 'QC')).toBe('2026-01-02');
    expect(due('2025-11-26', 'QC')).toBe('2025-12-26');
    expect(due('2025-12-20', 'QC')).toBe('2026-01-19');
  });

  it('QC: 1 July on a Sunday (2029) — 2 July is the holiday', () => {
    expect(due('2029-06-01', 'QC')).toBe('2029-07-03');
  });

  it('QC: a period through 29 February 2028', () => {
    expect(due('2028-02-10', 'QC')).toBe('2028-03-11');
  });
});

describe('invalid input', () => {
  it('refuses a date that is not a real YYYY-MM-DD date', () => {
    for (const bad of ['2026-02-30', '2026-2-3', '03/02/2026', '', '2026-13-01']) {
      expect(() => responseDeadline(bad, 'BC_PIPA'), bad).toThrow(RangeError);
    }
    expect(() => responseDeadline('2026-02-30', 'BC_PIPA')).toThrow('Not a calendar date in YYYY-MM-DD form: 2026-02-30');
  });

  it('refuses an unknown regime, naming the ones it knows', () => {
    expect(() => responseDeadline('2026-03-02', 'ON_PHIPA' as Regime)).toThrow(RangeError);
    expect(() => responseDeadline('2026-03-02', 'ON_PHIPA' as Regime)).toThrow('Unknown privacy regime: ON_PHIPA. Expected one of BC_PIPA, PIPEDA, AB_PIPA, QC.');
  });

  it('refuses a year outside the holiday tables', () => {
    expect(() => responseDeadline('1899-06-01', 'PIPEDA')).toThrow(/only known for the years 1900 to 2999/);
  });
});
