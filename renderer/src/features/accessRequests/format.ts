// The time left on an access request, in words; the dates and money themselves are ui/format.ts.
import type { TFunction } from 'i18next';

export type DaysLeftTone = 'ok' | 'soon' | 'today' | 'overdue';

/** "3 days left", "Due today", "Overdue by 4 days": always words, so colour is never the only signal. */
export function daysLeftText(t: TFunction, days: number): { text: string; tone: DaysLeftTone } {
  if (days < 0) return { text: t('accessRequests.daysLeft.overdue', { count: -days }), tone: 'overdue' };
  if (days === 0) return { text: t('accessRequests.daysLeft.today'), tone: 'today' };
  return { text: t('accessRequests.daysLeft.left', { count: days }), tone: days <= 7 ? 'soon' : 'ok' };
}
