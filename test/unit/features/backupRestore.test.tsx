// @vitest-environment jsdom
// Restore over the current data: check the archive, show what it holds, and only after the typed
// word replace everything with the backup's; a failed restore says that nothing was changed.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { BackupPage } from '../../../renderer/src/features/backup/BackupPage';
import { ArchiveError } from '../../../renderer/src/archive/errors';
import { SnapshotInvalidError } from '../../../renderer/src/store/errors';
import { FakeHost } from '../app/fakes';
import { ARCHIVE_PASSPHRASE, archiveOf, namesIn, person, sessionWithPeople } from '../app/backupFakes';
import { renderUnlocked } from '../app/render';

async function openForRestore(user: ReturnType<typeof userEvent.setup>) {
  const section = screen.getByRole('region', { name: 'Restore over the current data' });
  await user.click(within(section).getByRole('button', { name: 'Choose a backup file…' }));
  await user.click(within(section).getByLabelText(/^Passphrase of the backup/));
  await user.paste(ARCHIVE_PASSPHRASE);
  await user.click(within(section).getByRole('button', { name: 'Check the backup' }));
  await within(section).findByText(/^Integrity OK/, undefined, { timeout: 20_000 });
  return section;
}

describe('Restore over the current data', () => {
  it('needs the typed word RESTORE, then puts back exactly the records of the backup', async () => {
    const user = userEvent.setup({ delay: null });
    const { gate, session } = await sessionWithPeople([person('Avery', 'Testperson')]);
    const file = await archiveOf(session);
    const atBackup = namesIn(session);
    // After the backup: one person added, the first one renamed.
    await session.people.add(person('Blake', 'Later'));
    const avery = session.people.list()[1]!;
    await session.people.update(avery.id, { ...avery, familyName: 'Renamed' });
    expect(namesIn(session)).not.toEqual(atBackup);

    const host = new FakeHost();
    host.openFile.mockResolvedValue(file);
    renderUnlocked(<BackupPage />, session, { host, gate });
    const section = await openForRestore(user);
    expect(within(section).getByRole('table', { name: 'What the backup holds' }).textContent).toContain('People1');

    const restore = within(section).getByRole('button', { name: 'Restore this backup' });
    expect(restore).toHaveProperty('disabled', true);
    const word = within(section).getByRole('textbox', { name: 'Type RESTORE to confirm' });
    await user.type(word, 'restore');
    expect(restore).toHaveProperty('disabled', true);
    await user.clear(word);
    await user.type(word, 'RESTORE');
    expect(restore).toHaveProperty('disabled', false);
    expect(session.restoreSnapshot).not.toHaveBeenCalled();
    await user.click(restore);

    expect(await within(section).findByText(/^Restored\. Custodian now holds the records as they were when the backup was made/)).toBeTruthy();
    expect(session.restoreSnapshot).toHaveBeenCalledTimes(1);
    expect(namesIn(session)).toEqual(atBackup);
    // The store chains its own 'restore' entry; the screen records nothing more.
    expect(session.audit.record).not.toHaveBeenCalled();
    expect(session.audit.list()[0]).toMatchObject({ action: 'restore' });
  });

  it('shows the store’s refusal and says nothing was changed', async () => {
    const user = userEvent.setup({ delay: null });
    const { session } = await sessionWithPeople([person('Avery', 'Testperson')]);
    const file = await archiveOf(session);
    await session.people.add(person('Blake', 'Later'));
    const before = namesIn(session);
    session.restoreSnapshot.mockRejectedValueOnce(new SnapshotInvalidError('the audit trail is broken at entry 4 (altered)'));
    const host = new FakeHost();
    host.openFile.mockResolvedValue(file);
    renderUnlocked(<BackupPage />, session, { host });
    const section = await openForRestore(user);
    await user.type(within(section).getByRole('textbox', { name: 'Type RESTORE to confirm' }), 'RESTORE');
    await user.click(within(section).getByRole('button', { name: 'Restore this backup' }));
    const alert = await within(section).findByRole('alert');
    expect(alert.textContent).toContain('The backup was not restored');
    expect(alert.textContent).toContain('The backup cannot be restored: the audit trail is broken at entry 4 (altered).');
    expect(alert.textContent).toMatch(/Nothing was changed\.$/);
    expect(within(section).queryByText(/^Restored\./)).toBeNull();
    expect(namesIn(session)).toEqual(before);
  });

  it('says which reference series were kept above the backup’s, so no number is given twice (issue #13)', async () => {
    const user = userEvent.setup({ delay: null });
    const { session } = await sessionWithPeople([person('Avery', 'Testperson')]);
    const host = new FakeHost();
    host.openFile.mockResolvedValue(await archiveOf(session));
    session.restoreSnapshot.mockResolvedValueOnce({ raisedSequences: [{ id: 'AR-2026', archived: 2, kept: 5 }] });
    renderUnlocked(<BackupPage />, session, { host });
    const section = await openForRestore(user);
    await user.type(within(section).getByRole('textbox', { name: 'Type RESTORE to confirm' }), 'RESTORE');
    await user.click(within(section).getByRole('button', { name: 'Restore this backup' }));
    const done = await within(section).findByText(/^Restored\./);
    expect(done.textContent).toContain('Reference numbers are never reused: this vault had already given numbers beyond the backup’s, so the next ones are AR-2026-0006.');
  });

  it('shows the store’s refusal in the archive’s own words, with where (the same code Verify gives)', async () => {
    const user = userEvent.setup({ delay: null });
    const { session } = await sessionWithPeople([person('Avery', 'Testperson')]);
    const host = new FakeHost();
    host.openFile.mockResolvedValue(await archiveOf(session));
    session.restoreSnapshot.mockRejectedValueOnce(new ArchiveError('sequenceBehind', { table: 'accessRequests', line: 2, field: 'reference' }));
    renderUnlocked(<BackupPage />, session, { host });
    const section = await openForRestore(user);
    await user.type(within(section).getByRole('textbox', { name: 'Type RESTORE to confirm' }), 'RESTORE');
    await user.click(within(section).getByRole('button', { name: 'Restore this backup' }));
    const alert = await within(section).findByRole('alert');
    expect(alert.textContent).toContain('reference numbering is behind its own access requests');
    expect(alert.textContent).toMatch(/Nothing was changed\.$/);
  });

  it('choosing another file forgets the one checked before', async () => {
    const user = userEvent.setup({ delay: null });
    const { session } = await sessionWithPeople([person('Avery', 'Testperson')]);
    const host = new FakeHost();
    host.openFile.mockResolvedValue(await archiveOf(session));
    renderUnlocked(<BackupPage />, session, { host });
    const section = await openForRestore(user);
    host.openFile.mockResolvedValue({ name: 'other.custodian', bytes: new Uint8Array([1, 2, 3]) });
    await user.click(within(section).getByRole('button', { name: 'Choose a backup file…' }));
    await waitFor(() => expect(within(section).queryByRole('button', { name: 'Restore this backup' })).toBeNull());
    expect(within(section).getByText('File: other.custodian')).toBeTruthy();
  });
});
