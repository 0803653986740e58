// Where the built app lives, relative to app.getAppPath() (the folder or asar holding package.json),
// so the same code runs from the repo (`electron .`) and from a packaged asar.
import path from 'node:path';
import { app } from 'electron';

export function rendererRoot(): string {
  return path.join(app.getAppPath(), 'dist', 'renderer');
}

export function preloadPath(): string {
  return path.join(app.getAppPath(), 'dist', 'app', 'electron', 'preload.cjs');
}
