import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => {
  const created: { options: Record<string, unknown>; loadURL: ReturnType<typeof vi.fn> }[] = [];
  class FakeBrowserWindow {
    loadURL = vi.fn(async () => undefined);
    once = vi.fn();
    constructor(readonly options: Record<string, unknown>) {
      created.push(this);
    }
  }
  const powerListeners = new Map<string, () => void>();
  return {
    created,
    powerListeners,
    module: {
      app: { isPackaged: true },
      BrowserWindow: FakeBrowserWindow,
      Menu: { buildFromTemplate: vi.fn(), setApplicationMenu: vi.fn() },
      powerMonitor: {
        on: (name: string, listener: () => void) => powerListeners.set(name, listener),
        off: (name: string) => powerListeners.delete(name),
      },
    },
  };
});
vi.mock('electron', () => electron.module);

import type { MenuItemConstructorOptions, WebContents } from 'electron';
import { forwardOsSignals } from '../../../electron/ipc/osSignals';
import { buildMenuTemplate } from '../../../electron/menu';
import { createMainWindow } from '../../../electron/window';

function fakeContents() {
  return { send: vi.fn(), isDestroyed: () => false } as unknown as WebContents & { send: ReturnType<typeof vi.fn> };
}

describe('createMainWindow', () => {
  it('opens app://custodian with a sandboxed, isolated renderer and the preload', () => {
    createMainWindow('/app/dist/app/electron/preload.cjs');
    const window = electron.created.at(-1);
    expect(window?.options.webPreferences).toMatchObject({
      preload: '/app/dist/app/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      spellcheck: false,
      devTools: false,
    });
    expect(window?.loadURL).toHaveBeenCalledWith('app://custodian/index.html');
  });
});

describe('OS signals', () => {
  it('sends screen-locked and suspend to the window, and stops after unsubscribe', () => {
    const contents = fakeContents();
    const stop = forwardOsSignals(() => contents);
    electron.powerListeners.get('lock-screen')?.();
    electron.powerListeners.get('suspend')?.();
    expect(contents.send.mock.calls).toEqual([
      ['custodian:os-signal', 'screen-locked'],
      ['custodian:os-signal', 'suspend'],
    ]);
    stop();
    expect(electron.powerListeners.size).toBe(0);
  });

  it('sends nothing when the window is gone', () => {
    const stop = forwardOsSignals(() => null);
    expect(() => electron.powerListeners.get('lock-screen')?.()).not.toThrow();
    stop();
  });
});

describe('application menu', () => {
  const flatten = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
    items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);

  it('has Lock on CmdOrCtrl+L that asks the renderer to lock', () => {
    const contents = fakeContents();
    const lock = flatten(buildMenuTemplate(() => contents, 'linux')).find((item) => item.id === 'lock');
    expect(lock?.accelerator).toBe('CmdOrCtrl+L');
    (lock?.click as () => void)();
    expect(contents.send).toHaveBeenCalledWith('custodian:os-signal', 'lock-requested');
  });

  it('has File → Back up… that asks the renderer to open the Backup area', () => {
    const contents = fakeContents();
    const file = buildMenuTemplate(() => contents, 'win32').find((item) => item.label === 'File');
    const backup = flatten(file?.submenu as MenuItemConstructorOptions[]).find((item) => item.id === 'backup');
    expect(backup?.label).toBe('Back up…');
    (backup?.click as () => void)();
    expect(contents.send).toHaveBeenCalledWith('custodian:menu-command', 'backup');
  });

  it.each(['linux', 'darwin', 'win32'] as const)('has no help menu or web links on %s', (platform) => {
    const items = flatten(buildMenuTemplate(() => null, platform));
    expect(items.some((item) => item.role === 'help' || item.label === 'Help')).toBe(false);
    expect(items.some((item) => item.role === 'toggleDevTools')).toBe(false);
  });
});
