import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import { useTranslation } from 'react-i18next';
import { backupErrorMessage } from './backupErrorMessage';

/** A backup, check or restore error, translated; role="alert" so it is announced at once. */
export function BackupErrorAlert({ error, title, footer }: { error: unknown; title?: string; footer?: string }) {
  const { t } = useTranslation();
  if (error === null || error === undefined) return null;
  return (
    <Alert severity="error" role="alert" sx={{ my: 2 }}>
      {title && <AlertTitle>{title}</AlertTitle>}
      {backupErrorMessage(t, error)}
      {footer ? ` ${footer}` : ''}
    </Alert>
  );
}
