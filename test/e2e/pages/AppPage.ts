// Page model shared by every screen: the frame, the lock button, screenshots and the axe check.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

/** A field by its label, whether or not MUI marks it required (" *" after the text). */
export function labelled(name: string): RegExp {
  return new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s*\\*)?$`);
}

export const SCREENSHOT_DIR = 'test-results/screenshots';

export class AppPage {
  constructor(readonly page: Page) {}

  heading(name: string | RegExp) {
    return this.page.getByRole('heading', { level: 1, name });
  }

  async lock(): Promise<void> {
    await this.page.getByRole('button', { name: 'Lock', exact: true }).click();
  }

  async goto(area: 'Dashboard' | 'Access requests' | 'People' | 'Settings'): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: area }).click();
    await expect(this.heading(area)).toBeVisible();
  }

  /** Saves a screenshot for a person to look at, and fails on serious or critical axe violations. */
  async checkScreen(name: string): Promise<void> {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await this.page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, fullPage: true });
    const results = await new AxeBuilder({ page: this.page }).analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(serious, `accessibility violations on ${name}`).toEqual([]);
  }
}
