// How dates and money read on the screens, in the officer's language. Dates are
// calendar dates (YYYY-MM-DD) and never pass through a time zone: they are shown as UTC midnights.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isIsoDate, type IsoDate } from '../domain/isoDate';

type DateStyle = 'medium' | 'long' | 'weekday';

const OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  medium: { dateStyle: 'medium', timeZone: 'UTC' },
  long: { dateStyle: 'long', timeZone: 'UTC' },
  weekday: { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' },
};

export function formatIsoDate(iso: IsoDate, locale: string, style: DateStyle = 'medium'): string {
  if (!isIsoDate(iso)) return iso;
  return new Intl.DateTimeFormat(locale, OPTIONS[style]).format(new Date(`${iso}T00:00:00Z`));
}

export function formatInstant(iso: string, locale: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export function formatCents(cents: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'CAD' }).format(cents / 100);
}

/**
 * Dollars as the officer types them ("25", "25.50", "25,50", "$1,250.00", "1 250,00 $") to whole
 * cents, or null if it is not an amount. A comma followed by exactly two digits at the end is a
 * decimal comma (French usage); any other comma or space groups thousands.
 */
export function parseDollars(text: string): number | null {
  let s = text.replace(/[\s\u00a0\u202f$]/g, '');
  if (/,\d{2}$/.test(s) && !s.includes('.')) s = s.replace(/,(\d{2})$/, '.$1');
  s = s.replace(/,/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(s)) return null;
  const [whole, fraction = ''] = s.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

/** The formatters for the current language. */
export function useFormat() {
  const { t } = useTranslation();
  const locale = t('format.locale');
  const date = useCallback((iso: IsoDate, style: DateStyle = 'medium') => formatIsoDate(iso, locale, style), [locale]);
  const instant = useCallback((iso: string) => formatInstant(iso, locale), [locale]);
  const money = useCallback((cents: number) => formatCents(cents, locale), [locale]);
  return { locale, date, instant, money };
}
