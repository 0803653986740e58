// Compresses the archive's tables off the main thread (see zipDeflater.ts); holds no state between
// backups: the page terminates it when the ZIP is done.
import { deflateJobs, type DeflateJob, type DeflateReply } from './deflateCore';

const scope = globalThis as unknown as { onmessage: ((event: MessageEvent<DeflateJob>) => void) | null; postMessage: (reply: DeflateReply) => void };
const handle = deflateJobs((reply) => scope.postMessage(reply));
scope.onmessage = (event) => handle(event.data);
scope.postMessage({ ready: true });
