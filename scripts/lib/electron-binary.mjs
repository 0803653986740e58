// Where the Electron binary is, by the same rule as require('electron'): node_modules/electron/
// path.txt names the executable inside node_modules/electron/dist. Not require('electron') itself,
// which throws when the binary was never downloaded.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export function electronPackageDir(root) {
  return path.join(root, 'node_modules', 'electron');
}

/** The executable path, or null if Electron's binary is not installed. */
export function findElectronBinary(root, env = process.env) {
  const dir = electronPackageDir(root);
  const pathFile = path.join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  if (relative === '') return null;
  const binary = env.ELECTRON_OVERRIDE_DIST_PATH
    ? path.join(env.ELECTRON_OVERRIDE_DIST_PATH, relative)
    : path.join(dir, 'dist', relative);
  return existsSync(binary) ? binary : null;
}

/** Runs electron's own download script; false if it fails or takes longer than the timeout. */
export function installElectronBinary(root, timeoutMs = 60_000) {
  const script = path.join(electronPackageDir(root), 'install.js');
  if (!existsSync(script)) return false;
  const result = spawnSync(process.execPath, [script], { cwd: root, stdio: 'ignore', timeout: timeoutMs });
  return result.status === 0;
}
