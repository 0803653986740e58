// The People register: list, search, add and edit.
import { expect } from '@playwright/test';
import { AppPage, labelled } from './AppPage';

export interface NewPerson {
  givenName: string;
  familyName: string;
  email?: string;
  phone?: string;
  address?: string;
  notes?: string;
}

export class PeoplePage extends AppPage {
  /** After unlock the app opens on the dashboard: go to People through the navigation if needed. */
  async expectShown(): Promise<void> {
    const nav = this.page.getByRole('navigation', { name: 'Main navigation' });
    await expect(nav).toBeVisible();
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
    if (!(await this.heading('People').isVisible())) await nav.getByRole('link', { name: 'People' }).click();
    await expect(this.heading('People')).toBeVisible();
  }

  grid() {
    return this.page.getByRole('grid', { name: 'People' });
  }

  status() {
    return this.page.getByText(/^\d[\d,\s\u202f]* (people|person)$/);
  }

  async openAddDialog() {
    await this.page.getByRole('button', { name: 'Add person' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Add person' });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  async add(person: NewPerson): Promise<void> {
    const dialog = await this.openAddDialog();
    await dialog.getByLabel(labelled('Given name')).fill(person.givenName);
    await dialog.getByLabel(labelled('Family name')).fill(person.familyName);
    if (person.email) await dialog.getByLabel(labelled('Email')).fill(person.email);
    if (person.phone) await dialog.getByLabel(labelled('Phone')).fill(person.phone);
    if (person.address) await dialog.getByLabel(labelled('Address')).fill(person.address);
    if (person.notes) await dialog.getByLabel(labelled('Notes')).fill(person.notes);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
  }

  async search(text: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: 'Search people' }).or(this.page.getByLabel(labelled('Search people'))).first().fill(text);
  }

  row(text: string) {
    return this.grid().getByRole('row').filter({ hasText: text });
  }
}
