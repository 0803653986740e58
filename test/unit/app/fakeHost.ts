// The host (Electron's file dialogs, PDF preview and printing, OS signals, the menu) is the one part
// of the app the unit tests cannot run: every call is a spy, and a test drives OS signals and menu
// commands by hand.
import { vi } from 'vitest';
import type { Host, MenuCommand, OsSignal } from '../../../renderer/src/host/host';

export class FakeHost implements Host {
  private readonly listeners = new Set<(signal: OsSignal) => void>();
  saveFile = vi.fn<Host['saveFile']>(async (request) => ({ saved: true, fileName: request.suggestedName }));
  openFile = vi.fn<Host['openFile']>(async () => null);
  previewPdf = vi.fn<Host['previewPdf']>(async () => undefined);
  printPdf = vi.fn<Host['printPdf']>(async () => undefined);
  closeDocuments = vi.fn<Host['closeDocuments']>(async () => undefined);
  onOsSignal(listener: (signal: OsSignal) => void) {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }
  private readonly menuListeners = new Set<(command: MenuCommand) => void>();
  onMenuCommand(listener: (command: MenuCommand) => void) {
    this.menuListeners.add(listener);
    return () => {
      this.menuListeners.delete(listener);
    };
  }
  menu(command: MenuCommand) {
    for (const listener of this.menuListeners) listener(command);
  }
  emit(signal: OsSignal) {
    for (const listener of this.listeners) listener(signal);
  }
  get listenerCount() {
    return this.listeners.size;
  }
}
