// For the dashboard: the button that takes the officer to "Back up now".
import BackupIcon from '@mui/icons-material/Backup';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { hashFor } from '../../app/routes';

export function BackUpNowLink() {
  const { t } = useTranslation();
  return (
    <Button component="a" href={hashFor('backup')} variant="contained" startIcon={<BackupIcon aria-hidden />}>
      {t('backup.create.submit')}
    </Button>
  );
}
