// IPC channel names. preload.cts repeats them literally (a sandboxed preload cannot require local
// modules); test/unit/electron/preload.test.ts holds the two lists equal.
export const IPC_CHANNELS = {
  saveFile: 'custodian:save-file',
  beginSave: 'custodian:begin-save',
  writeChunk: 'custodian:write-chunk',
  finishSave: 'custodian:finish-save',
  abortSave: 'custodian:abort-save',
  openFile: 'custodian:open-file',
  readChunk: 'custodian:read-chunk',
  closeFile: 'custodian:close-file',
  previewPdf: 'custodian:preview-pdf',
  printPdf: 'custodian:print-pdf',
  closeDocuments: 'custodian:close-documents',
  osSignal: 'custodian:os-signal',
  menuCommand: 'custodian:menu-command',
} as const;
