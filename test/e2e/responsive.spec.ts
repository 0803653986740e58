// Small screens: the app must be usable from an 800-px-wide window. At each width the page never
// scrolls sideways (only a table may, inside its own box), buttons keep their labels, and below
// 1100 px the navigation folds behind a menu button.
import { expect, test } from './fixtures';
import { openFreshRequest } from './journeys';
import { SCREENSHOT_DIR } from './pages/AppPage';
import { DashboardPage } from './pages/DashboardPage';
import { RequestPage } from './pages/RequestPage';
import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const WIDTHS = [800, 1024, 1366] as const;
const TODAY = new Date('2026-03-16T10:00:00-07:00');

async function expectNoPageOverflow(page: Page, what: string): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect(scrollWidth, `${what}: the page scrolls sideways`).toBeLessThanOrEqual(innerWidth);
}

/** Every visible button shows its whole label: nothing cut off ("New reques") or wrapped. */
async function expectButtonsWhole(page: Page, what: string): Promise<void> {
  const clipped = await page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('main button, header button'))
      .filter((b) => b.offsetParent !== null && (b.scrollWidth > b.clientWidth + 1 || b.getClientRects().length > 1))
      .map((b) => b.textContent ?? ''),
  );
  expect(clipped, `${what}: clipped buttons`).toEqual([]);
}

async function navigate(page: Page, width: number, area: 'Dashboard' | 'Access requests'): Promise<void> {
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  if (width < 1100) await page.getByRole('button', { name: 'Open navigation' }).click();
  await nav.getByRole('link', { name: area }).click();
  await expect(page.getByRole('heading', { level: 1, name: area })).toBeVisible();
}

test('the dashboard, worklist and a request page fit 800, 1024 and 1366 px', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 800 });
  const { requests } = await openFreshRequest(page, TODAY, { givenName: 'Ada', familyName: 'Lovelace' }, { person: 'Lovelace', receivedOn: '2026-03-02', informationSought: 'My file' });
  await requests.open();
  await requests.create({ person: 'Lovelace', receivedOn: '2026-02-10', regime: 'PIPEDA', informationSought: 'My appointments' });
  await requests.open();
  await requests.create({ person: 'Lovelace', receivedOn: '2026-01-05', regime: 'QC', informationSought: 'Mes factures', language: 'fr' });
  mkdirSync(SCREENSHOT_DIR, { recursive: true });

  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    if (width < 1100) {
      // Folded: the navigation is not on screen until the menu button opens it.
      await expect(nav).toBeHidden();
      await page.getByRole('button', { name: 'Open navigation' }).click();
      await expect(nav).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(nav).toBeHidden();
    } else {
      await expect(nav).toBeVisible();
      await expect(page.getByRole('button', { name: 'Open navigation' })).toHaveCount(0);
    }

    await navigate(page, width, 'Dashboard');
    await new DashboardPage(page).expectShown();
    await expectNoPageOverflow(page, `dashboard at ${width}`);
    await expectButtonsWhole(page, `dashboard at ${width}`);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/responsive-dashboard-${width}.png`, fullPage: true });

    await navigate(page, width, 'Access requests');
    await expect(requests.table().getByRole('row')).toHaveCount(4);
    await expectNoPageOverflow(page, `worklist at ${width}`);
    await expectButtonsWhole(page, `worklist at ${width}`);
    const exportButton = page.getByRole('button', { name: 'Export to CSV' });
    const box = await exportButton.boundingBox();
    expect(box!.height, '"Export to CSV" stays on one line').toBeLessThan(45);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/responsive-worklist-${width}.png`, fullPage: true });

    await requests.row('AR-2026-0001').getByRole('link').click();
    await new RequestPage(page).expectShown('AR-2026-0001');
    await expectNoPageOverflow(page, `request page at ${width}`);
    await expectButtonsWhole(page, `request page at ${width}`);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/responsive-request-${width}.png`, fullPage: true });
  }
});
