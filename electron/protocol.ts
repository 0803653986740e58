// The app:// scheme serves the renderer bundle from dist/renderer. A custom standard scheme gives the
// bundle a real, stable origin (IndexedDB lives there) without file:// and its extra privileges, and
// without any local HTTP port another process could talk to.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { protocol } from 'electron';
import { APP_HOST, APP_SCHEME, CONTENT_SECURITY_POLICY } from './security.js';
import { mimeTypeFor } from './mime.js';

/** Must run before app 'ready': privileges cannot be granted to a scheme afterwards. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
    },
  ]);
}

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

function textResponse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/**
 * Maps a request URL to a file strictly inside `root`, or null. The URL parser already folds `..`
 * and `%2e%2e` segments; this also refuses what survives it (`..%2f`, NUL, backslashes), so the
 * check holds even if the parser's rules change.
 */
export function resolveAppPath(root: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const resolvedRoot = path.resolve(root);
  const resolved = path.resolve(resolvedRoot, relative);
  const fromRoot = path.relative(resolvedRoot, resolved);
  if (fromRoot === '' || fromRoot.startsWith('..') || path.isAbsolute(fromRoot)) return null;
  return resolved;
}

/** The protocol handler, separate from registration so it can be tested with plain Requests. */
export function createAppRequestHandler(root: string): (request: Request) => Promise<Response> {
  const resolvedRoot = path.resolve(root);
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed');
    const filePath = resolveAppPath(resolvedRoot, request.url);
    if (filePath === null) return textResponse(404, 'Not found');
    try {
      // Symlinks inside dist/renderer must not lead outside it either.
      const real = await fs.realpath(filePath);
      const realRoot = await fs.realpath(resolvedRoot);
      const fromRoot = path.relative(realRoot, real);
      if (fromRoot.startsWith('..') || path.isAbsolute(fromRoot)) return textResponse(404, 'Not found');
      const stat = await fs.stat(real);
      if (!stat.isFile()) return textResponse(404, 'Not found');
      const body = request.method === 'HEAD' ? null : await fs.readFile(real);
      return new Response(body, {
        status: 200,
        headers: { ...SECURITY_HEADERS, 'Content-Type': mimeTypeFor(real), 'Content-Length': String(stat.size) },
      });
    } catch {
      return textResponse(404, 'Not found');
    }
  };
}

/** Serves the bundle on the default session. Called once, after 'ready'. */
export function installAppProtocol(root: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(root));
}
