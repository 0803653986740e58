// Dates, money and provisions as a Canadian letter prints them, in English or French. Written out
// by hand rather than through Intl so that a letter reads the same in Node, Chromium and Electron
// whatever ICU data each ships (fr-CA month names and the "1er" of the first day differ between them).
import type { LetterLanguage } from '../accessRequest';
import { assertIsoDate, type IsoDate } from '../isoDate';

/** No-break space: French puts one before « : » and inside « guillemets ». */
export const NBSP = '\u00a0';

const MONTHS: Record<LetterLanguage, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
};

/** "November 25, 2026" / "25 novembre 2026" ("1er décembre 2026"). Day and month never split across lines. */
export function formatDate(date: IsoDate, language: LetterLanguage): string {
  assertIsoDate(date);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const month = MONTHS[language][m - 1]!;
  if (language === 'en') return `${month}${NBSP}${d}, ${y}`;
  return `${d === 1 ? '1er' : d}${NBSP}${month}${NBSP}${y}`;
}

/** "$1,234.50" / "1 234,50 $" (no-break spaces between thousands and before the French $). */
export function formatMoney(cents: number, language: LetterLanguage): string {
  if (!Number.isInteger(cents)) throw new RangeError(`Not a whole number of cents: ${cents}`);
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const dollars = String(Math.floor(abs / 100));
  const fraction = String(abs % 100).padStart(2, '0');
  const group = language === 'en' ? ',' : NBSP;
  const grouped = dollars.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return language === 'en' ? `${sign}$${grouped}.${fraction}` : `${sign}${grouped},${fraction}${NBSP}$`;
}

/** A label followed by a colon: "Reference:" / "Référence :" (no-break space before the French colon). */
export function withColon(label: string, language: LetterLanguage): string {
  return language === 'fr' ? `${label}${NBSP}:` : `${label}:`;
}

/** « text » with no-break spaces inside, or “text”. */
export function quoted(text: string, language: LetterLanguage): string {
  return language === 'fr' ? `«${NBSP}${text}${NBSP}»` : `“${text}”`;
}

/**
 * A provision as the officer or the rule tables write it ("s.23(4)(c)", "ss.28–32", "Sch.1 4.9.1"),
 * in the letter's language: "Sch. 1, cl. 4.9.1" in English; French says "art." and "annexe 1, art."
 * with the same numbering.
 * Anything else the officer typed is printed as is.
 */
export function localizeProvision(provision: string, language: LetterLanguage): string {
  const p = provision.trim();
  if (language === 'en') return p.replace(/^(ss?)\.\s*/, '$1.').replace(/^Sch\.\s*1,?\s*/, `Sch.${NBSP}1, cl.${NBSP}`);
  return p
    .replace(/^ss\.\s*/, `art.${NBSP}`)
    .replace(/^s\.\s*/, `art.${NBSP}`)
    .replace(/^Sch\.\s*1,?\s*/, `annexe${NBSP}1, art.${NBSP}`);
}

/** Multi-line free text (an address) as lines, blank lines dropped. */
export function lines(text: string | undefined): string[] {
  return (text ?? '').split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0);
}
