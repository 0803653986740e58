// IPC channel names. preload.cts repeats them literally (a sandboxed preload cannot require local
// modules); test/unit/electron/preload.test.ts holds the two lists equal.
export const IPC_CHANNELS = {
  saveFile: 'custodian:save-file',
  openFile: 'custodian:open-file',
  previewPdf: 'custodian:preview-pdf',
  printPdf: 'custodian:print-pdf',
  osSignal: 'custodian:os-signal',
  menuCommand: 'custodian:menu-command',
} as const;
