// The access-request worklist and the "New request" dialog.
import { expect, type Locator } from '@playwright/test';
import { AppPage, labelled } from './AppPage';

export interface NewAccessRequest {
  /** Typed into the person picker; the first match is chosen. */
  person: string;
  /** YYYY-MM-DD; the dialog defaults to today. */
  receivedOn?: string;
  /** Regime code as in the select: 'BC_PIPA', 'PIPEDA', 'AB_PIPA', 'QC'. */
  regime?: string;
  informationSought: string;
  /** An oral request: the officer ticks that they wrote it down and confirmed it. */
  oral?: boolean;
  language?: 'en' | 'fr';
}

export class RequestsPage extends AppPage {
  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Access requests' }).click();
    await this.expectShown();
  }

  async expectShown(): Promise<void> {
    await expect(this.heading('Access requests')).toBeVisible();
  }

  table() {
    return this.page.getByRole('table', { name: 'Access requests' });
  }

  /** "3 requests" — the number of rows the filters let through. */
  status() {
    return this.page.getByText(/^\d[\d,\s\u202f]* requests?$/);
  }

  row(reference: string): Locator {
    return this.table().getByRole('row').filter({ hasText: reference });
  }

  async filterStatus(value: string): Promise<void> {
    await this.page.getByLabel('Status', { exact: true }).selectOption(value);
  }

  async filterRegime(value: string): Promise<void> {
    await this.page.getByLabel('Act', { exact: true }).selectOption(value);
  }

  async openNewDialog(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'New request' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'New access request' });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** Fills the dialog; `submit` false leaves it open (to look at field errors). */
  async fillNew(dialog: Locator, request: NewAccessRequest): Promise<void> {
    await dialog.getByRole('combobox', { name: /Person who made the request/ }).fill(request.person);
    await this.page.getByRole('listbox').getByRole('option').first().click();
    if (request.receivedOn) await dialog.getByLabel(labelled('Date received')).fill(request.receivedOn);
    if (request.regime) await dialog.getByLabel(labelled('Act that applies')).selectOption(request.regime);
    if (request.language) await dialog.getByLabel(labelled('Language of correspondence')).selectOption(request.language);
    if (request.oral) {
      await dialog.getByLabel('No, orally').check();
      await dialog.getByRole('checkbox', { name: 'I wrote this request down and confirmed it with the person' }).check();
    }
    await dialog.getByLabel(labelled('Information sought')).fill(request.informationSought);
  }

  /** Records a request and waits for its page; returns the reference shown there. */
  async create(request: NewAccessRequest): Promise<string> {
    const dialog = await this.openNewDialog();
    await this.fillNew(dialog, request);
    await dialog.getByRole('button', { name: 'Record request' }).click();
    await expect(dialog).toBeHidden();
    const heading = this.heading(/^AR-\d{4}-\d{4}/);
    await expect(heading).toBeVisible();
    return /AR-\d{4}-\d{4,}/.exec(await heading.innerText())?.[0] ?? '';
  }
}
