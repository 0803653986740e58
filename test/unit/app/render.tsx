// Renders screens with the real providers and injected fakes.
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { cleanup, configure, render } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { useState, type ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { App } from '../../../renderer/src/app/App';
import { LanguageProvider } from '../../../renderer/src/app/languageContext';
import { ServicesProvider } from '../../../renderer/src/app/services';
import { theme } from '../../../renderer/src/app/theme';
import { UnlockedProvider } from '../../../renderer/src/app/unlocked';
import { createI18n, type Language } from '../../../renderer/src/i18n';
import type { Session } from '../../../renderer/src/store/contract';
import { FakeHost, FakeVaultGate } from './fakes';

// MUI's first render in jsdom is slow on a loaded 2-core machine (seconds, measured): wait longer.
configure({ asyncUtilTimeout: 20_000 });
// Vitest runs without globals, so Testing Library cannot register its own cleanup. The screens run on
// the real store: writes a test started and did not await finish here, while the window still exists.
// Before cleanup: unmounting the app locks its session, after which its queue cannot be waited on.
afterEach(async () => {
  await FakeVaultGate.settleAll();
  cleanup();
});

/**
 * jsdom has no layout: every element measures 0×0, so the virtualised people grid would render no
 * rows. Give elements a plausible box for the duration of a test file.
 */
export function stubLayout(width = 1000, height = 600) {
  const originals = {
    clientWidth: Object.getOwnPropertyDescriptor(Element.prototype, 'clientWidth'),
    clientHeight: Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight'),
  };
  beforeAll(() => {
    Object.defineProperty(Element.prototype, 'clientWidth', { configurable: true, get: () => width });
    Object.defineProperty(Element.prototype, 'clientHeight', { configurable: true, get: () => height });
  });
  afterAll(() => {
    for (const [name, descriptor] of Object.entries(originals)) if (descriptor) Object.defineProperty(Element.prototype, name, descriptor);
  });
}

export function renderApp(options: { gate?: FakeVaultGate; host?: FakeHost; language?: Language } = {}) {
  const gate = options.gate ?? new FakeVaultGate();
  const host = options.host ?? new FakeHost();
  const result = render(<App gate={gate} host={host} initialLanguage={options.language ?? 'en'} />);
  return { ...result, gate, host };
}

/** One unlocked screen, without the vault flow around it. */
export function renderUnlocked(ui: ReactElement, session: Session, options: { host?: FakeHost; gate?: FakeVaultGate } = {}) {
  const host = options.host ?? new FakeHost();
  const gate = options.gate ?? new FakeVaultGate();
  const lock = () => session.lock();
  function Harness() {
    const [i18n] = useState(() => createI18n('en'));
    const [language, setLanguage] = useState<Language>('en');
    const [settings, setSettings] = useState(() => session.settings());
    return (
      <I18nextProvider i18n={i18n}>
        <ThemeProvider theme={theme}>
          <CssBaseline />
          <ServicesProvider services={{ gate, host }}>
            <LanguageProvider value={{ language, setLanguage }}>
              <UnlockedProvider
                value={{
                  session,
                  settings,
                  lock,
                  updateSettings: async (patch) => {
                    await session.updateSettings(patch);
                    setSettings(session.settings());
                  },
                  reloadSettings: () => setSettings(session.settings()),
                }}
              >
                {ui}
              </UnlockedProvider>
            </LanguageProvider>
          </ServicesProvider>
        </ThemeProvider>
      </I18nextProvider>
    );
  }
  return { ...render(<Harness />), host, gate };
}
