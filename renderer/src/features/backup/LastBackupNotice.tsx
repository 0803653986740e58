// The last verified backup and, when it is older than the reminder (a setting, 7 days by default)
// or missing, a reminder. Reads the audit trail, so it updates as soon as a backup is recorded.
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import { useCallback, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnlocked } from '../../app/unlocked';
import { useFormat } from '../../ui/format';
import { useAuditReady } from '../audit/useAuditReady';
import { backupStatus, lastRestoreAfterBackup, lastVerifiedBackupAt, reminderDaysOf, unverifiedBackupAt } from './lastBackup';

export function LastBackupNotice() {
  const { t } = useTranslation();
  const format = useFormat();
  const { session, settings } = useUnlocked();
  const subscribe = useCallback((listener: () => void) => session.audit.subscribe(listener), [session]);
  // The instant alone is the snapshot: a string compares by value, so an unrelated entry re-renders nothing.
  const backupAt = useSyncExternalStore(subscribe, () => lastVerifiedBackupAt(session.audit));
  const restoredAt = useSyncExternalStore(subscribe, () => lastRestoreAfterBackup(session.audit));
  const lastAt = restoredAt ?? backupAt;
  const preparedAt = useSyncExternalStore(subscribe, () => unverifiedBackupAt(session.audit.list({ action: 'backup' })));
  const opening = useAuditReady(session.audit).state === 'opening';
  const reminderDays = reminderDaysOf(settings);
  const status = backupStatus(lastAt, reminderDays);
  const unverified = preparedAt === null ? null : (
    <Alert severity="warning" role="note" sx={{ mb: 3, maxWidth: 760 }}>
      {t('backup.last.unverified', { date: format.instant(preparedAt) })}
    </Alert>
  );

  // The trail's entries open just after unlock: until then "no backup" would be a false alarm.
  if (opening) return <Alert severity="info" role="note" sx={{ mb: 3, maxWidth: 760 }}>{t('audit.backupStatus.checking')}</Alert>;
  // role="note": a standing notice, not news; an alert would be announced on every visit.
  if (status.lastAt === null) {
    return (
      <>
        {unverified}
        <Alert severity="warning" role="note" sx={{ mb: 3, maxWidth: 760 }}>
          {t('backup.last.never')}
        </Alert>
      </>
    );
  }
  const when = t(restoredAt !== null ? 'backup.last.restored' : 'backup.last.when', { date: format.instant(status.lastAt) });
  if (!status.due) {
    return (
      <>
        {unverified}
        <Alert severity="info" role="note" sx={{ mb: 3, maxWidth: 760 }}>
          {when}
        </Alert>
      </>
    );
  }
  return (
    <>
      {unverified}
      <Alert severity="warning" role="note" sx={{ mb: 3, maxWidth: 760 }}>
        <AlertTitle>{when}</AlertTitle>
        {t('backup.last.due', { count: status.daysSince ?? 0, limit: reminderDays })}
      </Alert>
    </>
  );
}
