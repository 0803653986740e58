// The dashboard, the first screen after unlock: overdue requests, those due this week, open count.
import { expect } from '@playwright/test';
import { AppPage } from './AppPage';

export class DashboardPage extends AppPage {
  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Dashboard' }).click();
    await this.expectShown();
  }

  async expectShown(): Promise<void> {
    await expect(this.heading('Dashboard')).toBeVisible();
  }

  /** The "Overdue (n)" region; its links are the overdue requests. */
  overdue() {
    return this.page.getByRole('region', { name: /^Overdue \(\d+\)$/ });
  }

  dueThisWeek() {
    return this.page.getByRole('region', { name: /^Due this week \(\d+\)$/ });
  }

  openCount() {
    return this.page.getByRole('region', { name: 'Open requests' });
  }
}
