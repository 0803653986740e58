// After unlock, a vault whose recovery kit was never confirmed kept (first run or a first-run
// restore killed before the kit step ended, or a new key whose kit was not confirmed) asks for a new
// kit, on every page and at every unlock until one is confirmed. It does not block the records.
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnlocked } from '../../app/unlocked';
import { ReplaceRecoveryKit } from '../settings/ReplaceRecoveryKit';

export function RecoveryKitPrompt() {
  const { t } = useTranslation();
  const { session } = useUnlocked();
  const titleId = useId();
  const [needed, setNeeded] = useState(() => !session.recoveryKitConfirmed());
  const [open, setOpen] = useState(false);
  if (!needed) return null;
  return (
    <>
      <Alert
        severity="warning"
        sx={{ mb: 2 }}
        action={
          <Button color="inherit" variant="outlined" onClick={() => setOpen(true)}>
            {t('recoveryKit.missing.action')}
          </Button>
        }
      >
        <AlertTitle>{t('recoveryKit.missing.title')}</AlertTitle>
        {t('recoveryKit.missing.body')}
      </Alert>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby={titleId} maxWidth="md" fullWidth>
        <DialogTitle id={titleId}>{t('recoveryKit.missing.dialogTitle')}</DialogTitle>
        <DialogContent>
          <ReplaceRecoveryKit
            onConfirmed={() => {
              setOpen(false);
              setNeeded(false);
            }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{t('recoveryKit.missing.close')}</Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
