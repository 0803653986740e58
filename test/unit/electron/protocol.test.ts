import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
}));
vi.mock('electron', () => electron);

import { createAppRequestHandler, registerAppScheme, resolveAppPath } from '../../../electron/protocol';
import { CONTENT_SECURITY_POLICY } from '../../../electron/security';

let base: string;
let root: string;
let handler: (request: Request) => Promise<Response>;

beforeAll(() => {
  base = mkdtempSync(path.join(tmpdir(), 'custodian-protocol-'));
  root = path.join(base, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Custodian</title>');
  writeFileSync(path.join(root, 'assets', 'app.js'), 'export {};');
  writeFileSync(path.join(root, 'assets', 'argon2.wasm'), new Uint8Array([0, 97, 115, 109]));
  writeFileSync(path.join(base, 'secret.txt'), 'SECRET');
  symlinkSync(path.join(base, 'secret.txt'), path.join(root, 'assets', 'link.txt'));
  handler = createAppRequestHandler(root);
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

async function get(url: string): Promise<{ status: number; body: string; headers: Headers }> {
  const response = await handler(new Request(url));
  return { status: response.status, body: await response.text(), headers: response.headers };
}

describe('app:// protocol handler', () => {
  it('serves index.html with the CSP header', async () => {
    for (const url of ['app://custodian/', 'app://custodian/index.html']) {
      const { status, body, headers } = await get(url);
      expect(status).toBe(200);
      expect(body).toContain('<title>Custodian</title>');
      expect(headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('sends JavaScript and WebAssembly with their strict MIME types', async () => {
    expect((await get('app://custodian/assets/app.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await get('app://custodian/assets/argon2.wasm')).headers.get('content-type')).toBe('application/wasm');
  });

  it.each([
    'app://custodian/../../etc/passwd',
    'app://custodian/../secret.txt',
    'app://custodian/%2e%2e/secret.txt',
    'app://custodian/%2E%2E/%2e%2e/secret.txt',
    'app://custodian/..%2fsecret.txt',
    'app://custodian/assets/..%2f..%2fsecret.txt',
    'app://custodian/..%5csecret.txt',
    'app://custodian/assets/link.txt',
    'app://custodian/index.html%00.js',
  ])('refuses %s without leaking the file', async (url) => {
    const { status, body } = await get(url);
    expect(status).toBe(404);
    expect(body).not.toContain('SECRET');
    expect(body).not.toContain('root:');
  });

  it('refuses other hosts, missing files, folders and writes', async () => {
    expect((await get('app://evil/index.html')).status).toBe(404);
    expect((await get('app://custodian/missing.js')).status).toBe(404);
    expect((await get('app://custodian/assets')).status).toBe(404);
    expect((await handler(new Request('app://custodian/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });
});

describe('resolveAppPath', () => {
  it('maps inside the root and refuses everything that escapes it', () => {
    expect(resolveAppPath(root, 'app://custodian/assets/app.js')).toBe(path.join(root, 'assets', 'app.js'));
    expect(resolveAppPath(root, 'app://custodian/..%2f..%2fetc%2fpasswd')).toBeNull();
    expect(resolveAppPath(root, 'app://custodian/%2e%2e%2fsecret.txt')).toBeNull();
    expect(resolveAppPath(root, 'app://custodian/%E0%A4%A')).toBeNull();
    expect(resolveAppPath(root, 'app://other/index.html')).toBeNull();
    expect(resolveAppPath(root, 'file:///etc/passwd')).toBeNull();
  });
});

describe('registerAppScheme', () => {
  it('registers app as a standard, secure, fetch-capable scheme', () => {
    registerAppScheme();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }),
      }),
    ]);
  });
});
