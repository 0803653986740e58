// Dates are typed and shown as YYYY-MM-DD in both languages. Chromium's <input type="date">
// formats by the browser's locale, not the page's (an en-US system shows 12/06/2026, which an
// officer in Canada can read as 12 June), and ignores lang="en-CA"; a text field with the ISO
// pattern is the only format that reads the same everywhere. The forms' schemas check the value.
import type { TFunction } from 'i18next';

export const ISO_DATE_PATTERN = '\\d{4}-\\d{2}-\\d{2}';

/** slotProps for a TextField (type "text") that holds an ISO date. */
export function isoDateSlotProps(t: TFunction, htmlInput: Record<string, unknown> = {}) {
  return {
    htmlInput: { placeholder: t('validation.datePlaceholder'), inputMode: 'numeric', maxLength: 10, pattern: ISO_DATE_PATTERN, spellCheck: false, ...htmlInput },
    inputLabel: { shrink: true },
  } as const;
}
