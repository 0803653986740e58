// Renders one piece of the screen kit with the real providers (i18n, theme, services, the unlocked
// session) but without the app around it: the kit must not need the shell, and loading only what the
// piece imports keeps these tests quick on a loaded machine. test/unit/app/render.tsx renders whole screens.
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { cleanup, configure, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { ServicesProvider } from '../../../renderer/src/app/services';
import { theme } from '../../../renderer/src/app/theme';
import { UnlockedProvider } from '../../../renderer/src/app/unlocked';
import { createI18n, type Language } from '../../../renderer/src/i18n';
import type { Session, VaultGate } from '../../../renderer/src/store/contract';
import { FakeHost } from '../app/fakes';

// MUI's first render in jsdom is slow on a loaded 2-core machine: wait longer.
configure({ asyncUtilTimeout: 20_000 });
afterEach(cleanup);

/** jsdom has no layout; the virtualised grid needs a plausible box to render rows. */
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

const NO_GATE = new Proxy({} as VaultGate, {
  get(_target, name) {
    throw new Error(`The screen kit called the vault gate (${String(name)}).`);
  },
});

export function renderKit(ui: ReactElement, options: { session?: Session; host?: FakeHost; language?: Language } = {}) {
  const host = options.host ?? new FakeHost();
  const i18n = createI18n(options.language ?? 'en');
  const content = options.session ? (
    <UnlockedProvider
      value={{ session: options.session, settings: options.session.settings(), lock: () => options.session!.lock(), updateSettings: async () => {}, reloadSettings: () => {} }}
    >
      {ui}
    </UnlockedProvider>
  ) : (
    ui
  );
  const result = render(
    <I18nextProvider i18n={i18n}>
      <ThemeProvider theme={theme}>
        <CssBaseline />
        {/* The kit never opens a vault: a gate that is called fails the test. */}
        <ServicesProvider services={{ gate: NO_GATE, host }}>{content}</ServicesProvider>
      </ThemeProvider>
    </I18nextProvider>,
  );
  return { ...result, host };
}
