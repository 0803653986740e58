// @vitest-environment jsdom
// A backup is recorded only once it is on disk. Killing the browser the moment a large backup's
// download started left the dashboard and the audit trail showing a verified backup while no file
// existed: the entry was written as soon as the download was handed over. Now a browser saves a
// backup through the File System Access API and records it 'verified' only after close() committed
// the file and its bytes were read back; without that API it records 'prepared', never 'verified'.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sha256Hex } from '../../../renderer/src/archive/bytes';
import { makeBackup } from '../../../renderer/src/features/backup/makeBackup';
import { lastVerifiedBackupAt, unverifiedBackupAt } from '../../../renderer/src/features/backup/lastBackup';
import { createBrowserHost } from '../../../renderer/src/host/browserHost';
import { saveFileWithPicker } from '../../../renderer/src/host/browserSave';
import { HostError } from '../../../renderer/src/host/host';
import { ARCHIVE_PASSPHRASE, person, sessionWithPeople } from '../app/backupFakes';
import { fakeDisk, type FakeDisk } from './fakeFileSystemAccess';

// The real archive code with scrypt at 2^10 instead of 2^18, so each backup takes milliseconds.
vi.mock('../../../renderer/src/archive', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../renderer/src/archive')>();
  return {
    ...actual,
    writeArchive: (snapshot: Parameters<typeof actual.writeArchive>[0], passphrase: string, options: Parameters<typeof actual.writeArchive>[2]) =>
      actual.writeArchive(snapshot, passphrase, { ...options, scryptWorkFactor: 10 }),
  };
});

const filters = [{ name: 'Custodian backup', extensions: ['custodian'] }];

/** A browser window with (or without) the picker; downloads go through jsdom's document. */
function browserWindow(disk: FakeDisk | null): Window {
  return Object.assign(Object.create(window) as Window, { document, ...(disk ? { showSaveFilePicker: disk.picker } : {}) });
}

async function backUp(disk: FakeDisk | null) {
  const { session } = await sessionWithPeople([person('Aiko', 'Tanaka')]);
  const host = createBrowserHost(browserWindow(disk));
  const backup = makeBackup({ session, host, passphrase: ARCHIVE_PASSPHRASE, appVersion: '0.1.0', fileTypeName: 'Custodian backup' });
  return { session, backup };
}

const backupEntries = (session: Awaited<ReturnType<typeof sessionWithPeople>>['session']) => session.audit.list({ action: 'backup' });

beforeEach(() => {
  URL.createObjectURL = vi.fn(() => 'blob:http://localhost/backup');
  URL.revokeObjectURL = vi.fn();
});
afterEach(() => vi.restoreAllMocks());

describe('saveFileWithPicker', () => {
  it('resolves only after close committed the file, with the hash of the bytes read back', async () => {
    const disk = fakeDisk();
    const bytes = new TextEncoder().encode('age-encryption.org/v1 (synthetic)');
    const outcome = await saveFileWithPicker({ suggestedName: 'b.custodian', filters, bytes }, disk.picker);
    expect(outcome).toEqual({ saved: true, fileName: 'b.custodian', sha256OnDisk: await sha256Hex(bytes) });
    expect([...(disk.files.get('b.custodian') ?? [])]).toEqual([...bytes]);
  });

  it('a cancelled picker saves nothing; a close that fails is a write-failed error', async () => {
    const disk = fakeDisk();
    disk.cancel = true;
    expect(await saveFileWithPicker({ suggestedName: 'b.custodian', filters, bytes: new Uint8Array(3) }, disk.picker)).toEqual({ saved: false });
    disk.cancel = false;
    disk.closeBehaviour = 'fail';
    const error = await saveFileWithPicker({ suggestedName: 'b.custodian', filters, bytes: new Uint8Array(3) }, disk.picker).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({ code: 'write-failed' });
    expect(disk.files.has('b.custodian')).toBe(false);
  });
});

describe('a browser backup is recorded as verified only once it is on disk', () => {
  it('with the File System Access API: saved, read back, then recorded as verified', async () => {
    const disk = fakeDisk();
    const { session, backup } = await backUp(disk);
    const outcome = await backup;
    expect(outcome).toMatchObject({ saved: true, checkedOnDisk: true });
    const file = disk.files.get('Custodian-backup-2026-03-16.custodian');
    expect(file?.length).toBeGreaterThan(0);
    expect(backupEntries(session).map((entry) => entry.detail)).toEqual(['verified']);
    expect(lastVerifiedBackupAt(session.audit)).not.toBeNull();
  });

  it('a save whose close never completes (the browser was killed) is never recorded', async () => {
    const disk = fakeDisk();
    disk.closeBehaviour = 'hang';
    const { session, backup } = await backUp(disk);
    let settled = false;
    void backup.then(
      () => (settled = true),
      () => (settled = true),
    );
    await disk.closing;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(settled).toBe(false);
    expect(disk.files.size).toBe(0);
    expect(backupEntries(session)).toEqual([]);
    expect(lastVerifiedBackupAt(session.audit)).toBeNull();
  });

  it('a save whose close fails is an error, and nothing is recorded', async () => {
    const disk = fakeDisk();
    disk.closeBehaviour = 'fail';
    const { session, backup } = await backUp(disk);
    await expect(backup).rejects.toMatchObject({ code: 'write-failed' });
    expect(backupEntries(session)).toEqual([]);
  });

  it('without the API, a download is recorded as prepared, not verified, and the officer is told to check it', async () => {
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { session, backup } = await backUp(null);
    expect(await backup).toMatchObject({ saved: true, checkedOnDisk: false });
    expect(backupEntries(session).map((entry) => entry.detail)).toEqual(['prepared']);
    expect(lastVerifiedBackupAt(session.audit)).toBeNull();
    expect(unverifiedBackupAt(backupEntries(session))).toBe(backupEntries(session)[0]?.at);
  });

  it('a later verified backup clears the prepared notice', () => {
    const entries = [
      { action: 'backup' as const, detail: 'verified', at: '2026-03-16T12:00:00Z' },
      { action: 'backup' as const, detail: 'prepared', at: '2026-03-15T12:00:00Z' },
    ];
    expect(unverifiedBackupAt(entries)).toBeNull();
    expect(unverifiedBackupAt([...entries].reverse())).toBe('2026-03-15T12:00:00Z');
  });
});
