// Calendar dates as 'YYYY-MM-DD' strings. Statutory time is counted in whole days in the office's
// own calendar, so dates never pass through a time zone: arithmetic is done on UTC midnights.
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export type IsoDate = string;

/** True for a real calendar date in YYYY-MM-DD form (2025-02-29 is not one). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function assertIsoDate(value: string): void {
  if (!isIsoDate(value)) throw new RangeError(`Not a calendar date in YYYY-MM-DD form: ${value}`);
}

function toUtc(iso: IsoDate): number {
  assertIsoDate(iso);
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

function fromUtc(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  return fromUtc(toUtc(iso) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(iso: IsoDate): number {
  return new Date(toUtc(iso)).getUTCDay();
}

/** The date on the officer's own clock (local time zone), which is the date the law counts. */
export function localIsoDate(instant: Date | number): IsoDate {
  const d = typeof instant === 'number' ? new Date(instant) : instant;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function yearOf(iso: IsoDate): number {
  return Number(iso.slice(0, 4));
}
