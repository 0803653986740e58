// The Host on Electron: each call crosses the preload bridge and comes back as an IpcResult, which
// is unwrapped here so the rest of the renderer sees values or a HostError, never IPC shapes.
import type { CustodianBridge, IpcResult } from './bridge';
import { HostError, type Host } from './host';

function unwrap<T>(result: IpcResult<T>): T {
  if (result.ok) return result.value;
  throw new HostError(result.error.code, result.error.message);
}

export function createElectronHost(bridge: CustodianBridge): Host {
  return {
    saveFile: async (request) => unwrap(await bridge.saveFile(request)),
    openFile: async (filters) => unwrap(await bridge.openFile({ filters })),
    previewPdf: async (request) => unwrap(await bridge.previewPdf(request)),
    printPdf: async (request) => unwrap(await bridge.printPdf(request)),
    onOsSignal: (listener) => bridge.onOsSignal(listener),
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
  };
}
