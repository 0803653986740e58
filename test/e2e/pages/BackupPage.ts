// The Backup area (back up now, check a file, restore over the current data) and the first-run
// "Restore from a backup" path. Backups are downloads in the browser build; files are opened
// through the file chooser the browser host raises.
import { expect, type Locator } from '@playwright/test';
import { AppPage, labelled } from './AppPage';

export class BackupPage extends AppPage {
  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Backup' }).click();
    await expect(this.heading('Backup')).toBeVisible();
  }

  backUpSection() {
    return this.page.getByRole('region', { name: 'Back up now' });
  }

  restoreSection() {
    return this.page.getByRole('region', { name: 'Restore over the current data' });
  }

  /** Backs up with `passphrase` and saves the download at `savePath`; returns the suggested name. */
  async backUp(passphrase: string, savePath: string): Promise<string> {
    const section = this.backUpSection();
    await section.getByLabel(labelled('Backup passphrase')).fill(passphrase);
    await section.getByLabel(labelled('Confirm backup passphrase')).fill(passphrase);
    const download = this.page.waitForEvent('download', { timeout: 120_000 });
    await section.getByRole('button', { name: 'Back up now' }).click();
    const saved = await download;
    await saved.saveAs(savePath);
    await expect(section.getByText(/^Backup downloaded as /)).toBeVisible();
    return saved.suggestedFilename();
  }

  /** Chooses `filePath`, types its passphrase and checks it, in the given region or form. */
  async openArchive(scope: Locator, filePath: string, passphrase: string, checkLabel = 'Check the backup'): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await scope.getByRole('button', { name: 'Choose a backup file…' }).click();
    await (await chooser).setFiles(filePath);
    await expect(scope.getByText(/^File: /)).toBeVisible();
    await scope.getByLabel(labelled('Passphrase of the backup')).fill(passphrase);
    await scope.getByRole('button', { name: checkLabel }).click();
    await expect(scope.getByText(/^Integrity OK/)).toBeVisible({ timeout: 120_000 });
  }

  async restoreOverCurrent(filePath: string, passphrase: string, beforeConfirm?: () => Promise<void>): Promise<void> {
    const section = this.restoreSection();
    await this.openArchive(section, filePath, passphrase);
    const restore = section.getByRole('button', { name: 'Restore this backup' });
    await expect(restore).toBeDisabled();
    await section.getByLabel('Type RESTORE to confirm').fill('RESTORE');
    await beforeConfirm?.();
    await restore.click();
    await expect(section.getByText(/^Restored\. /)).toBeVisible({ timeout: 60_000 });
  }
}

export class FirstRunRestorePage extends BackupPage {
  async start(): Promise<void> {
    await this.page.goto('/');
    await expect(this.heading('Set up Custodian')).toBeVisible();
    await this.page.getByRole('button', { name: 'Restore from a backup' }).click();
    await expect(this.heading('Restore from a backup')).toBeVisible();
  }

  async openBackup(filePath: string, passphrase: string): Promise<void> {
    await this.openArchive(this.page.locator('main'), filePath, passphrase);
  }

  async next(): Promise<void> {
    await this.page.getByRole('button', { name: 'Next', exact: true }).click();
  }

  async createVault(passphrase: string): Promise<void> {
    await this.page.getByLabel(labelled('New passphrase')).fill(passphrase);
    await this.page.getByLabel(labelled('Confirm new passphrase')).fill(passphrase);
    await this.page.getByRole('button', { name: 'Restore and create the vault' }).click();
    await expect(this.page.getByTestId('recovery-key')).toBeVisible({ timeout: 60_000 });
  }

  async finish(): Promise<void> {
    await this.page.getByRole('checkbox', { name: 'I have saved or printed my recovery kit and will keep it somewhere safe' }).check();
    await this.page.getByRole('button', { name: 'Continue to Custodian' }).click();
  }
}
