// The unlock screen and the recovery form.
import { expect } from '@playwright/test';
import { AppPage, labelled } from './AppPage';

export class UnlockPage extends AppPage {
  async expectShown(): Promise<void> {
    await expect(this.heading('Unlock Custodian')).toBeVisible();
  }

  async unlock(passphrase: string): Promise<void> {
    await this.page.getByLabel(labelled('Passphrase')).fill(passphrase);
    await this.page.getByRole('button', { name: 'Unlock', exact: true }).click();
  }

  /** The alert that says a passphrase was wrong (the "was locked" notice is an alert too). */
  wrongPassphraseAlert() {
    return this.page.getByRole('alert').filter({ hasText: 'The passphrase is not correct' });
  }
}
