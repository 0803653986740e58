// The whole surface the renderer gets: a short list of named functions, checked against the bridge contract.
// Never ipcRenderer itself (it would let a compromised page call any channel). Channel names are
// repeated from ipc/channels.ts because a sandboxed preload can require only 'electron'.
// A sandboxed preload must be CommonJS, and a .cts under verbatimModuleSyntax cannot use `import … from`.
// eslint-disable-next-line @typescript-eslint/no-require-imports
import electron = require('electron');
import type { CustodianBridge, MenuCommand, OsSignal } from '../renderer/src/host/bridge.js';

const { contextBridge, ipcRenderer } = electron;

const OS_SIGNALS: readonly OsSignal[] = ['screen-locked', 'suspend', 'lock-requested'];

function isOsSignal(value: unknown): value is OsSignal {
  return OS_SIGNALS.includes(value as OsSignal);
}

const MENU_COMMANDS: readonly MenuCommand[] = ['backup'];

function isMenuCommand(value: unknown): value is MenuCommand {
  return MENU_COMMANDS.includes(value as MenuCommand);
}

const api = {
  saveFile: (request) => ipcRenderer.invoke('custodian:save-file', request),
  beginSave: (request) => ipcRenderer.invoke('custodian:begin-save', request),
  writeChunk: (request) => ipcRenderer.invoke('custodian:write-chunk', request),
  finishSave: (request) => ipcRenderer.invoke('custodian:finish-save', request),
  abortSave: (request) => ipcRenderer.invoke('custodian:abort-save', request),
  openFile: (request) => ipcRenderer.invoke('custodian:open-file', request),
  readChunk: (request) => ipcRenderer.invoke('custodian:read-chunk', request),
  closeFile: (request) => ipcRenderer.invoke('custodian:close-file', request),
  previewPdf: (request) => ipcRenderer.invoke('custodian:preview-pdf', request),
  printPdf: (request) => ipcRenderer.invoke('custodian:print-pdf', request),
  closeDocuments: () => ipcRenderer.invoke('custodian:close-documents'),
  onOsSignal: (listener) => {
    const forward = (_event: electron.IpcRendererEvent, signal: unknown): void => {
      if (isOsSignal(signal)) listener(signal);
    };
    ipcRenderer.on('custodian:os-signal', forward);
    return () => {
      ipcRenderer.removeListener('custodian:os-signal', forward);
    };
  },
  onMenuCommand: (listener) => {
    const forward = (_event: electron.IpcRendererEvent, command: unknown): void => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on('custodian:menu-command', forward);
    return () => {
      ipcRenderer.removeListener('custodian:menu-command', forward);
    };
  },
} satisfies CustodianBridge;

contextBridge.exposeInMainWorld('custodian', api);
