// The Host on Electron: each call crosses the preload bridge and comes back as an IpcResult, which
// is unwrapped here so the rest of the renderer sees values or a HostError, never IPC shapes.
// Files larger than one chunk cross in chunks (bridge.ts, FILE_CHUNK_BYTES): a backup with its
// attachments can pass what one IPC message may carry.
import { FILE_CHUNK_BYTES, type CustodianBridge, type IpcResult } from './bridge';
import { HostError, type Host, type OpenedFile, type SaveFileOutcome, type SaveFileRequest } from './host';

function unwrap<T>(result: IpcResult<T>): T {
  if (result.ok) return result.value;
  throw new HostError(result.error.code, result.error.message);
}

async function saveInChunks(bridge: CustodianBridge, { suggestedName, filters, bytes }: SaveFileRequest): Promise<SaveFileOutcome> {
  const begun = unwrap(await bridge.beginSave({ suggestedName, filters, size: bytes.byteLength }));
  if (!begun.started) return { saved: false };
  const { token } = begun;
  try {
    for (let offset = 0; offset < bytes.byteLength; offset += FILE_CHUNK_BYTES) {
      // slice, not subarray: IPC would serialise a view's whole underlying buffer with every chunk.
      unwrap(await bridge.writeChunk({ token, bytes: bytes.slice(offset, offset + FILE_CHUNK_BYTES) }));
    }
  } catch (error) {
    await bridge.abortSave({ token }).catch(() => undefined);
    throw error;
  }
  return unwrap(await bridge.finishSave({ token }));
}

function readFailed(): HostError {
  return new HostError('read-failed', 'The file could not be read. Check that it still exists and that you may open it, then try again.');
}

async function openInChunks(bridge: CustodianBridge, filters: Parameters<Host['openFile']>[0]): Promise<OpenedFile | null> {
  const opened = unwrap(await bridge.openFile({ filters }));
  if (opened === null) return null;
  const { token, size } = opened;
  try {
    const bytes = new Uint8Array(size);
    for (let offset = 0; offset < size; ) {
      const chunk = unwrap(await bridge.readChunk({ token, offset }));
      if (chunk.byteLength === 0 || chunk.byteLength > size - offset) throw readFailed();
      bytes.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return { name: opened.name, bytes };
  } finally {
    await bridge.closeFile({ token }).catch(() => undefined);
  }
}

export function createElectronHost(bridge: CustodianBridge): Host {
  return {
    saveFile: async (request) =>
      request.bytes.byteLength > FILE_CHUNK_BYTES
        ? saveInChunks(bridge, request)
        : unwrap(await bridge.saveFile({ suggestedName: request.suggestedName, filters: request.filters, bytes: request.bytes, ...(request.offDevice ? { offDevice: true } : {}) })),
    openFile: (filters) => openInChunks(bridge, filters),
    previewPdf: async (request) => unwrap(await bridge.previewPdf(request)),
    printPdf: async (request) => unwrap(await bridge.printPdf(request)),
    closeDocuments: async () => unwrap(await bridge.closeDocuments()),
    onOsSignal: (listener) => bridge.onOsSignal(listener),
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
  };
}
