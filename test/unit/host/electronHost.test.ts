import { describe, expect, it, vi } from 'vitest';
import type { CustodianBridge, OsSignal } from '../../../renderer/src/host/bridge';
import { createElectronHost } from '../../../renderer/src/host/electronHost';
import { HostError } from '../../../renderer/src/host/host';

function fakeBridge(overrides: Partial<CustodianBridge> = {}): CustodianBridge {
  return {
    saveFile: vi.fn(async () => ({ ok: true as const, value: { saved: true as const, fileName: 'letter.pdf' } })),
    beginSave: vi.fn(async () => ({ ok: true as const, value: { started: false as const } })),
    writeChunk: vi.fn(async () => ({ ok: true as const, value: undefined })),
    finishSave: vi.fn(async () => ({ ok: true as const, value: { saved: false as const } })),
    abortSave: vi.fn(async () => ({ ok: true as const, value: undefined })),
    openFile: vi.fn(async () => ({ ok: true as const, value: null })),
    readChunk: vi.fn(async () => ({ ok: true as const, value: new Uint8Array() })),
    closeFile: vi.fn(async () => ({ ok: true as const, value: undefined })),
    previewPdf: vi.fn(async () => ({ ok: true as const, value: undefined })),
    printPdf: vi.fn(async () => ({ ok: true as const, value: undefined })),
    closeDocuments: vi.fn(async () => ({ ok: true as const, value: undefined })),
    onOsSignal: vi.fn(() => () => undefined),
    onMenuCommand: vi.fn(() => () => undefined),
    ...overrides,
  };
}

const pdf = { title: 'Letter', bytes: new Uint8Array([1]) };

describe('electronHost', () => {
  it('unwraps successful results', async () => {
    const bridge = fakeBridge();
    const host = createElectronHost(bridge);
    const request = { suggestedName: 'letter.pdf', filters: [], bytes: new Uint8Array([1]) };
    expect(await host.saveFile(request)).toEqual({ saved: true, fileName: 'letter.pdf' });
    expect(bridge.saveFile).toHaveBeenCalledWith(request);
    expect(await host.openFile([{ name: 'Backup', extensions: ['custodian'] }])).toBeNull();
    expect(bridge.openFile).toHaveBeenCalledWith({ filters: [{ name: 'Backup', extensions: ['custodian'] }] });
    await expect(host.previewPdf(pdf)).resolves.toBeUndefined();
    await expect(host.printPdf(pdf)).resolves.toBeUndefined();
    await expect(host.closeDocuments()).resolves.toBeUndefined();
    expect(bridge.closeDocuments).toHaveBeenCalled();
  });

  it('throws HostError with the code and message of a failure', async () => {
    const failure = { ok: false as const, error: { code: 'write-failed', message: 'The file could not be saved.' } };
    const host = createElectronHost(
      fakeBridge({ saveFile: vi.fn(async () => failure), printPdf: vi.fn(async () => failure) }),
    );
    const error = await host.saveFile({ suggestedName: 'x.pdf', filters: [], bytes: new Uint8Array() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({ code: 'write-failed', message: 'The file could not be saved.' });
    await expect(host.printPdf(pdf)).rejects.toMatchObject({ code: 'write-failed' });
  });

  it('passes OS signals through and returns the bridge unsubscribe', () => {
    const unsubscribe = vi.fn();
    let emit: (signal: OsSignal) => void = () => undefined;
    const host = createElectronHost(
      fakeBridge({
        onOsSignal: (listener) => {
          emit = listener;
          return unsubscribe;
        },
      }),
    );
    const received: OsSignal[] = [];
    const stop = host.onOsSignal((signal) => received.push(signal));
    emit('screen-locked');
    stop();
    expect(received).toEqual(['screen-locked']);
    expect(unsubscribe).toHaveBeenCalled();
  });
});
