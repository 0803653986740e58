// The words a purpose's codes read as, in the officer's language; one place for the list, the dialog and tests.
import type { TFunction } from 'i18next';
import {
  INFORMATION_CATEGORIES,
  NOTICE_METHODS,
  NOTICE_TIMINGS,
  PURPOSE_AUTHORITIES,
  type InformationCategory,
  type Purpose,
} from '../../domain/registers/purposes';
import type { SelectOption } from '../../ui/forms/SelectField';

export function categoryWords(t: TFunction, categories: readonly InformationCategory[]): string {
  return categories.map((category) => t(`registers.purposes.categories.${category}`)).join(', ');
}

export function purposeOptions(t: TFunction) {
  const of = (prefix: string, values: readonly string[]): SelectOption[] => values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));
  return {
    authorities: of('registers.purposes.authorities', PURPOSE_AUTHORITIES),
    categories: of('registers.purposes.categories', INFORMATION_CATEGORIES),
    noticeMethods: of('registers.purposes.noticeMethods', NOTICE_METHODS),
    noticeTimings: of('registers.purposes.noticeTimings', NOTICE_TIMINGS),
  };
}

/** What the list's search box matches: the name, the description and the categories as read. */
export function purposeSearchText(t: TFunction, purpose: Purpose): string {
  return [purpose.name, purpose.description ?? '', categoryWords(t, purpose.categories)].join(' ');
}
