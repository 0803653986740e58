// Holidays as the Interpretation Acts define them: literal tables worked out by hand from a printed
// calendar, then a cross-check of the rule-based dates against the date-holidays package, and the
// places where the statute deliberately differs from that package's employment-holiday lists.
import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { easterSunday, nthWeekday, weekdayBefore } from '../../../renderer/src/domain/calendar/computus';
import { holidayReason, holidaysInYear } from '../../../renderer/src/domain/holidays';
import { dayOff } from '../../../renderer/src/domain/deadlines';
import type { Regime } from '../../../renderer/src/domain/regime';

const datesOf = (regime: Regime, year: number) => [...holidaysInYear(regime, year).keys()].sort();

describe('Easter and the rule-based dates', () => {
  it('Easter Sunday matches the published dates (including the earliest and latest possible)', () => {
    const published: Record<number, string> = {
      2019: '2019-04-21', 2024: '2024-03-31', 2025: '2025-04-20', 2026: '2026-04-05', 2027: '2027-03-28',
      2028: '2028-04-16', 2029: '2029-04-01', 2030: '2030-04-21', 2031: '2031-04-13', 2032: '2032-03-28',
      2033: '2033-04-17', 2034: '2034-04-09', 2035: '2035-03-25', 2038: '2038-04-25', 2285: '2285-03-22',
    };
    for (const [year, date] of Object.entries(published)) expect(easterSunday(Number(year))).toBe(date);
  });

  it('finds the nth Monday and the Monday preceding May 25', () => {
    expect(nthWeekday(2026, 9, 1, 1)).toBe('2026-09-07'); // Labour Day: 1 September 2026 is a Tuesday
    expect(nthWeekday(2026, 10, 1, 2)).toBe('2026-10-12'); // Thanksgiving
    expect(nthWeekday(2026, 8, 1, 1)).toBe('2026-08-03'); // 1 August 2026 is a Saturday
    expect(weekdayBefore(2026, 5, 25, 1)).toBe('2026-05-18'); // 25 May 2026 is itself a Monday
    expect(weekdayBefore(2027, 5, 25, 1)).toBe('2027-05-24'); // 25 May 2027 is a Tuesday
    expect(weekdayBefore(2031, 5, 25, 1)).toBe('2031-05-19'); // 25 May 2031 is a Sunday
  });
});

describe('holiday lists for 2026, worked out by hand', () => {
  it('BC PIPA: the BC Interpretation Act s.29 list, with Easter Monday and 26 December', () => {
    expect(datesOf('BC_PIPA', 2026)).toEqual([
      '2026-01-01', '2026-02-16', '2026-04-03', '2026-04-06', '2026-05-18', '2026-07-01', '2026-08-03',
      '2026-09-07', '2026-09-30', '2026-10-12', '2026-11-11', '2026-12-25', '2026-12-26',
    ]);
  });

  it('PIPEDA: the federal s.35(1) list, without Family Day, BC Day, 24 June or 26 December', () => {
    expect(datesOf('PIPEDA', 2026)).toEqual([
      '2026-01-01', '2026-04-03', '2026-04-06', '2026-05-18', '2026-07-01', '2026-09-07', '2026-09-30',
      '2026-10-12', '2026-11-11', '2026-12-25',
    ]);
  });

  it('AB PIPA: only the certain holidays (no Easter Monday, Heritage Day, 26 December or 30 September)', () => {
    expect(datesOf('AB_PIPA', 2026)).toEqual([
      '2026-01-01', '2026-02-16', '2026-04-03', '2026-05-18', '2026-07-01', '2026-09-07', '2026-10-12',
      '2026-11-11', '2026-12-25',
    ]);
  });

  it('QC: the s.61(23) list, with the Monday preceding 25 May (para (i)) and 24 June', () => {
    expect(datesOf('QC', 2026)).toEqual([
      '2026-01-01', '2026-04-03', '2026-04-06', '2026-05-18', '2026-06-24', '2026-07-01', '2026-09-07', '2026-10-12',
      '2026-12-25',
    ]);
  });
});

describe('dayOff', () => {
  it('BC PIPA: Easter Monday is not a day', () => {
    expect(dayOff('2026-04-06', 'BC_PIPA')).toBe('Easter Monday (holiday, BC Interpretation Act s.29)');
  });

  it('BC PIPA: a Saturday is not a day, a Sunday is a holiday', () => {
    expect(dayOff('2026-04-04', 'BC_PIPA')).toBe('Saturday (not a "day", BC PIPA s.1)');
    expect(dayOff('2026-04-05', 'BC_PIPA')).toBe('Sunday (holiday, BC Interpretation Act s.29)');
  });

  it('PIPEDA, Alberta and Quebec: Saturday is not a holiday', () => {
    for (const regime of ['PIPEDA', 'AB_PIPA', 'QC'] as const) expect(dayOff('2026-04-04', regime)).toBeNull();
  });

  it('BC PIPA: 26 December is a holiday; federally it is not', () => {
    expect(dayOff('2025-12-26', 'BC_PIPA')).toBe('December 26 (holiday, BC Interpretation Act s.29)');
    expect(dayOff('2025-12-26', 'PIPEDA')).toBeNull();
  });

  it('BC PIPA: Family Day moved from the second to the third Monday of February in 2019, and did not exist before 2013', () => {
    expect(dayOff('2018-02-12', 'BC_PIPA')).toMatch(/^Family Day/);
    expect(dayOff('2018-02-19', 'BC_PIPA')).toBeNull();
    expect(dayOff('2019-02-18', 'BC_PIPA')).toMatch(/^Family Day/);
    expect(dayOff('2019-02-11', 'BC_PIPA')).toBeNull();
    expect(dayOff('2012-02-13', 'BC_PIPA')).toBeNull();
  });

  it('BC PIPA: 30 September is a holiday from 2023; in 2022 (doubtful) it is an ordinary day', () => {
    expect(dayOff('2022-09-30', 'BC_PIPA')).toBeNull();
    expect(dayOff('2024-09-30', 'BC_PIPA')).toBe('National Day for Truth and Reconciliation (holiday, BC Interpretation Act s.29)');
    // On a Saturday the holiday is given as the reason, not the Saturday.
    expect(dayOff('2023-09-30', 'BC_PIPA')).toMatch(/^National Day for Truth and Reconciliation/);
  });

  it('PIPEDA: 30 September is a holiday from 2021 (S.C. 2021, c. 11), not in 2020', () => {
    expect(dayOff('2021-09-30', 'PIPEDA')).toMatch(/^National Day for Truth and Reconciliation/);
    expect(dayOff('2020-09-30', 'PIPEDA')).toBeNull();
  });

  it('PIPEDA: Saint-Jean-Baptiste Day (24 June) is not in the federal list; in Quebec it is a holiday', () => {
    expect(dayOff('2026-06-24', 'PIPEDA')).toBeNull();
    expect(dayOff('2026-06-24', 'QC')).toBe('24 June (Fête nationale) (holiday, Quebec Interpretation Act s.61(23))');
  });

  it('Canada Day on a Sunday (2029): the Sunday and Monday 2 July are both holidays in every regime', () => {
    for (const regime of ['PIPEDA', 'BC_PIPA', 'AB_PIPA', 'QC'] as const) {
      expect(dayOff('2029-07-01', regime)).not.toBeNull();
      expect(dayOff('2029-07-02', regime)).not.toBeNull();
      expect(dayOff('2030-07-02', regime)).toBeNull(); // 1 July 2030 is a Monday: no second day
    }
  });

  it('Christmas on a Saturday (2027): no Act makes the Monday a holiday', () => {
    for (const regime of ['PIPEDA', 'BC_PIPA', 'AB_PIPA', 'QC'] as const) expect(dayOff('2027-12-27', regime)).toBeNull();
    expect(dayOff('2027-12-25', 'PIPEDA')).toBe('Christmas Day (holiday, Interpretation Act (Canada) s.35(1))');
  });

  it('holidayReason validates its input', () => {
    expect(() => holidayReason('2026-02-30', 'BC_PIPA')).toThrow(RangeError);
    expect(() => holidayReason('2026-02-03', 'ON' as Regime)).toThrow(/Unknown privacy regime: ON/);
    expect(() => holidaysInYear('BC_PIPA', 1850)).toThrow(/only known for the years 1900 to 2999/);
  });
});

describe('cross-check against date-holidays (employment/public holiday lists)', () => {
  const named = (state: string | undefined, year: number, name: string) => {
    const hd = state ? new Holidays('CA', state, { languages: ['en'] }) : new Holidays('CA', { languages: ['en'] });
    return hd.getHolidays(year).filter((h) => h.name === name && !h.substitute).map((h) => h.date.slice(0, 10));
  };
  const ours = (regime: Regime, year: number, prefix: string) =>
    [...holidaysInYear(regime, year)].filter(([, reason]) => reason.startsWith(prefix)).map(([date]) => date);

  it('agrees on every rule-based date from 2000 to 2060', () => {
    for (let year = 2000; year <= 2060; year += 1) {
      expect(ours('PIPEDA', year, 'Good Friday'), `Good Friday ${year}`).toEqual(named(undefined, year, 'Good Friday'));
      expect(ours('QC', year, 'Easter Monday'), `Easter Monday ${year}`).toEqual(named('QC', year, 'Easter Monday'));
      expect(ours('BC_PIPA', year, 'Victoria Day'), `Victoria Day ${year}`).toEqual(named('BC', year, 'Victoria Day'));
      expect(ours('PIPEDA', year, 'Labour Day'), `Labour Day ${year}`).toEqual(named(undefined, year, 'Labour Day'));
      expect(ours('BC_PIPA', year, 'Thanksgiving'), `Thanksgiving ${year}`).toEqual(named('BC', year, 'Thanksgiving'));
      expect(ours('BC_PIPA', year, 'British Columbia Day'), `BC Day ${year}`).toEqual(named('BC', year, 'British Columbia Day'));
      expect(ours('AB_PIPA', year, 'Alberta Family Day'), `AB Family Day ${year}`).toEqual(named('AB', year, 'Family Day'));
      expect(ours('QC', year, '24 June'), `24 June ${year}`).toEqual(named('QC', year, 'National Holiday'));
      if (year >= 2013) expect(ours('BC_PIPA', year, 'Family Day'), `BC Family Day ${year}`).toEqual(named('BC', year, 'Family Day'));
    }
  });

  it('differs where the Interpretation Act differs: BC PIPA counts Easter Monday and 26 December, date-holidays does not list them for BC', () => {
    expect(named('BC', 2026, 'Easter Monday')).toEqual([]);
    expect(dayOff('2026-04-06', 'BC_PIPA')).toMatch(/^Easter Monday/);
    expect(new Holidays('CA', 'BC').isHoliday(new Date('2026-12-26T12:00:00'))).toBe(false);
    expect(dayOff('2026-12-26', 'BC_PIPA')).toMatch(/^December 26/);
  });

  it('differs for 30 September in BC: a holiday for us from 2023, an observance in date-holidays', () => {
    const ndtr = new Holidays('CA', 'BC', { languages: ['en'] }).getHolidays(2026).find((h) => h.date.startsWith('2026-09-30'));
    expect(ndtr?.type).toBe('observance');
    expect(dayOff('2026-09-30', 'BC_PIPA')).not.toBeNull();
  });

  it('differs for the federal list: Easter Monday, Victoria Day, Thanksgiving and Remembrance Day are federal holidays', () => {
    const federalPublic = new Holidays('CA', { languages: ['en'] }).getHolidays(2026).filter((h) => h.type === 'public').map((h) => h.date.slice(0, 10));
    for (const date of ['2026-04-06', '2026-05-18', '2026-10-12', '2026-11-11']) {
      expect(federalPublic).not.toContain(date);
      expect(dayOff(date, 'PIPEDA')).not.toBeNull();
    }
  });

  it('differs on purpose where the status is doubtful: Alberta Easter Monday and Heritage Day', () => {
    expect(named('AB', 2026, 'Easter Monday')).toEqual(['2026-04-06']);
    expect(dayOff('2026-04-06', 'AB_PIPA')).toBeNull();
    expect(named('AB', 2026, 'Heritage Day')).toEqual(['2026-08-03']);
    expect(dayOff('2026-08-03', 'AB_PIPA')).toBeNull();
  });

  it('QC: agrees on the Monday preceding 25 May, the day fixed for the Sovereign\'s birthday (s.61(23)(i)), 2000 to 2060', () => {
    for (let year = 2000; year <= 2060; year += 1) {
      expect(ours('QC', year, 'Monday preceding 25 May'), `${year}`).toEqual(named('QC', year, "National Patriots' Day"));
    }
    expect(dayOff('2026-05-18', 'QC')).toBe("Monday preceding 25 May (Sovereign's birthday) (holiday, Quebec Interpretation Act s.61(23))");
  });

  it('differs for Canada Day on a Sunday: 2 July 2029 is a holiday (Holidays Act s.2(2)); date-holidays lists only 1 July', () => {
    expect(new Holidays('CA', { languages: ['en'] }).getHolidays(2029).map((h) => h.date.slice(0, 10))).not.toContain('2029-07-02');
    expect(dayOff('2029-07-02', 'PIPEDA')).toMatch(/Holidays Act s\.2\(2\)/);
  });
});
