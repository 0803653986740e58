import Alert from '@mui/material/Alert';
import { useTranslation } from 'react-i18next';
import { errorMessage } from './errorMessage';

/** A store or host error, translated; role="alert" so screen readers announce it at once. */
export function ErrorAlert({ error, onClose }: { error: unknown; onClose?: () => void }) {
  const { t } = useTranslation();
  if (error === null || error === undefined) return null;
  return (
    <Alert severity="error" role="alert" onClose={onClose} sx={{ my: 2 }}>
      {errorMessage(t, error)}
    </Alert>
  );
}
