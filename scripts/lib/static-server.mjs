// The browser-mode server: dist/renderer on 127.0.0.1 with the same CSP and path rules as the
// app:// protocol (electron/protocol.ts), written again here because scripts run as plain Node
// without a TypeScript build. It serves only the static bundle; the records stay in the browser.
import { createServer } from 'node:http';
import { promises as fs } from 'node:fs';
import path from 'node:path';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.afm': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
};

export function mimeTypeFor(filePath) {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** Maps a request path (with query) to a file strictly inside root, or null. */
export function resolveStaticPath(root, requestPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(new URL(requestPath, 'http://127.0.0.1').pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const resolvedRoot = path.resolve(root);
  const resolved = path.resolve(resolvedRoot, relative);
  const fromRoot = path.relative(resolvedRoot, resolved);
  if (fromRoot === '' || fromRoot.startsWith('..') || path.isAbsolute(fromRoot)) return null;
  return resolved;
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

function send(response, status, text) {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(text);
}

/**
 * Starts the server; resolves { server, url }. Requests whose Host is not our own address are
 * refused, so a web page cannot reach the server through DNS rebinding.
 */
export function startStaticServer({ root, host = '127.0.0.1', port = 4173 }) {
  const realRootPromise = fs.realpath(root);
  const server = createServer(async (request, response) => {
    const address = server.address();
    const ownPort = typeof address === 'object' && address ? address.port : port;
    const allowedHosts = new Set([`${host}:${ownPort}`, `localhost:${ownPort}`]);
    if (!allowedHosts.has(request.headers.host ?? '')) return send(response, 403, 'Forbidden');
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'Method not allowed');
    const filePath = resolveStaticPath(root, request.url ?? '/');
    if (filePath === null) return send(response, 404, 'Not found');
    try {
      const realRoot = await realRootPromise;
      const real = await fs.realpath(filePath);
      const fromRoot = path.relative(realRoot, real);
      if (fromRoot.startsWith('..') || path.isAbsolute(fromRoot)) return send(response, 404, 'Not found');
      const stat = await fs.stat(real);
      if (!stat.isFile()) return send(response, 404, 'Not found');
      const body = await fs.readFile(real);
      response.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': mimeTypeFor(real), 'Content-Length': stat.size });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch {
      send(response, 404, 'Not found');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolve({ server, url: `http://${host}:${actualPort}/` });
    });
  });
}
