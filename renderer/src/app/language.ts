// Before unlock the store's settings are sealed, so the language chosen last time is mirrored in
// localStorage. It is not personal information; the store's `settings.language` stays the truth.
import { isLanguage, type Language } from '../i18n';

export const LANGUAGE_STORAGE_KEY = 'custodian.language';

export function rememberedLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    if (isLanguage(stored)) return stored;
  } catch {
    // Storage can be disabled; fall through to the system language.
  }
  return window.navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function rememberLanguage(language: Language): void {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not fatal: the store keeps the setting once unlocked.
  }
}
