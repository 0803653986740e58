// One access request: its next steps (each a dialog), the deadline explanation, letters and attachments.
import { expect, type Locator } from '@playwright/test';
import { AppPage, labelled } from './AppPage';

/** The button names of the workflow steps, as the "Next steps" region shows them. */
export const STEP_LABELS = {
  acknowledge: 'Acknowledge',
  sendFeeEstimate: 'Send fee estimate',
  recordFeeDirection: 'Record fee answer',
  recordFeePaid: 'Record fee paid',
  extend: 'Extend time',
  respond: 'Respond',
  withdraw: 'Withdrawn by the person',
  abandon: 'Close as abandoned',
  applyToCai: 'Ask the CAI for more time',
  recordCaiDecision: 'Record the CAI’s decision',
  stopClock: 'Stop the clock',
  restartClock: 'Restart the clock',
} as const;
export type StepName = keyof typeof STEP_LABELS;

export class RequestPage extends AppPage {
  async expectShown(reference: string): Promise<void> {
    await expect(this.heading(new RegExp(`^${reference}`))).toBeVisible();
  }

  nextSteps() {
    return this.page.getByRole('region', { name: 'Next steps' });
  }

  async offeredSteps(): Promise<string[]> {
    return this.nextSteps().getByRole('button').allInnerTexts();
  }

  /** Opens a step's dialog and returns it. */
  async startStep(step: StepName): Promise<Locator> {
    await this.nextSteps().getByRole('button', { name: STEP_LABELS[step], exact: true }).click();
    const dialog = this.page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** From the details step of a letter-sending dialog to its letter step. */
  async prepareLetter(dialog: Locator): Promise<void> {
    await dialog.getByRole('button', { name: 'Next: prepare the letter' }).click();
    await expect(dialog.getByRole('button', { name: 'Issue letter and record' })).toBeVisible();
  }

  async issueLetter(dialog: Locator): Promise<void> {
    await dialog.getByRole('button', { name: 'Issue letter and record' }).click();
    await expect(dialog).toBeHidden({ timeout: 60_000 });
  }

  async setStepDate(dialog: Locator, label: string, date: string): Promise<void> {
    await dialog.getByLabel(labelled(label)).fill(date);
  }

  async explainDeadline(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Explain this deadline' }).click();
    const dialog = this.page.getByRole('dialog', { name: /^How the deadline for AR-/ });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  timeline() {
    return this.page.getByRole('region', { name: 'Timeline' });
  }

  letters() {
    return this.page.getByRole('region', { name: 'Letters' });
  }

  attachments() {
    return this.page.getByRole('region', { name: 'Attachments' });
  }

  /** Opens "Edit details" (offered only while the request is open) and returns its dialog. */
  async openEditDetails(): Promise<Locator> {
    await this.page.getByRole('region', { name: 'Details' }).getByRole('button', { name: 'Edit details' }).click();
    const dialog = this.page.getByRole('dialog', { name: /^Correct the details of request AR-/ });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** The page's status line ("Recorded: …", "Letter saved as …"). */
  statusLine() {
    return this.page.getByRole('status');
  }
}
