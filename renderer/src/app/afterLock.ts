// What a lock must end besides the session: letters open in a viewer (and their temp files) and the
// letter caches holding decrypted text or the signature. Failure to close a viewer must not stop
// the lock itself, so the host call is not awaited by the caller.
import type { Host } from '../host/host';
import { clearLetterCaches } from '../letters/letterCaches';

export function forgetAfterLock(host: Pick<Host, 'closeDocuments'>): Promise<void> {
  clearLetterCaches();
  return host.closeDocuments().catch(() => undefined);
}
