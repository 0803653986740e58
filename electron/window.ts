// The one application window. The renderer holds decrypted records, so it gets no Node, no
// privileged APIs and a sandboxed process; all it can reach is the preload's five functions.
import { app, BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './security.js';

export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    title: 'Custodian',
    show: false,
    backgroundColor: '#ffffff',
    // Written out in full (not spread from a helper) so reviewers and electronegativity see each flag.
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      disableBlinkFeatures: 'Auxclick',
      devTools: !app.isPackaged,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
