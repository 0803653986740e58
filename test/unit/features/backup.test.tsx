// @vitest-environment jsdom
// "Back up now": the archive is opened and checked before it is saved, cancel saves nothing, the
// success message comes only after every check, and the audit trail records one verified backup.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ArchiveError, readArchive, verifyArchive, writeArchive } from '../../../renderer/src/archive';
import { sha256Hex } from '../../../renderer/src/archive/bytes';
import { APP_VERSION } from '../../../renderer/src/features/backup/appVersion';
import { BackupPage } from '../../../renderer/src/features/backup/BackupPage';
import { makeBackup, type BackupProgress } from '../../../renderer/src/features/backup/makeBackup';
import { backupStatus, reminderDaysOf } from '../../../renderer/src/features/backup/lastBackup';
import { FakeHost } from '../app/fakes';
import { ARCHIVE_PASSPHRASE, FAST_SCRYPT, person, sessionWithPeople } from '../app/backupFakes';
import { renderUnlocked } from '../app/render';

// The real archive code with scrypt at 2^10 instead of 2^18, so each test encrypts in milliseconds.
vi.mock('../../../renderer/src/archive', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../renderer/src/archive')>();
  return {
    ...actual,
    writeArchive: vi.fn((snapshot: Parameters<typeof actual.writeArchive>[0], passphrase: string, options: Parameters<typeof actual.writeArchive>[2]) =>
      actual.writeArchive(snapshot, passphrase, { ...options, scryptWorkFactor: 10 }),
    ),
    verifyArchive: vi.fn(actual.verifyArchive),
  };
});

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

async function fillPassphrase(user: ReturnType<typeof userEvent.setup>, passphrase = ARCHIVE_PASSPHRASE, confirmation = passphrase) {
  await user.click(await screen.findByLabelText(/^Backup passphrase/));
  await user.paste(passphrase);
  await user.click(screen.getByLabelText(/^Confirm backup passphrase/));
  await user.paste(confirmation);
}

const backUpNow = () => screen.getByRole('button', { name: 'Back up now' });

beforeEach(() => {
  vi.mocked(writeArchive).mockClear();
  vi.mocked(verifyArchive).mockClear();
});

describe('Back up now', () => {
  it('checks the archive before saving it, says so only afterwards, and records one verified backup', async () => {
    const user = userEvent.setup({ delay: null });
    const { session } = await sessionWithPeople([person('Avery', 'Testperson'), person('Blake', 'Example')]);
    const host = new FakeHost();
    const save = deferred<{ saved: true; fileName: string; sha256OnDisk: string }>();
    host.saveFile.mockImplementation(() => save.promise);
    renderUnlocked(<BackupPage />, session, { host });
    expect(await screen.findByText(/No verified backup has been made from this vault yet/)).toBeTruthy();

    await fillPassphrase(user);
    await user.click(backUpNow());

    // The save dialog is open: the archive was already opened again and checked, nothing is claimed yet.
    await waitFor(() => expect(host.saveFile).toHaveBeenCalledTimes(1), { timeout: 20_000 });
    const request = host.saveFile.mock.calls[0]![0];
    expect(request.suggestedName).toBe('Custodian-backup-2026-03-16.custodian');
    expect(request.filters).toEqual([{ name: 'Custodian backup', extensions: ['custodian'] }]);
    expect(request.readBack).toBe(true);
    expect(vi.mocked(verifyArchive)).toHaveBeenCalledTimes(1);
    expect(vi.mocked(verifyArchive).mock.calls[0]![0]).toBe(request.bytes);
    expect(vi.mocked(verifyArchive).mock.invocationCallOrder[0]).toBeLessThan(host.saveFile.mock.invocationCallOrder[0]!);
    expect(screen.getByRole('progressbar', { name: 'Choose where to save the backup…' })).toBeTruthy();
    expect(screen.queryByText(/Backup downloaded/)).toBeNull();
    expect(session.audit.record).not.toHaveBeenCalled();

    // The saved bytes are a real archive of the vault, readable with the archive's passphrase.
    const { manifest, snapshot } = await readArchive(request.bytes, ARCHIVE_PASSPHRASE);
    expect(manifest.appVersion).toBe(APP_VERSION);
    expect(snapshot.people.map((p) => p.familyName).sort()).toEqual(['Example', 'Testperson']);

    // The platform read the file back from the disk and it matched: only now is it a verified backup.
    save.resolve({ saved: true, fileName: 'Custodian-backup-2026-03-16.custodian', sha256OnDisk: await sha256Hex(request.bytes) });
    const success = await screen.findByText(/^Backup saved as Custodian-backup-2026-03-16\.custodian and verified/);
    expect(success.textContent).toContain('In it: people 2, access requests 0.');
    expect(session.audit.record).toHaveBeenCalledTimes(1);
    expect(session.audit.record).toHaveBeenCalledWith({ action: 'backup', entityKind: 'archive', entityId: null, fields: [], detail: 'verified' });
    // The form forgets the passphrase, and the last-backup notice follows the audit trail.
    expect((screen.getByLabelText(/^Backup passphrase/) as HTMLInputElement).value).toBe('');
    expect(await screen.findByText(/^Last verified backup:/)).toBeTruthy();
  });

  it('a download nobody could read back is recorded as prepared, not verified, and the officer is asked to check it', async () => {
    const user = userEvent.setup({ delay: null });
    const { session } = await sessionWithPeople([person('Avery', 'Testperson')]);
    renderUnlocked(<BackupPage />, session); // FakeHost: a download, no sha256OnDisk
    await fillPassphrase(user);
    await user.click(backUpNow());
    expect(await screen.findByText(/^Backup downloaded as/, undefined, { timeout: 20_000 })).toBeTruthy();
    expect(session.audit.record).toHaveBeenCalledWith({ action: 'backup', entityKind: 'archive', entityId: null, fields: [], detail: 'prepared' });
    expect(await screen.findByText(/was handed to the browser as a download, which Custodian cannot read back/)).toBeTruthy();
    expect(screen.getByText(/No verified backup has been made from this vault yet/)).toBeTruthy();
  });

  it('shows a determinate progress bar while the archive is written', async () => {
    const user = userEvent.setup({ delay: null });
    const { session } = await sessionWithPeople([person('Avery', 'Testperson')]);
    const halfway = deferred<void>();
    const actual = await vi.importActual<typeof import('../../../renderer/src/archive')>('../../../renderer/src/archive');
    vi.mocked(writeArchive).mockImplementationOnce(async (snapshot, passphrase, options) => {
      options.onProgress?.(1, 4);
      await halfway.promise;
      return actual.writeArchive(snapshot, passphrase, { ...options, scryptWorkFactor: FAST_SCRYPT });
    });
    renderUnlocked(<BackupPage />, session);
    await fillPassphrase(user);
    await user.click(backUpNow());
    const bar = await screen.findByRole('progressbar', { name: 'Encrypting the backup…' });
    expect(bar.getAttribute('aria-valuenow')).toBe('25');
    halfway.resolve();
    expect(await screen.findByText(/^Backup downloaded as/, undefined, { timeout: 20_000 })).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('saves nothing and records nothing when the officer cancels the save dialog', async () => {
    const user = userEvent.setup({ delay: null });
    const { session } = await sessionWithPeople([person('Avery', 'Testperson')]);
    const host = new FakeHost();
    host.saveFile.mockResolvedValue({ saved: false });
    renderUnlocked(<BackupPage />, session, { host });
    await fillPassphrase(user);
    await user.click(backUpNow());
    expect(await screen.findByText('Backup cancelled. No file was saved.', undefined, { timeout: 20_000 })).toBeTruthy();
    expect(screen.queryByText(/^Backup (saved|downloaded)/)).toBeNull();
    expect(session.audit.record).not.toHaveBeenCalled();
  });

  it('never offers to save an archive that fails its own check', async () => {
    const user = userEvent.setup({ delay: null });
    const { session } = await sessionWithPeople([person('Avery', 'Testperson')]);
    const host = new FakeHost();
    vi.mocked(verifyArchive).mockResolvedValueOnce({ ok: false, error: new ArchiveError('damaged') });
    renderUnlocked(<BackupPage />, session, { host });
    await fillPassphrase(user);
    await user.click(backUpNow());
    const alert = await screen.findByRole('alert', undefined, { timeout: 20_000 });
    expect(alert.textContent).toContain('The backup was not made');
    expect(alert.textContent).toContain('failed its check before saving, so no file was saved');
    expect(alert.textContent).toContain('The backup is damaged');
    expect(host.saveFile).not.toHaveBeenCalled();
    expect(session.audit.record).not.toHaveBeenCalled();
  });

  it('in Electron, says the file on disk was read back and matches — or refuses when it does not', async () => {
    const user = userEvent.setup({ delay: null });
    const { session } = await sessionWithPeople([person('Avery', 'Testperson')]);
    const host = new FakeHost();
    host.saveFile.mockImplementationOnce(async (request) => ({ saved: true, fileName: 'backup.custodian', sha256OnDisk: await sha256Hex(request.bytes) }));
    host.saveFile.mockImplementationOnce(async () => ({ saved: true, fileName: 'backup.custodian', sha256OnDisk: '0'.repeat(64) }));
    renderUnlocked(<BackupPage />, session, { host });

    await fillPassphrase(user);
    await user.click(backUpNow());
    const success = await screen.findByText(/^Backup saved as backup\.custodian and verified/, undefined, { timeout: 20_000 });
    expect(success.textContent).toContain('the file read back from the disk is identical');
    expect(session.audit.record).toHaveBeenCalledTimes(1);

    await fillPassphrase(user);
    await user.click(backUpNow());
    const alert = await screen.findByRole('alert', undefined, { timeout: 20_000 });
    expect(alert.textContent).toContain('The file on the disk is not the backup Custodian wrote');
    expect(screen.queryByText(/^Backup saved as/)).toBeNull();
    expect(session.audit.record).toHaveBeenCalledTimes(1);
  });

  it('refuses a weak or mistyped passphrase before reading any record', async () => {
    const user = userEvent.setup({ delay: null });
    const { session } = await sessionWithPeople([person('Avery', 'Testperson')]);
    renderUnlocked(<BackupPage />, session);
    await fillPassphrase(user, ARCHIVE_PASSPHRASE, `${ARCHIVE_PASSPHRASE}!`);
    await user.click(backUpNow());
    expect(await screen.findByText('The two passphrases do not match.')).toBeTruthy();
    await user.clear(screen.getByLabelText(/^Backup passphrase/));
    await user.clear(screen.getByLabelText(/^Confirm backup passphrase/));
    await fillPassphrase(user, 'password1234');
    await user.click(backUpNow());
    expect(await screen.findByText(/This passphrase is too easy to guess/)).toBeTruthy();
    expect(session.exportSnapshot).not.toHaveBeenCalled();
  });
});

describe('makeBackup', () => {
  it('reports its stages in order, with fractions that only grow and reach the end', async () => {
    const { session } = await sessionWithPeople([person('Avery', 'Testperson'), person('Blake', 'Example')]);
    const host = new FakeHost();
    const seen: BackupProgress[] = [];
    const outcome = await makeBackup({ session, host, passphrase: ARCHIVE_PASSPHRASE, appVersion: APP_VERSION, fileTypeName: 'Custodian backup', onProgress: (p) => seen.push(p) });
    expect(outcome).toMatchObject({ saved: true, checkedOnDisk: false, manifest: { counts: { people: 2 } } });
    const stages = seen.map((p) => p.stage).filter((stage, i, all) => stage !== all[i - 1]);
    expect(stages).toEqual(['exporting', 'encrypting', 'verifying', 'saving']);
    for (const stage of ['encrypting', 'verifying'] as const) {
      const fractions = seen.filter((p) => p.stage === stage).map((p) => p.fraction ?? 0);
      expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
      expect(fractions.at(-1)).toBe(1);
    }
  });
});

describe('last verified backup', () => {
  it('is due when there is none, or when it is as old as the reminder (7 days unless set)', () => {
    const now = new Date('2026-03-16T12:00:00Z');
    expect(backupStatus(null, 7, now)).toEqual({ lastAt: null, daysSince: null, due: true });
    expect(backupStatus('2026-03-10T12:00:00Z', 7, now)).toMatchObject({ daysSince: 6, due: false });
    expect(backupStatus('2026-03-09T12:00:00Z', 7, now)).toMatchObject({ daysSince: 7, due: true });
    expect(reminderDaysOf({})).toBe(7);
    expect(reminderDaysOf({ backupReminderDays: 3 })).toBe(3);
  });

  it('the version a backup records is package.json’s', () => {
    const { version } = JSON.parse(readFileSync(path.join(process.cwd(), 'package.json'), 'utf8')) as { version: string };
    expect(APP_VERSION).toBe(version);
  });
});
