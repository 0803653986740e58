// Shared e2e fixtures. Every test fails if the app asks for anything but the local server:
// Custodian makes no network calls at all, so one outside request is a bug.
import { test as base, expect } from '@playwright/test';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export const test = base.extend<{ outsideRequests: string[] }>({
  outsideRequests: [
    async ({ context }, use) => {
      const outside: string[] = [];
      await context.route('**/*', (route) => {
        const url = new URL(route.request().url());
        const local = url.protocol === 'data:' || url.protocol === 'blob:' || LOCAL_HOSTS.has(url.hostname);
        if (local) return route.continue();
        outside.push(url.origin);
        return route.abort('blockedbyclient');
      });
      await use(outside);
      expect(outside, 'Custodian must not contact any non-local address').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
