// The language the screens are shown in, and how to change it. Changing it while unlocked is also
// saved to the store by the vault flow (see VaultFlow), which wraps `setLanguage`.
import { createContext, useContext, type ReactNode } from 'react';
import type { Language } from '../i18n';

export interface LanguageControl {
  language: Language;
  setLanguage(language: Language): void;
}

const LanguageContext = createContext<LanguageControl | null>(null);

export function LanguageProvider({ value, children }: { value: LanguageControl; children: ReactNode }) {
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): LanguageControl {
  const control = useContext(LanguageContext);
  if (!control) throw new Error('useLanguage outside LanguageProvider');
  return control;
}
