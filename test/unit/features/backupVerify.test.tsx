// @vitest-environment jsdom
// "Check a backup file": what a good archive holds, and for a refused one the exact reason as a
// sentence that says what happened and what to do — in English and in French, for every code.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ARCHIVE_ERROR_CODES, ArchiveError } from '../../../renderer/src/archive';
import { ARCHIVE_FORMAT_VERSION } from '../../../renderer/src/archive/layout';
import { BackupPage } from '../../../renderer/src/features/backup/BackupPage';
import { archiveErrorMessage } from '../../../renderer/src/features/backup/backupErrorMessage';
import { createI18n } from '../../../renderer/src/i18n';
import { FakeHost } from '../app/fakes';
import { ARCHIVE_PASSPHRASE, archiveOf, person, sessionWithPeople } from '../app/backupFakes';
import { renderUnlocked } from '../app/render';
import { PASSPHRASE, editManifest, tamper } from '../archive/helpers';

const flip = (bytes: Uint8Array, at: number) => {
  const copy = bytes.slice();
  copy[at]! ^= 0x01;
  return copy;
};

async function check(user: ReturnType<typeof userEvent.setup>, passphrase = ARCHIVE_PASSPHRASE) {
  const section = screen.getByRole('region', { name: 'Check a backup file' });
  await user.click(within(section).getByRole('button', { name: 'Choose a backup file…' }));
  await user.click(within(section).getByLabelText(/^Passphrase of the backup/));
  await user.paste(passphrase);
  await user.click(within(section).getByRole('button', { name: 'Check the backup' }));
  return section;
}

describe('Check a backup file', () => {
  it('shows the counts per table, the creation date, the format and app versions, and Integrity OK', async () => {
    const user = userEvent.setup({ delay: null });
    const { session } = await sessionWithPeople([person('Avery', 'Testperson'), person('Blake', 'Example'), person('Casey', 'Sample')]);
    const host = new FakeHost();
    const file = await archiveOf(session);
    host.openFile.mockResolvedValue(file);
    renderUnlocked(<BackupPage />, session, { host });

    const section = await check(user);
    expect(host.openFile).toHaveBeenCalledWith([{ name: 'Custodian backup', extensions: ['custodian'] }]);
    expect(await within(section).findByText(/^Integrity OK/, undefined, { timeout: 20_000 })).toBeTruthy();
    const summary = within(section).getByTestId('archive-summary');
    expect(summary.textContent).toContain('Custodian-backup-2026-03-16.custodian');
    expect(summary.textContent).toContain('Mar 16, 2026');
    const term = (label: string) => within(summary).getByText(label).nextElementSibling?.textContent;
    expect(term('Backup format version')).toBe(String(ARCHIVE_FORMAT_VERSION));
    expect(term('Made by Custodian version')).toBe('0.1.0');
    const table = within(summary).getByRole('table', { name: 'What the backup holds' });
    const count = (name: string) => within(within(table).getByRole('row', { name: new RegExp(`^${name}`) })).getAllByRole('cell')[0]?.textContent;
    expect(count('People')).toBe('3');
    expect(count('Access requests')).toBe('0');
    expect(count('Letters and attachments')).toBe('0');
    expect(count('Audit trail entries')).toBe('0');
    // Checking changes nothing and records nothing.
    expect(session.restoreSnapshot).not.toHaveBeenCalled();
    expect(session.audit.record).not.toHaveBeenCalled();
  });

  // [case, the archive's passphrase, the one typed, how the file is spoilt, the sentence shown]
  it.each([
    ['a wrong passphrase', ARCHIVE_PASSPHRASE, 'not the passphrase at all', async (bytes: Uint8Array) => bytes, 'The passphrase does not open this backup.'],
    ['a file that is not an archive', ARCHIVE_PASSPHRASE, ARCHIVE_PASSPHRASE, async () => new TextEncoder().encode('%PDF-1.7 not a backup'), 'This file is not a Custodian backup'],
    ['a cut-off copy', ARCHIVE_PASSPHRASE, ARCHIVE_PASSPHRASE, async (bytes: Uint8Array) => bytes.slice(0, bytes.length - 40), 'The backup is incomplete'],
    ['a changed byte', ARCHIVE_PASSPHRASE, ARCHIVE_PASSPHRASE, async (bytes: Uint8Array) => flip(bytes, bytes.length - 30), 'The backup is damaged'],
    // tamper() reseals with the archive tests' own passphrase.
    ['a newer format', PASSPHRASE, PASSPHRASE, async (bytes: Uint8Array) => tamper(bytes, (entries) => editManifest(entries, (m) => { m.formatVersion = ARCHIVE_FORMAT_VERSION + 1; })), `made by a newer version of Custodian (backup format ${ARCHIVE_FORMAT_VERSION + 1}). Update Custodian`],
  ])('refuses %s with its own sentence', async (_label, archivePassphrase, typed, spoil, sentence) => {
    const user = userEvent.setup({ delay: null });
    const { session } = await sessionWithPeople([person('Avery', 'Testperson')]);
    const host = new FakeHost();
    const good = await archiveOf(session, archivePassphrase);
    host.openFile.mockResolvedValue({ name: good.name, bytes: await spoil(good.bytes) });
    renderUnlocked(<BackupPage />, session, { host });
    const section = await check(user, typed);
    const alert = await within(section).findByRole('alert', undefined, { timeout: 20_000 });
    expect(alert.textContent).toContain('This backup cannot be used');
    expect(alert.textContent).toContain(sentence);
    expect(within(section).queryByText(/^Integrity OK/)).toBeNull();
  });
});

describe('archive refusals in words', () => {
  it.each(['en', 'fr'] as const)('every code has its own %s sentence saying what to do', (language) => {
    const i18n = createI18n(language);
    const sentences = ARCHIVE_ERROR_CODES.map((code) => archiveErrorMessage(i18n.t, new ArchiveError(code, code === 'newerFormat' ? { formatVersion: 3 } : {})));
    expect(new Set(sentences).size).toBe(ARCHIVE_ERROR_CODES.length);
    for (const sentence of sentences) {
      expect(sentence).not.toMatch(/backup\.archiveErrors|\{\{/);
      expect(sentence.length).toBeGreaterThan(60);
    }
  });

  it('says where in the archive, never what was there', () => {
    const { t } = createI18n('en');
    expect(archiveErrorMessage(t, new ArchiveError('invalidRecord', { table: 'people', line: 12, field: 'email' }))).toBe(
      'The backup holds a record Custodian cannot accept. Use another copy of the backup, or ask your support person to look at it. (Where: People, line 12, field email.)',
    );
    expect(archiveErrorMessage(createI18n('fr').t, new ArchiveError('duplicateId', { table: 'accessRequests', line: 3 }))).toContain('(Emplacement : Demandes d’accès, ligne 3.)');
  });
});
