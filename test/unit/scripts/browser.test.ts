import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { browserArgs, browserProfileDir, findBrowser, preparePrivateProfile, PRIVATE_PREFERENCES, withPrivatePreferences } from '../../../scripts/lib/browser.mjs';

const only = (...present: string[]) => (candidate: string) => present.includes(candidate);

describe('findBrowser', () => {
  it('finds Chromium on the Linux PATH, preferring chromium over chrome', () => {
    const env = { PATH: '/usr/local/bin:/usr/bin' };
    expect(findBrowser({ platform: 'linux', env, home: '/home/o', exists: only('/usr/bin/chromium', '/usr/bin/google-chrome') })).toBe('/usr/bin/chromium');
    expect(findBrowser({ platform: 'linux', env, home: '/home/o', exists: only('/usr/local/bin/google-chrome-stable') })).toBe('/usr/local/bin/google-chrome-stable');
  });

  it('finds Chrome in the macOS Applications folders', () => {
    const chrome = '/Users/o/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(findBrowser({ platform: 'darwin', env: {}, home: '/Users/o', exists: only(chrome) })).toBe(chrome);
  });

  it('finds Chrome on Windows, and Edge only when no Chrome exists', () => {
    const env = { LOCALAPPDATA: 'C:\\Users\\o\\AppData\\Local', PROGRAMFILES: 'C:\\Program Files' };
    const chrome = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe';
    const edge = 'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe';
    expect(findBrowser({ platform: 'win32', env, home: 'C:\\Users\\o', exists: only(edge, chrome) })).toBe(chrome);
    expect(findBrowser({ platform: 'win32', env, home: 'C:\\Users\\o', exists: only(edge) })).toBe(edge);
  });

  it('returns null when nothing is installed', () => {
    expect(findBrowser({ platform: 'linux', env: { PATH: '/usr/bin' }, home: '/home/o', exists: () => false })).toBeNull();
  });
});

describe('browserProfileDir', () => {
  it('uses the per-user config folder of each platform', () => {
    expect(browserProfileDir({ platform: 'linux', env: {}, home: '/home/o' })).toBe('/home/o/.config/Custodian/browser-profile');
    expect(browserProfileDir({ platform: 'linux', env: { XDG_CONFIG_HOME: '/xdg' }, home: '/home/o' })).toBe('/xdg/Custodian/browser-profile');
    expect(browserProfileDir({ platform: 'darwin', env: {}, home: '/Users/o' })).toBe('/Users/o/Library/Application Support/Custodian/browser-profile');
    expect(browserProfileDir({ platform: 'win32', env: { APPDATA: 'C:\\Users\\o\\AppData\\Roaming' }, home: 'C:\\Users\\o' })).toBe(
      'C:\\Users\\o\\AppData\\Roaming\\Custodian\\browser-profile',
    );
  });
});

describe('browserArgs', () => {
  it('opens an app window on its own profile without background networking', () => {
    const args = browserArgs({ url: 'http://127.0.0.1:4173', profileDir: '/p', platform: 'linux', isRoot: false });
    expect(args).toEqual(expect.arrayContaining(['--app=http://127.0.0.1:4173', '--user-data-dir=/p', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-default-browser-check']));
    expect(args).not.toContain('--no-sandbox');
  });

  it('adds --no-sandbox only for root on Linux', () => {
    expect(browserArgs({ url: 'u', profileDir: '/p', platform: 'linux', isRoot: true })).toContain('--no-sandbox');
    expect(browserArgs({ url: 'u', profileDir: '/p', platform: 'darwin', isRoot: true })).not.toContain('--no-sandbox');
  });
});

describe('browser mode keeps what the officer types out of the profile (issue #13, item 9)', () => {
  it('starts Chromium without autofill server communication', () => {
    expect(browserArgs({ url: 'u', profileDir: '/p', platform: 'linux', isRoot: false })).toContain('--disable-features=AutofillServerCommunication');
  });

  it('turns off address and card autofill, form history and password saving in a new profile', () => {
    expect(JSON.parse(withPrivatePreferences(''))).toEqual({ autofill: { profile_enabled: false, credit_card_enabled: false }, credentials_enable_service: false });
  });

  it('keeps the profile’s other preferences, and overrides an officer’s earlier "on"', () => {
    const existing = JSON.stringify({ autofill: { profile_enabled: true, last_version_deduped: 156 }, browser: { window_placement: { top: 10 } }, credentials_enable_service: true });
    expect(JSON.parse(withPrivatePreferences(existing))).toEqual({
      autofill: { profile_enabled: false, credit_card_enabled: false, last_version_deduped: 156 },
      browser: { window_placement: { top: 10 } },
      credentials_enable_service: false,
    });
  });

  it('replaces an unreadable Preferences file rather than failing to start', () => {
    expect(JSON.parse(withPrivatePreferences('{not json'))).toEqual(PRIVATE_PREFERENCES);
    expect(JSON.parse(withPrivatePreferences('[1,2]'))).toEqual(PRIVATE_PREFERENCES);
  });

  it('writes Default/Preferences inside the profile, private to the user', () => {
    const written: Record<string, { text: string; mode: number }> = {};
    const file = preparePrivateProfile('/profile', {
      existsSync: () => false,
      mkdirSync: () => undefined,
      readFileSync: () => '',
      writeFileSync: (p, text, options) => void (written[p] = { text, mode: options.mode }),
    });
    expect(file).toBe(path.join('/profile', 'Default', 'Preferences'));
    expect(written[file]!.mode).toBe(0o600);
    expect(JSON.parse(written[file]!.text)).toEqual(PRIVATE_PREFERENCES);
  });
});
