// Finding and launching a Chromium-family browser as an app window for browser mode. Every
// function takes its environment as arguments so tests can describe any platform.
import { existsSync } from 'node:fs';
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
  ];
  if (platform === 'linux' && isRoot) args.push('--no-sandbox');
  return args;
}
