// The scrypt worker (started by scryptKdf.ts): one job, one reply, then the page terminates it. The
// passphrase and the key live here only for that job; nothing is logged.
import { scryptInThisThread, type ScryptJob, type ScryptReply } from './scryptCore';

const scope = globalThis as unknown as { onmessage: ((event: MessageEvent<ScryptJob>) => void) | null; postMessage: (reply: ScryptReply) => void };

scope.onmessage = (event) => {
  scryptInThisThread(event.data).then(
    (key) => scope.postMessage({ ok: true, key }),
    (error: unknown) => scope.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
};
