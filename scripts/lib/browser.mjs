// Finding and launching a Chromium-family browser as an app window for browser mode. Every
// function takes its environment as arguments so tests can describe any platform.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const LINUX_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

function candidatePaths({ platform, env, home }) {
  if (platform === 'darwin') {
    const apps = ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Chromium.app/Contents/MacOS/Chromium', 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge'];
    return ['/Applications', path.posix.join(home, 'Applications')].flatMap((dir) => apps.map((app) => path.posix.join(dir, app)));
  }
  if (platform === 'win32') {
    const roots = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)']].filter(Boolean);
    const apps = ['Google\\Chrome\\Application\\chrome.exe', 'Chromium\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe'];
    // Edge last: it is on every Windows machine and opens --app windows the same way.
    return apps.flatMap((app) => roots.map((root) => path.win32.join(root, app)));
  }
  const dirs = (env.PATH ?? '').split(path.delimiter).filter(Boolean);
  return LINUX_NAMES.flatMap((name) => dirs.map((dir) => path.posix.join(dir, name)));
}

/** The first installed Chromium/Chrome (Edge on Windows/macOS as a last resort), or null. */
export function findBrowser({ platform = process.platform, env = process.env, home = os.homedir(), exists = existsSync } = {}) {
  return candidatePaths({ platform, env, home }).find((candidate) => exists(candidate)) ?? null;
}

/** A profile of our own, so browser mode never touches (or syncs) the officer's everyday browser. */
export function browserProfileDir({ platform = process.platform, env = process.env, home = os.homedir() } = {}) {
  if (platform === 'win32') return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), 'Custodian', 'browser-profile');
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', 'Custodian', 'browser-profile');
  return path.posix.join(env.XDG_CONFIG_HOME || path.posix.join(home, '.config'), 'Custodian', 'browser-profile');
}

/**
 * Flags for an app window that does not phone home. --no-sandbox only for root on Linux, where
 * Chromium refuses to start otherwise; never by default.
 */
export function browserArgs({ url, profileDir, platform = process.platform, isRoot = process.getuid?.() === 0 }) {
  const args = [
    `--app=${url}`,
    `--user-data-dir=${profileDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    // No form signatures sent to Google's autofill servers (a feature Chromium 156 still has).
    '--disable-features=AutofillServerCommunication',
  ];
  if (platform === 'linux' && isRoot) args.push('--no-sandbox');
  return args;
}

/**
 * Preferences that keep what the officer types out of the browser profile. Chromium has no switch
 * that turns autofill off, so browser mode sets the preferences behind its settings pages (the same
 * ones the AutofillAddressEnabled, AutofillCreditCardEnabled and PasswordManagerEnabled policies
 * set): no address or card profiles, no form history (Chromium ties it to the address preference;
 * measured in Chromium 156), and no offer to save the vault passphrase.
 */
export const PRIVATE_PREFERENCES = Object.freeze({
  autofill: { profile_enabled: false, credit_card_enabled: false },
  credentials_enable_service: false,
});

function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function merge(base, overrides) {
  const out = { ...base };
  for (const [key, value] of Object.entries(overrides)) out[key] = isObject(value) && isObject(base[key]) ? merge(base[key], value) : isObject(value) ? merge({}, value) : value;
  return out;
}

/** The profile's Preferences text with PRIVATE_PREFERENCES set, everything else kept; unreadable text is replaced. */
export function withPrivatePreferences(text) {
  let existing = {};
  try {
    const parsed = text ? JSON.parse(text) : {};
    if (isObject(parsed)) existing = parsed;
  } catch {
    // Chromium would reset an unreadable file itself; start from ours.
  }
  return JSON.stringify(merge(existing, PRIVATE_PREFERENCES));
}

/** Writes PRIVATE_PREFERENCES into <profileDir>/Default/Preferences. Call while the browser is not running on it. */
export function preparePrivateProfile(profileDir, fs = { existsSync, mkdirSync, readFileSync, writeFileSync }) {
  const dir = path.join(profileDir, 'Default');
  const file = path.join(dir, 'Preferences');
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  fs.writeFileSync(file, withPrivatePreferences(text), { mode: 0o600 });
  return file;
}
