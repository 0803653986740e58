// Inflates the decrypted archive off the main thread (~0.6 s for 50,000 people in Chromium), so a
// restore's progress bar keeps moving. One job per worker; the page terminates it afterwards.
import { transferList, unzipArchive, type UnzipResult } from './unzipCore';

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<Uint8Array>) => void) | null;
  postMessage: (reply: UnzipResult, transfer: Transferable[]) => void;
};

scope.onmessage = (event) => {
  const result = unzipArchive(event.data);
  scope.postMessage(result, result.ok ? transferList(result.files) : []);
};
