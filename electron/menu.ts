// A minimal menu: the standard edit and window roles (copy/paste shortcuts need them on macOS),
// "Back up…" (opens the Backup area; the page itself refuses while locked) and "Lock" on Ctrl/Cmd+L. No Help links: Custodian never opens a web page.
import { app, Menu, type MenuItemConstructorOptions, type WebContents } from 'electron';
import { IPC_CHANNELS } from './ipc/channels.js';
import { sendOsSignal } from './ipc/osSignals.js';

export function buildMenuTemplate(target: () => WebContents | null, platform = process.platform): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const lock: MenuItemConstructorOptions = {
    id: 'lock',
    label: 'Lock',
    accelerator: 'CmdOrCtrl+L',
    click: () => sendOsSignal(target(), 'lock-requested'),
  };
  const backup: MenuItemConstructorOptions = {
    id: 'backup',
    label: 'Back up…',
    click: () => {
      const contents = target();
      if (contents !== null && !contents.isDestroyed()) contents.send(IPC_CHANNELS.menuCommand, 'backup');
    },
  };
  const template: MenuItemConstructorOptions[] = [];
  if (isMac) template.push({ role: 'appMenu' });
  template.push({ label: 'File', submenu: [backup, lock, { type: 'separator' }, isMac ? { role: 'close' } : { role: 'quit' }] });
  template.push({ role: 'editMenu' });
  template.push({
    label: 'View',
    submenu: [
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' } as const]),
    ],
  });
  template.push({ role: 'windowMenu' });
  return template;
}

export function installMenu(target: () => WebContents | null): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(target)));
}
