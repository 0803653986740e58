import Alert from '@mui/material/Alert';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../ui/PageHeading';
import type { FirstScreen, Session } from '../../store/contract';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { RecoveryForm } from './RecoveryForm';
import { UnlockForm } from './UnlockForm';

/** The vault exists and is locked: unlock with the passphrase, or recover with the recovery key. */
interface Props {
  notice?: string;
  /** Why the last unlock stopped after its first screen (the form that started it is gone). */
  error?: unknown;
  onUnlocked: (session: Session) => void;
  onFirstScreen?: (screen: FirstScreen) => Promise<void>;
  onFailed?: (error: unknown) => void;
}

export function LockedScreen({ notice, error, onUnlocked, onFirstScreen, onFailed }: Props) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'passphrase' | 'recovery'>('passphrase');
  return (
    <Paper variant="outlined" sx={{ p: { xs: 2, md: 4 }, maxWidth: 560, width: '100%', mx: 'auto', mt: { md: 6 } }}>
      {mode === 'passphrase' ? (
        <>
          <PageHeading title={t('unlock.title')} />
          {notice && (
            <Alert severity="info" sx={{ mb: 2 }}>
              {notice}
            </Alert>
          )}
          {error !== undefined && error !== null && <ErrorAlert error={error} />}
          <Typography>{t('unlock.intro')}</Typography>
          <UnlockForm onUnlocked={onUnlocked} onUseRecoveryKey={() => setMode('recovery')} onFirstScreen={onFirstScreen} onFailed={onFailed} />
        </>
      ) : (
        <>
          <PageHeading title={t('recovery.title')} />
          <RecoveryForm onUnlocked={onUnlocked} onBack={() => setMode('passphrase')} />
        </>
      )}
    </Paper>
  );
}
