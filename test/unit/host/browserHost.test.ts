// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  closeBrowserDocuments,
  createBrowserHost,
  openFileWithInput,
  previewPdfInTab,
  PRINT_LOAD_TIMEOUT_MS,
  printPdfInFrame,
  saveFileWithDownload,
} from '../../../renderer/src/host/browserHost';
import { createHost } from '../../../renderer/src/host/index';
import { HostError } from '../../../renderer/src/host/host';
import { errorMessage } from '../../../renderer/src/ui/errorMessage';
import { createI18n } from '../../../renderer/src/i18n';
import type { CustodianBridge } from '../../../renderer/src/host/bridge';

const pdf = { title: 'Access request letter', bytes: new TextEncoder().encode('%PDF-1.7') };

beforeEach(() => {
  vi.useFakeTimers();
  URL.createObjectURL = vi.fn(() => 'blob:http://localhost/1234');
  URL.revokeObjectURL = vi.fn();
});
afterEach(() => {
  vi.useRealTimers();
  closeBrowserDocuments();
  document.body.innerHTML = '';
});

describe('saveFileWithDownload', () => {
  it('downloads through a temporary link and reports the suggested name', () => {
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const outcome = saveFileWithDownload({ suggestedName: 'export.csv', filters: [], bytes: new Uint8Array([1, 2]) });
    expect(outcome).toEqual({ saved: true, fileName: 'export.csv' });
    expect(clicked[0]?.download).toBe('export.csv');
    expect(clicked[0]?.href).toBe('blob:http://localhost/1234');
    expect(document.querySelector('a')).toBeNull();
    vi.runAllTimers();
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:http://localhost/1234');
  });
});

describe('openFileWithInput', () => {
  function pendingInput(): HTMLInputElement {
    const input = document.querySelector('input[type=file]');
    if (!(input instanceof HTMLInputElement)) throw new Error('no file input');
    return input;
  }

  it('resolves null when the picker is cancelled, and removes the input', async () => {
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(() => undefined);
    const result = openFileWithInput([{ name: 'Backup', extensions: ['custodian', 'zip'] }]);
    const input = pendingInput();
    expect(input.accept).toBe('.custodian,.zip');
    input.dispatchEvent(new Event('cancel'));
    await expect(result).resolves.toBeNull();
    expect(document.querySelector('input')).toBeNull();
  });

  it('resolves the chosen file as bytes', async () => {
    vi.useRealTimers();
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(() => undefined);
    const result = openFileWithInput([]);
    const input = pendingInput();
    const file = new File([new Uint8Array([7, 8, 9])], 'backup.custodian');
    Object.defineProperty(input, 'files', { value: [file] });
    input.dispatchEvent(new Event('change'));
    const opened = await result;
    expect(opened?.name).toBe('backup.custodian');
    expect([...(opened?.bytes ?? [])]).toEqual([7, 8, 9]);
  });
});

describe('PDF preview and print', () => {
  it('opens the preview in a new tab without an opener', () => {
    const open = vi.fn();
    previewPdfInTab(pdf, { open } as unknown as Window);
    expect(open).toHaveBeenCalledWith('blob:http://localhost/1234', '_blank', 'noopener');
    expect(vi.mocked(URL.createObjectURL).mock.calls[0]?.[0]).toMatchObject({ type: 'application/pdf' });
  });

  it('prints from a hidden iframe once the PDF has loaded, and keeps it while the print dialog may be open', async () => {
    const printing = printPdfInFrame(pdf);
    const frame = document.querySelector('iframe');
    if (!frame?.contentWindow) throw new Error('no frame');
    const print = vi.spyOn(frame.contentWindow, 'print').mockImplementation(() => undefined);
    vi.spyOn(frame.contentWindow, 'focus').mockImplementation(() => undefined);
    expect(print).not.toHaveBeenCalled();
    frame.dispatchEvent(new Event('load'));
    await printing;
    expect(print).toHaveBeenCalledTimes(1);
    expect(frame.getAttribute('src')).toBe('blob:http://localhost/1234');
    // Chromium's print preview reads the frame while its dialog is open: no timer may remove it.
    vi.advanceTimersByTime(60 * 60_000);
    expect(document.querySelector('iframe')).toBe(frame);
    expect(URL.revokeObjectURL).not.toHaveBeenCalled();
  });

  it('removes the last print frame when the next print starts, and every one on lock', async () => {
    const first = printPdfInFrame(pdf);
    const frame = document.querySelector('iframe');
    if (!frame?.contentWindow) throw new Error('no frame');
    vi.spyOn(frame.contentWindow, 'print').mockImplementation(() => undefined);
    frame.dispatchEvent(new Event('load'));
    await first;
    void printPdfInFrame(pdf);
    expect(document.querySelectorAll('iframe')).toHaveLength(1);
    expect(frame.isConnected).toBe(false);
    expect(URL.revokeObjectURL).toHaveBeenCalledTimes(1);
    closeBrowserDocuments();
    expect(document.querySelector('iframe')).toBeNull();
  });

  it('ends in a clear error, offering Save, when the browser never loads the PDF (no hanging "Printing…")', async () => {
    const printing = printPdfInFrame(pdf);
    const outcome = expect(printing).rejects.toMatchObject({ code: 'print-failed', message: expect.stringMatching(/Save the PDF/) });
    vi.advanceTimersByTime(PRINT_LOAD_TIMEOUT_MS);
    await outcome;
    expect(document.querySelector('iframe')).toBeNull();
  });

  it('ends in a clear error when the print dialog cannot be opened, and leaves no frame behind', async () => {
    const printing = printPdfInFrame(pdf);
    const frame = document.querySelector('iframe');
    if (!frame?.contentWindow) throw new Error('no frame');
    vi.spyOn(frame.contentWindow, 'print').mockImplementation(() => {
      throw new Error('print is blocked');
    });
    frame.dispatchEvent(new Event('load'));
    await expect(printing).rejects.toMatchObject({ code: 'print-failed' });
    expect(document.querySelector('iframe')).toBeNull();
  });

  it('tells the officer in their language that printing failed and to save instead', () => {
    const failure = new HostError('print-failed', 'This browser could not open its print dialog for the document.');
    expect(errorMessage(createI18n('en').t, failure)).toBe('This browser could not open its print dialog for the document. Save the PDF and print it from your PDF reader.');
    expect(errorMessage(createI18n('fr').t, failure)).toMatch(/^Ce navigateur n’a pas pu ouvrir sa fenêtre d’impression.*Enregistrez le PDF/);
  });

  it('has no OS signals: subscribing returns a working no-op', () => {
    const listener = vi.fn();
    const stop = createBrowserHost().onOsSignal(listener);
    expect(() => stop()).not.toThrow();
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('createHost', () => {
  it('uses the bridge when the preload exposed one, the browser otherwise', async () => {
    const bridge = {
      previewPdf: vi.fn(async () => ({ ok: true as const, value: undefined })),
    } as unknown as CustodianBridge;
    const electronHost = createHost({ custodian: bridge } as unknown as Window);
    await electronHost.previewPdf(pdf);
    expect(bridge.previewPdf).toHaveBeenCalledWith(pdf);

    const browserHost = createHost({} as Window);
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    await browserHost.previewPdf(pdf);
    expect(open).toHaveBeenCalledWith('blob:http://localhost/1234', '_blank', 'noopener');
  });
});
