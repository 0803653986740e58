// After unlock: which unsaved forms the last lock closed. Floats over the page rather than pushing
// the full-height frame down, and stays until the officer closes it.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';

export function LostFormsNotice({ titles, onClose }: { titles: string[]; onClose: () => void }) {
  const { t } = useTranslation();
  if (titles.length === 0) return null;
  return (
    <Box sx={{ position: 'fixed', bottom: 16, left: 16, right: 16, display: 'flex', justifyContent: 'center', zIndex: 'snackbar', pointerEvents: 'none' }}>
      <Alert severity="warning" variant="filled" onClose={onClose} sx={{ pointerEvents: 'auto', maxWidth: 640 }}>
        {t('app.unsavedFormLost', { count: titles.length, titles: titles.join(', ') })}
      </Alert>
    </Box>
  );
}
