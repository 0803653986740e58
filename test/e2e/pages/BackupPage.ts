// The Backup area (back up now, check a file, restore over the current data) and the first-run
// "Restore from a backup" path. Backups are saved through the File System Access API in the browser
// build; Playwright cannot drive the native save picker, so backUp() puts one in its place that
// saves into the origin-private file system (the same writable and commit-on-close as a real file),
// then copies the file out. Files are opened through the file chooser the browser host raises.
import { writeFile } from 'node:fs/promises';
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

  /** Backs up with `passphrase` and copies the saved file to `savePath`; returns the suggested name. */
  async backUp(passphrase: string, savePath: string): Promise<string> {
    await this.page.evaluate(() => {
      const origin = navigator.storage.getDirectory();
      Object.assign(window, {
        showSaveFilePicker: async ({ suggestedName }: { suggestedName: string }) => {
          (window as unknown as { lastPickedName?: string }).lastPickedName = suggestedName;
          return (await origin).getFileHandle(suggestedName, { create: true });
        },
      });
    });
    const section = this.backUpSection();
    await section.getByLabel(labelled('Backup passphrase')).fill(passphrase);
    await section.getByLabel(labelled('Confirm backup passphrase')).fill(passphrase);
    await section.getByRole('button', { name: 'Back up now' }).click();
    await expect(section.getByText(/^Backup saved as .* and verified/)).toBeVisible({ timeout: 120_000 });
    const { name, base64 } = await this.page.evaluate(async () => {
      const picked = (window as unknown as { lastPickedName: string }).lastPickedName;
      const file = await (await (await navigator.storage.getDirectory()).getFileHandle(picked)).getFile();
      const bytes = new Uint8Array(await file.arrayBuffer());
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return { name: picked, base64: btoa(binary) };
    });
    await writeFile(savePath, Buffer.from(base64, 'base64'));
    return name;
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
