import type { Server } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, resolveStaticPath, startStaticServer } from '../../../scripts/lib/static-server.mjs';
import { CONTENT_SECURITY_POLICY as APP_CSP } from '../../../electron/security';

let base: string;
let root: string;
let server: Server;
let port: number;

beforeAll(async () => {
  base = mkdtempSync(path.join(tmpdir(), 'custodian-static-'));
  root = path.join(base, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<title>Custodian</title>');
  writeFileSync(path.join(root, 'assets', 'argon2.wasm'), new Uint8Array([0, 97, 115, 109]));
  writeFileSync(path.join(base, 'secret.txt'), 'SECRET');
  const started = await startStaticServer({ root, port: 0 });
  server = started.server;
  port = Number(new URL(started.url).port);
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(base, { recursive: true, force: true });
});

/** Raw request: the path goes on the wire as written, without client-side normalisation. */
function get(rawPath: string, host = `127.0.0.1:${port}`): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: rawPath, headers: { host } }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('browser-mode static server', () => {
  it('serves index.html with the same CSP as the app:// protocol', async () => {
    const response = await get('/');
    expect(response.status).toBe(200);
    expect(response.body).toContain('Custodian');
    expect(response.headers['content-security-policy']).toBe(APP_CSP);
    expect(CONTENT_SECURITY_POLICY).toBe(APP_CSP);
  });

  it('serves wasm as application/wasm', async () => {
    expect((await get('/assets/argon2.wasm')).headers['content-type']).toBe('application/wasm');
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt', '/index.html%00'])(
    'refuses %s without leaking the file',
    async (rawPath) => {
      const response = await get(rawPath);
      expect(response.status).toBe(404);
      expect(response.body).not.toContain('SECRET');
    },
  );

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    expect((await get('/', 'evil.example:80')).status).toBe(403);
  });

  it('resolves paths only inside the root', () => {
    expect(resolveStaticPath(root, '/assets/argon2.wasm?v=1')).toBe(path.join(root, 'assets', 'argon2.wasm'));
    expect(resolveStaticPath(root, '/..%2f..%2fetc%2fpasswd')).toBeNull();
  });
});
