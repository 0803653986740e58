// deadlines.ts explains a skipped day in English ("Easter Monday (holiday, BC Interpretation Act
// s.29)"). This reads that sentence back into an i18n key and the citation, so the officer sees it
// in their language; a reason it does not recognise is shown as it is, never dropped.
import type { TFunction } from 'i18next';

const HOLIDAY_KEYS: Record<string, string> = {
  "New Year's Day": 'newYear',
  '1 January': 'january1',
  'Family Day': 'familyDay',
  'Alberta Family Day': 'albertaFamilyDay',
  'Good Friday': 'goodFriday',
  'Easter Monday': 'easterMonday',
  'Victoria Day': 'victoriaDay',
  "Monday preceding 25 May (Sovereign's birthday)": 'sovereignBirthday',
  '24 June (Fête nationale)': 'fetenationale',
  'Canada Day': 'canadaDay',
  '1 July (Canada Day)': 'july1',
  'Canada Day (2 July, as 1 July is a Sunday: Holidays Act s.2(2))': 'canadaDayJuly2',
  '2 July (1 July is a Sunday)': 'july2',
  'British Columbia Day': 'bcDay',
  'Labour Day': 'labourDay',
  'National Day for Truth and Reconciliation': 'truthReconciliation',
  'Thanksgiving Day': 'thanksgiving',
  'Second Monday of October (Thanksgiving)': 'secondMondayOctober',
  'Remembrance Day': 'remembranceDay',
  'Christmas Day': 'christmas',
  '25 December (Christmas Day)': 'december25',
  'December 26': 'december26',
  Sunday: 'sunday',
};

const HOLIDAY = /^(.+) \(holiday, (.+)\)$/;
const BC_SATURDAY = /^Saturday \(not a "day", (.+)\)$/;

export function dayOffReason(t: TFunction, reason: string): string {
  const holiday = HOLIDAY.exec(reason);
  if (holiday) {
    const [, name = '', source = ''] = holiday;
    const key = HOLIDAY_KEYS[name];
    return t('deadline.reasons.holiday', { name: key ? t(`holidays.${key}`) : name, source });
  }
  const saturday = BC_SATURDAY.exec(reason);
  if (saturday) return t('deadline.reasons.saturday', { source: saturday[1] });
  return reason;
}
