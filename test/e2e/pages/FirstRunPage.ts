// First run: organisation, privacy officer, passphrase, then the recovery kit.
import { expect } from '@playwright/test';
import { AppPage, labelled } from './AppPage';

export const OFFICE = {
  legalName: 'Harbour View Dental Clinic (test)',
  address: '100 Example Street, Victoria, BC V8V 0A1',
  phone: '250-555-0142',
  email: 'privacy@example.org',
} as const;
export const OFFICER = { name: 'Test Officer', title: 'Privacy Officer' } as const;

export class FirstRunPage extends AppPage {
  async fillOrganisation(): Promise<void> {
    await expect(this.heading('Set up Custodian')).toBeVisible();
    await this.page.getByLabel(labelled('Legal name of the organisation')).fill(OFFICE.legalName);
    await this.page.getByLabel(labelled('Mailing address')).fill(OFFICE.address);
    await this.page.getByLabel(labelled('Phone number')).fill(OFFICE.phone);
    await this.page.getByLabel(labelled('Email address for privacy requests')).fill(OFFICE.email);
  }

  async next(): Promise<void> {
    await this.page.getByRole('button', { name: 'Next', exact: true }).click();
  }

  async fillOfficer(): Promise<void> {
    await this.page.getByLabel(labelled('Full name')).fill(OFFICER.name);
    await this.page.getByLabel(labelled('Title')).fill(OFFICER.title);
  }

  async fillPassphrase(passphrase: string, confirmation = passphrase): Promise<void> {
    await this.page.getByLabel(labelled('New passphrase')).fill(passphrase);
    await this.page.getByLabel(labelled('Confirm new passphrase')).fill(confirmation);
  }

  async createVault(): Promise<void> {
    await this.page.getByRole('button', { name: 'Create the vault' }).click();
  }

  recoveryKey() {
    return this.page.getByTestId('recovery-key');
  }

  savedCheckbox() {
    return this.page.getByRole('checkbox', { name: 'I have saved or printed my recovery kit and will keep it somewhere safe' });
  }

  continueButton() {
    return this.page.getByRole('button', { name: 'Continue to Custodian' });
  }
}
