// The Backup area (#/backup): back up now, check any archive, restore over the current data.
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../ui/PageHeading';
import { BackUpForm } from './BackUpForm';
import { BackupSection } from './BackupSection';
import { LastBackupNotice } from './LastBackupNotice';
import { RestoreOverCurrent } from './RestoreOverCurrent';
import { VerifyArchiveSection } from './VerifyArchiveSection';

export function BackupPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('backup.title')} />
      <Typography sx={{ mb: 2, maxWidth: 760 }}>{t('backup.intro')}</Typography>
      <LastBackupNotice />
      <BackupSection title={t('backup.create.heading')} intro={t('backup.create.intro')}>
        <BackUpForm />
      </BackupSection>
      <BackupSection title={t('backup.verify.heading')} intro={t('backup.verify.intro')}>
        <VerifyArchiveSection />
      </BackupSection>
      <BackupSection title={t('backup.restore.heading')} intro={t('backup.restore.intro')}>
        <RestoreOverCurrent />
      </BackupSection>
    </>
  );
}
