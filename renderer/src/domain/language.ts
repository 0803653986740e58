// The two languages Custodian speaks: the screens, the officer's settings and every letter or
// report it writes. One list, here in the domain, so the store, i18n and letters agree without
// depending on each other.

export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}
