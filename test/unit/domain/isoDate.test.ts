import { describe, expect, it } from 'vitest';
import { addDays, dayOfWeek, daysBetween, isIsoDate, localIsoDate } from '../../../renderer/src/domain/isoDate';

describe('calendar dates', () => {
  it('accepts only real dates in YYYY-MM-DD form', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-1-01')).toBe(false);
    expect(isIsoDate('2026-01-01T00:00')).toBe(false);
    expect(isIsoDate(20260101)).toBe(false);
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(daysBetween('2026-03-02', '2026-04-15')).toBe(44);
    expect(daysBetween('2026-04-15', '2026-03-02')).toBe(-44);
  });

  it('knows the day of the week (0 = Sunday)', () => {
    expect(dayOfWeek('2026-11-25')).toBe(3);
    expect(dayOfWeek('2029-07-01')).toBe(0);
  });

  it('refuses arithmetic on something that is not a date', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
  });

  it('reads the date on the local clock, not in UTC', () => {
    const lateEvening = new Date(2026, 10, 24, 23, 30); // local time
    expect(localIsoDate(lateEvening)).toBe('2026-11-24');
  });
});
