// App lifecycle: one instance, one window, every session and contents hardened before any page
// loads. Each concern lives in its own module; this file only wires them in order.
import path from 'node:path';
import { app, session, type BrowserWindow, type WebContents } from 'electron';
import { forwardOsSignals } from './ipc/osSignals.js';
import { sweepTempPdfs } from './ipc/pdf.js';
import { registerIpcHandlers } from './ipc/register.js';
import { abortAllTransfers } from './ipc/streamedFiles.js';
import { installMenu } from './menu.js';
import { preloadPath, rendererRoot } from './paths.js';
import { installAppProtocol, registerAppScheme } from './protocol.js';
import { hardenSession, hardenWebContents } from './security.js';
import { createMainWindow } from './window.js';

let mainWindow: BrowserWindow | null = null;

const mainContents = (): WebContents | null =>
  mainWindow !== null && !mainWindow.isDestroyed() ? mainWindow.webContents : null;

function openMainWindow(): void {
  mainWindow = createMainWindow(preloadPath());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function focusMainWindow(): void {
  if (mainWindow === null) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

// Tests (test/e2e-electron) run against a throwaway profile. Set before the lock, which is per
// userData folder; only an absolute path is honoured.
const userDataOverride = process.env.CUSTODIAN_USER_DATA_DIR;
if (userDataOverride && path.isAbsolute(userDataOverride)) app.setPath('userData', userDataOverride);

// Two instances would share one IndexedDB and could both write the vault.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('second-instance', focusMainWindow);
  // Closing the window ends the session on every platform: the vault must not stay unlocked in a dock.
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    void sweepTempPdfs();
    void abortAllTransfers();
  });

  void app.whenReady().then(async () => {
    hardenSession(session.defaultSession);
    installAppProtocol(rendererRoot());
    registerIpcHandlers(() => mainWindow);
    forwardOsSignals(mainContents);
    installMenu(mainContents);
    await sweepTempPdfs();
    openMainWindow();
  });
}
