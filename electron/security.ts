// Deny-by-default hardening for every session and every web contents. Custodian is offline: the only
// page that may ever load is our own bundle at app://custodian/, and it may ask for nothing (camera,
// notifications, clipboard-read, …). Anything else is refused here, whatever a compromised page tries.
import type { Session, WebContents } from 'electron';

export const APP_SCHEME = 'app';
export const APP_HOST = 'custodian';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Served with every app:// response. 'wasm-unsafe-eval' is for hash-wasm (argon2id); no remote origins. */
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

/** True only for URLs of our own bundle: scheme app, host custodian, any path. */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
}

/**
 * Whether the main session may fetch this URL at all. blob: URLs are only those minted by our own
 * origin (the renderer builds PDFs and exports as blobs); data: carries no origin and is further
 * limited by the CSP to images and fonts; devtools:// lets a developer open the inspector.
 */
export function isAllowedRequestUrl(url: string): boolean {
  if (isAppUrl(url)) return true;
  if (url.startsWith(`blob:${APP_ORIGIN}/`)) return true;
  if (url.startsWith('data:')) return true;
  if (url.startsWith('devtools://')) return true;
  return false;
}

/** Session-wide rules: no permissions, no downloads, no request leaves for anywhere but app://custodian. */
export function hardenSession(session: Session, isAllowed: (url: string) => boolean = isAllowedRequestUrl): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback({}));
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowed(details.url) });
  });
  // Files are saved through the saveFile IPC with an atomic write, never through Chromium downloads.
  session.on('will-download', (event) => event.preventDefault());
}

/**
 * Per-contents rules. Applied from app 'web-contents-created', so they also cover the PDF viewer
 * windows and any contents we did not create ourselves.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
