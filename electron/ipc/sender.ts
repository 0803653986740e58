// Only our own page may call the shell: the top frame of the main window, showing app://custodian/.
// A PDF viewer window, a subframe or a page that somehow navigated elsewhere gets nothing.
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { isAppUrl } from '../security.js';

export function isTrustedSender(event: IpcMainInvokeEvent, trusted: WebContents | null): boolean {
  if (trusted === null || event.sender !== trusted) return false;
  const frame = event.senderFrame;
  if (frame === null || frame.parent !== null) return false;
  return isAppUrl(frame.url);
}
