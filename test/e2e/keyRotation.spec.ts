// Issue #13 item 12 end to end in Chromium: the officer re-encrypts everything under a new key from
// Settings; afterwards only the new passphrase and the new kit open the vault, and the data is intact.
import { expect, test } from './fixtures';
import { labelled } from './pages/AppPage';
import { PeoplePage } from './pages/PeoplePage';
import { UnlockPage } from './pages/UnlockPage';
import { completeFirstRun, PASSPHRASE } from './vault';

test('change passphrase and re-encrypt every record: the old passphrase and kit open nothing, the data is intact', async ({ page }) => {
  test.setTimeout(240_000);
  const oldKit = await completeFirstRun(page);
  const people = new PeoplePage(page);
  await people.expectShown();
  await people.add({ givenName: 'Rotated', familyName: 'Keyholder-Fictive' });

  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Settings' }).click();
  const replacement = 'harbour quilt meteor juniper';
  await page.getByLabel(labelled('Current passphrase')).first().fill(PASSPHRASE);
  await page.getByLabel(labelled('New passphrase')).first().fill(replacement);
  await page.getByLabel(labelled('Confirm new passphrase')).first().fill(replacement);
  await page.getByRole('checkbox', { name: 'Also re-encrypt every record under a new key' }).check();
  await page.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(page.getByText('Every record is now encrypted under a new key')).toBeVisible({ timeout: 60_000 });
  await people.checkScreen('13-keys-rotated');
  await page.getByRole('checkbox', { name: /I have saved or printed my recovery kit/ }).check();
  await page.getByRole('button', { name: 'Close' }).click();

  await people.lock();
  const unlock = new UnlockPage(page);
  await unlock.expectShown();
  // The old kit no longer opens the vault.
  await page.getByRole('button', { name: 'Use recovery key' }).click();
  await page.getByLabel(labelled('Recovery key')).fill(oldKit);
  await page.getByLabel(labelled('New passphrase')).fill('tundra pepper lagoon sextant');
  await page.getByLabel(labelled('Confirm new passphrase')).fill('tundra pepper lagoon sextant');
  await page.getByRole('button', { name: 'Recover and set new passphrase' }).click();
  await expect(page.getByText('The recovery key is not correct.', { exact: false })).toBeVisible();
  await expect(unlock.heading('Recover with your recovery key')).toBeVisible();
  await page.reload();
  await unlock.expectShown();
  await unlock.unlock(PASSPHRASE);
  await expect(unlock.wrongPassphraseAlert()).toBeVisible();
  await unlock.unlock(replacement);
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'People' }).click();
  await expect(page.getByText('Keyholder-Fictive')).toBeVisible();
});
