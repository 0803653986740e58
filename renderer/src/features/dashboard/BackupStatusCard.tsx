// The dashboard's backup card: the last verified backup and, when it is too old or there is none,
// a reminder in words (not colour alone) with the way to make one.
import BackupIcon from '@mui/icons-material/Backup';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnlocked } from '../../app/unlocked';
import { useFormat } from '../../ui/format';
import { useAuditReady } from '../audit/useAuditReady';
import { unverifiedBackupAt } from '../backup/lastBackup';
import { backupStatus, DEFAULT_BACKUP_REMINDER_DAYS } from './backupStatus';
import { useBackupEntries } from './useBackupEntries';

const BACKUP_HREF = '#/backup';

export function BackupStatusCard() {
  const { t } = useTranslation();
  const format = useFormat();
  const { session, settings } = useUnlocked();
  const { backups, restores } = useBackupEntries(session.audit);
  // Backups are found in the trail, whose entries open after this screen: until then, say nothing wrong.
  const opening = useAuditReady(session.audit).state === 'opening';
  const today = session.today();
  // `??`: settings read from a vault written before the setting existed may lack it.
  const reminderDays = settings.backupReminderDays ?? DEFAULT_BACKUP_REMINDER_DAYS;
  const status = useMemo(() => backupStatus(backups, today, reminderDays, restores), [backups, today, reminderDays, restores]);
  const preparedAt = unverifiedBackupAt(backups);
  const headingId = 'dashboard-backups';

  return (
    <Paper component="section" aria-labelledby={headingId} variant="outlined" sx={{ p: { xs: 2, md: 3 }, mb: 3, maxWidth: 960 }}>
      <Typography id={headingId} variant="h2" component="h2" sx={{ mb: 1 }}>
        {t('audit.backupStatus.heading')}
      </Typography>
      {opening && <Typography sx={{ mb: 2, color: 'text.secondary' }}>{t('audit.backupStatus.checking')}</Typography>}
      {!opening && status.kind !== 'never' && (
        <Typography sx={{ mb: 1 }}>
          {t(status.restored ? 'audit.backupStatus.restored' : 'audit.backupStatus.last', { date: format.date(status.on, 'long') })}{' '}
          {t('audit.backupStatus.ago', { count: status.daysAgo })}
        </Typography>
      )}
      {!opening && preparedAt !== null && (
        <Alert severity="warning" role="note" sx={{ mb: 2 }}>
          {t('backup.last.unverified', { date: format.instant(preparedAt) })}
        </Alert>
      )}
      {opening ? null : status.kind === 'recent' ? (
        <Typography sx={{ mb: 2, color: 'text.secondary' }}>{t('audit.backupStatus.reminderEvery', { count: reminderDays })}</Typography>
      ) : (
        <Alert severity="warning" role="note" sx={{ mb: 2 }}>
          <Typography sx={{ fontWeight: 600 }}>
            {status.kind === 'never' ? t('audit.backupStatus.never') : t('audit.backupStatus.due', { count: reminderDays })}
          </Typography>
          <Typography variant="body2">{t('audit.backupStatus.why')}</Typography>
        </Alert>
      )}
      <Button component="a" href={BACKUP_HREF} variant={status.kind === 'recent' ? 'outlined' : 'contained'} startIcon={<BackupIcon />}>
        {t('audit.backupStatus.backUpNow')}
      </Button>
    </Paper>
  );
}
