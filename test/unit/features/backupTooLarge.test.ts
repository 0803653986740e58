// A backup past the most Custodian can save is announced before minutes of encrypting, with its size
// and the limit, in the officer's language, and nothing is saved or recorded.
import { describe, expect, it } from 'vitest';
import { BackupError } from '../../../renderer/src/features/backup/backupErrors';
import { backupErrorMessage } from '../../../renderer/src/features/backup/backupErrorMessage';
import { makeBackup } from '../../../renderer/src/features/backup/makeBackup';
import { MAX_STREAMED_FILE_BYTES } from '../../../renderer/src/host/bridge';
import { createI18n } from '../../../renderer/src/i18n';
import { FakeHost } from '../app/fakes';
import { ARCHIVE_PASSPHRASE, person, sessionWithPeople } from '../app/backupFakes';

const GB = 1024 * 1024 * 1024;

describe('a backup larger than the limit', () => {
  it('is refused before encrypting, with the size and the limit; nothing saved, nothing recorded', async () => {
    const { session } = await sessionWithPeople([person('Aiko', 'Tanaka')]);
    const real = await session.exportSnapshot();
    // Only the sizes are read before refusing: stand-ins of 1.5 GB each, without the memory.
    const huge = { byteLength: 1.5 * GB } as Uint8Array;
    session.exportSnapshot.mockResolvedValueOnce({
      ...real,
      documents: [
        { id: 'a1', requestId: 'r1', kind: 'attachment', bytes: huge },
        { id: 'a2', requestId: 'r1', kind: 'attachment', bytes: huge },
      ],
    });
    const host = new FakeHost();
    const error = await makeBackup({ session, host, passphrase: ARCHIVE_PASSPHRASE, appVersion: '0.1.0', fileTypeName: 'Custodian backup' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupError);
    expect(error).toMatchObject({ code: 'tooLarge', size: { bytes: 3 * GB, limit: MAX_STREAMED_FILE_BYTES } });
    expect(host.saveFile).not.toHaveBeenCalled();
    expect(session.audit.list({ action: 'backup' })).toEqual([]);

    expect(backupErrorMessage(createI18n('en').t, error)).toBe(
      'This backup would be about 3072 MB; the most Custodian can save is 2048 MB, so none was made. Remove attachments you no longer need to keep, then back up again.',
    );
    expect(backupErrorMessage(createI18n('fr').t, error)).toContain('environ 3072 Mo');
  });
});
