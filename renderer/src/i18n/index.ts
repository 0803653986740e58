// Both languages are bundled: Custodian is offline, so there is no HTTP backend to fetch them from.
// Each App gets its own i18next instance (no global singleton), so tests can render in parallel.
import i18next, { type i18n as I18n } from 'i18next';
import { LANGUAGES, type Language } from '../domain/language';
import en from './en.json';
import fr from './fr.json';

// The language list belongs to the domain; re-exported so screens keep one import for i18n.
export { isLanguage, LANGUAGES, type Language } from '../domain/language';

export function createI18n(language: Language): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources: { en: { translation: en }, fr: { translation: fr } },
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    // Resources are in memory: initialise synchronously so the first render is already translated.
    initAsync: false,
    // React escapes output itself.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
