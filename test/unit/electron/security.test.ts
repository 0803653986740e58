import { describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY, hardenSession, hardenWebContents, isAllowedRequestUrl, isAppUrl } from '../../../electron/security';

type Listener = (...args: unknown[]) => unknown;

function fakeSession() {
  const handlers: Record<string, Listener> = {};
  const events: Record<string, Listener> = {};
  const session = {
    setPermissionRequestHandler: (h: Listener) => (handlers.request = h),
    setPermissionCheckHandler: (h: Listener) => (handlers.check = h),
    setDevicePermissionHandler: (h: Listener) => (handlers.device = h),
    setDisplayMediaRequestHandler: (h: Listener) => (handlers.display = h),
    webRequest: { onBeforeRequest: (h: Listener) => (handlers.beforeRequest = h) },
    on: (name: string, h: Listener) => (events[name] = h),
  };
  return { session: session as unknown as Session, handlers, events };
}

function requestOutcome(handler: Listener | undefined, url: string): { cancel: boolean } {
  let outcome: { cancel: boolean } | undefined;
  handler?.({ url }, (response: { cancel: boolean }) => (outcome = response));
  if (outcome === undefined) throw new Error('callback not called');
  return outcome;
}

describe('hardenSession', () => {
  it('denies every permission request and permission check', () => {
    const { session, handlers } = fakeSession();
    hardenSession(session);
    for (const permission of ['media', 'notifications', 'clipboard-read', 'geolocation', 'openExternal']) {
      const callback = vi.fn();
      handlers.request?.({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
      expect(handlers.check?.({}, permission, 'app://custodian', {})).toBe(false);
    }
    expect(handlers.device?.({})).toBe(false);
    const display = vi.fn();
    handlers.display?.({}, display);
    expect(display).toHaveBeenCalledWith({});
  });

  it('cancels requests to anywhere but app://custodian', () => {
    const { session, handlers } = fakeSession();
    hardenSession(session);
    expect(requestOutcome(handlers.beforeRequest, 'http://example.com/')).toEqual({ cancel: true });
    expect(requestOutcome(handlers.beforeRequest, 'https://example.com/x.js')).toEqual({ cancel: true });
    expect(requestOutcome(handlers.beforeRequest, 'file:///etc/passwd')).toEqual({ cancel: true });
    expect(requestOutcome(handlers.beforeRequest, 'app://evil/index.html')).toEqual({ cancel: true });
    expect(requestOutcome(handlers.beforeRequest, 'ws://127.0.0.1:9222/')).toEqual({ cancel: true });
    expect(requestOutcome(handlers.beforeRequest, 'app://custodian/index.html')).toEqual({ cancel: false });
    expect(requestOutcome(handlers.beforeRequest, 'app://custodian/assets/app.js')).toEqual({ cancel: false });
  });

  it('prevents Chromium downloads', () => {
    const { session, events } = fakeSession();
    hardenSession(session);
    const event = { preventDefault: vi.fn() };
    events['will-download']?.(event);
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('isAppUrl / isAllowedRequestUrl', () => {
  it('accepts only the custodian host of the app scheme', () => {
    expect(isAppUrl('app://custodian/index.html')).toBe(true);
    expect(isAppUrl('app://custodian.evil/index.html')).toBe(false);
    expect(isAppUrl('app://custodian@evil/index.html')).toBe(false);
    expect(isAppUrl('app://user:pw@custodian/index.html')).toBe(false);
    expect(isAppUrl('https://custodian/index.html')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('allows blobs only from our own origin', () => {
    expect(isAllowedRequestUrl('blob:app://custodian/5d8a')).toBe(true);
    expect(isAllowedRequestUrl('blob:https://example.com/5d8a')).toBe(false);
    expect(isAllowedRequestUrl('data:image/png;base64,AA==')).toBe(true);
  });
});

describe('hardenWebContents', () => {
  function fakeContents() {
    const events: Record<string, Listener> = {};
    let openHandler: Listener | undefined;
    const contents = {
      on: (name: string, h: Listener) => (events[name] = h),
      setWindowOpenHandler: (h: Listener) => (openHandler = h),
    };
    hardenWebContents(contents as unknown as WebContents);
    return { events, openHandler: () => openHandler };
  }

  it.each(['will-navigate', 'will-redirect', 'will-attach-webview'])('prevents %s', (name) => {
    const { events } = fakeContents();
    const event = { preventDefault: vi.fn() };
    events[name]?.(event, 'https://example.com/');
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('denies window.open', () => {
    const { openHandler } = fakeContents();
    expect(openHandler()?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(openHandler()?.({ url: 'app://custodian/index.html' })).toEqual({ action: 'deny' });
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  it('allows no remote origin and no eval', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|'unsafe-eval'|\*/);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
  });
});
