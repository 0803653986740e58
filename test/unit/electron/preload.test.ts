// Runs the real preload source the way Electron's sandbox does: compiled to CommonJS, with a
// `require` that knows only 'electron'. That proves it needs no local module and exposes exactly
// the bridge's functions.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../../electron/ipc/channels';

function loadPreload() {
  const source = readFileSync(path.resolve(__dirname, '../../../electron/preload.cts'), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  });
  const exposed = new Map<string, Record<string, unknown>>();
  const listeners = new Map<string, (...args: unknown[]) => void>();
  const ipcRenderer = {
    invoke: vi.fn(async () => ({ ok: true, value: null })),
    on: vi.fn((channel: string, listener: (...args: unknown[]) => void) => listeners.set(channel, listener)),
    removeListener: vi.fn((channel: string) => listeners.delete(channel)),
    send: vi.fn(),
  };
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: Record<string, unknown>) => exposed.set(key, api) },
    ipcRenderer,
  };
  const sandboxRequire = (id: string): unknown => {
    if (id === 'electron') return electron;
    throw new Error(`a sandboxed preload cannot require ${id}`);
  };
  const module = { exports: {} };
  new Function('require', 'module', 'exports', outputText)(sandboxRequire, module, module.exports);
  return { exposed, ipcRenderer, listeners };
}

describe('preload', () => {
  it('exposes exactly the bridge functions as window.custodian, and never ipcRenderer', () => {
    const { exposed, ipcRenderer } = loadPreload();
    expect([...exposed.keys()]).toEqual(['custodian']);
    const api = exposed.get('custodian') ?? {};
    expect(Object.keys(api).sort()).toEqual([
      'abortSave',
      'beginSave',
      'closeDocuments',
      'closeFile',
      'finishSave',
      'onMenuCommand',
      'onOsSignal',
      'openFile',
      'previewPdf',
      'printPdf',
      'readChunk',
      'saveFile',
      'writeChunk',
    ]);
    for (const value of Object.values(api)) {
      expect(typeof value).toBe('function');
      expect(value).not.toBe(ipcRenderer);
      expect(value).not.toBe(ipcRenderer.invoke);
    }
  });

  it('invokes the channels the main process handles', async () => {
    const { exposed, ipcRenderer } = loadPreload();
    const api = exposed.get('custodian') as Record<string, (request: unknown) => Promise<unknown>>;
    const request = { filters: [] };
    for (const name of ['saveFile', 'beginSave', 'writeChunk', 'finishSave', 'abortSave', 'openFile', 'readChunk', 'closeFile', 'previewPdf', 'printPdf'] as const) {
      await api[name]?.(request);
      expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS[name], request);
    }
    await api.closeDocuments?.(undefined);
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.closeDocuments);
  });

  it('forwards known OS signals only, and unsubscribes', () => {
    const { exposed, ipcRenderer, listeners } = loadPreload();
    const api = exposed.get('custodian') as { onOsSignal: (listener: (signal: string) => void) => () => void };
    const received: string[] = [];
    const unsubscribe = api.onOsSignal((signal) => received.push(signal));
    const forward = listeners.get(IPC_CHANNELS.osSignal);
    forward?.({}, 'screen-locked');
    forward?.({}, 'suspend');
    forward?.({}, 'lock-requested');
    forward?.({}, 'format-disk');
    expect(received).toEqual(['screen-locked', 'suspend', 'lock-requested']);
    unsubscribe();
    expect(ipcRenderer.removeListener).toHaveBeenCalledWith(IPC_CHANNELS.osSignal, forward);
  });

  it('forwards known menu commands only, and unsubscribes', () => {
    const { exposed, ipcRenderer, listeners } = loadPreload();
    const api = exposed.get('custodian') as { onMenuCommand: (listener: (command: string) => void) => () => void };
    const received: string[] = [];
    const unsubscribe = api.onMenuCommand((command) => received.push(command));
    const forward = listeners.get(IPC_CHANNELS.menuCommand);
    forward?.({}, 'backup');
    forward?.({}, 'navigate:https://example.com');
    expect(received).toEqual(['backup']);
    unsubscribe();
    expect(ipcRenderer.removeListener).toHaveBeenCalledWith(IPC_CHANNELS.menuCommand, forward);
  });
});
