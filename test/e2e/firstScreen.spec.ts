// Unlock's first screen in Chromium (store/firstScreen.ts): the dashboard is painted from the sealed
// digest before unlock reads the records — its overdue request and person named, the year's figures
// still "opening" — and the unlocked app then takes over with the same figures. With the CPU slowed
// the opening state stays long enough to be looked at (screenshot 70-first-screen).
import { expect, test } from './fixtures';
import { openFreshRequest } from './journeys';
import { DashboardPage } from './pages/DashboardPage';
import { UnlockPage } from './pages/UnlockPage';
import { PASSPHRASE } from './vault';

const TODAY = new Date('2026-03-16T10:00:00-07:00');

test('after unlock the dashboard is drawn from the digest before the records open, then the app takes over', async ({ page }) => {
  test.setTimeout(240_000);
  const { request } = await openFreshRequest(
    page,
    TODAY,
    { givenName: 'Rowan', familyName: 'Digest-Fictive', address: '5 Example Lane, Victoria BC V8V 0A0' },
    { person: 'Digest', receivedOn: '2026-01-05', regime: 'PIPEDA', language: 'en', informationSought: 'Everything you hold about me.' },
  );
  // The session rewrites the digest a moment after each write; give it that moment before locking.
  await page.waitForTimeout(1000);
  await request.lock();
  const unlock = new UnlockPage(page);
  await unlock.expectShown();
  await page.evaluate(() => (location.hash = '#/dashboard')); // the lock left us on the request's page

  // Watched inside the page: was the dashboard on screen, its overdue request listed, while the
  // year's figures still said the records were opening? (The page's clock is Playwright's, so the
  // order is read from the DOM rather than from performance marks.)
  await page.evaluate(() => {
    const w = globalThis as unknown as { __firstScreenSeen?: boolean };
    const observer = new MutationObserver(() => {
      const text = document.body.textContent ?? '';
      const dashboard = [...document.querySelectorAll('h1')].some((h) => h.textContent?.trim() === 'Dashboard');
      if (dashboard && text.includes('Overdue (1)') && text.includes('AR-2026-0001') && text.includes('Opening your records')) {
        w.__firstScreenSeen = true;
        observer.disconnect();
      }
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 8 });
  await unlock.unlock(PASSPHRASE);

  const dashboard = new DashboardPage(page);
  const overdue = page.getByRole('region', { name: /^Overdue \(1\)$/ });
  await expect(overdue).toContainText('AR-2026-0001');
  await expect(overdue).toContainText('Rowan Digest-Fictive');
  await page.screenshot({ path: 'test-results/screenshots/70-first-screen.png', fullPage: true });

  // Then the unlocked app: the year's figures counted from every record.
  await expect(page.getByRole('region', { name: 'This year (2026)' })).toContainText('PIPEDA', { timeout: 60_000 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  expect(await page.evaluate(() => (globalThis as unknown as { __firstScreenSeen?: boolean }).__firstScreenSeen ?? false)).toBe(true);

  // The same overdue request in the unlocked app.
  await expect(overdue).toContainText('AR-2026-0001');
  await dashboard.checkScreen('71-dashboard-after-first-screen');
});
