// The root: theme, translations, injected services and the vault state machine.
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { Host } from '../host/host';
import { createI18n, type Language } from '../i18n';
import type { VaultGate } from '../store/contract';
import { rememberedLanguage, rememberLanguage } from './language';
import { LanguageProvider } from './languageContext';
import { ServicesProvider } from './services';
import { theme } from './theme';
import { VaultFlow } from './VaultFlow';

export interface AppProps {
  gate: VaultGate;
  host: Host;
  /** Tests pin the language; the app itself starts from the remembered one. */
  initialLanguage?: Language;
}

export function App({ gate, host, initialLanguage }: AppProps) {
  const [language, setLanguageState] = useState<Language>(() => initialLanguage ?? rememberedLanguage());
  const [i18n] = useState(() => createI18n(language));
  const services = useMemo(() => ({ gate, host }), [gate, host]);

  useEffect(() => {
    void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [i18n, language]);

  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    rememberLanguage(next);
  }, []);
  const languageControl = useMemo(() => ({ language, setLanguage }), [language, setLanguage]);

  return (
    <I18nextProvider i18n={i18n}>
      <ThemeProvider theme={theme}>
        <CssBaseline />
        <ServicesProvider services={services}>
          <LanguageProvider value={languageControl}>
            <VaultFlow />
          </LanguageProvider>
        </ServicesProvider>
      </ThemeProvider>
    </I18nextProvider>
  );
}
