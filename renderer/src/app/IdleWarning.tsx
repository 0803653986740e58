// The idle lock's last minute, shown over whatever the officer was doing. Not a modal: it takes no
// focus, so the key press that keeps the officer working lands in the field they were typing in.
// Screen readers hear one sentence when it appears, not a number every second.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import { visuallyHidden } from './visuallyHidden';

/** 42_000 → "0:42", rounded up so the countdown reaches 0:00 only as the lock happens. */
export function formatCountdown(msLeft: number): string {
  const seconds = Math.max(0, Math.ceil(msLeft / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

export function IdleWarning({ msLeft }: { msLeft: number | null }) {
  const { t } = useTranslation();
  return (
    <Box sx={{ position: 'fixed', top: 12, left: 16, right: 16, display: 'flex', justifyContent: 'center', zIndex: 'snackbar', pointerEvents: 'none' }}>
      <Box role="status" sx={visuallyHidden}>
        {msLeft !== null ? t('app.idleWarningAnnounced') : ''}
      </Box>
      {msLeft !== null && (
        <Alert severity="warning" variant="filled" data-testid="idle-warning" aria-hidden sx={{ pointerEvents: 'auto', maxWidth: 560 }}>
          {t('app.idleWarning', { time: formatCountdown(msLeft) })}
        </Alert>
      )}
    </Box>
  );
}
