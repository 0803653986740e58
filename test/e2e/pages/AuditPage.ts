// The audit trail screen: entries newest first, filters, and "Verify audit trail".
import { expect, type Locator } from '@playwright/test';
import { AppPage } from './AppPage';

export class AuditPage extends AppPage {
  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Audit trail' }).click();
    await this.expectShown();
  }

  async expectShown(): Promise<void> {
    await expect(this.heading('Audit trail')).toBeVisible();
  }

  table(): Locator {
    return this.page.getByRole('table', { name: 'Audit trail entries, newest first' });
  }

  /** The body rows on the current page, newest first. */
  rows(): Locator {
    return this.table().locator('tbody').getByRole('row');
  }

  /** "12 entries" or "3 entries match". */
  count(): Locator {
    return this.page.getByText(/^[\d,\s\u202f]+ (entry|entries)( match(es)?)?$/);
  }

  async filterByAction(action: string): Promise<void> {
    await this.page.getByLabel('Action', { exact: true }).selectOption({ label: action });
  }

  async filterByKind(kind: string): Promise<void> {
    await this.page.getByLabel('Kind of record').selectOption({ label: kind });
  }

  /** Dates as YYYY-MM-DD; either may be left out. */
  async filterByDates(from?: string, to?: string): Promise<void> {
    if (from) await this.page.getByLabel('From', { exact: true }).fill(from);
    if (to) await this.page.getByLabel('To', { exact: true }).fill(to);
  }

  async clearFilters(): Promise<void> {
    await this.page.getByRole('button', { name: 'Clear filters' }).click();
  }

  /** Runs the check and returns its answer: the intact sentence, or the broken-trail alert's text. */
  async verify(): Promise<string> {
    await this.page.getByRole('button', { name: 'Verify audit trail' }).click();
    const intact = this.page.getByText(/^The audit trail is intact: /);
    const broken = this.page.getByRole('alert').filter({ hasText: 'The audit trail is broken' });
    await expect(intact.or(broken)).toBeVisible();
    return (await intact.or(broken).textContent()) ?? '';
  }
}
