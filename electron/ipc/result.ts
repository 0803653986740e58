// Errors cross IPC as values ({ ok: false, error }) so the renderer gets a stable code and an
// officer-facing message. Neither may hold file contents, paths or names: the path of a saved
// export often contains a person's name.
import type { IpcError, IpcResult } from '../../renderer/src/host/bridge.js';

/** A failure whose code and message are safe to show and to send to the renderer. */
export class IpcFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'IpcFailure';
  }
}

export function ok<T>(value: T): IpcResult<T> {
  return { ok: true, value };
}

export function fail(code: string, message: string): { ok: false; error: IpcError } {
  return { ok: false, error: { code, message } };
}

/**
 * Turns anything thrown into a safe result. Unknown errors (fs, dialog) are reduced to their errno
 * code for the log, because their messages embed file paths.
 */
export function toFailure(error: unknown, fallback: IpcFailure): { ok: false; error: IpcError } {
  const failure = error instanceof IpcFailure ? error : new IpcFailure(fallback.code, fallback.message, { cause: error });
  if (failure.cause !== undefined) console.error(`Custodian: ${failure.code} (${errnoOf(failure.cause)})`);
  return fail(failure.code, failure.message);
}

function errnoOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'unknown';
}
