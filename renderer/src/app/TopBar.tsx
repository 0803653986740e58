// The header landmark: app name, the language switch and, once unlocked, the Lock button.
import LockIcon from '@mui/icons-material/Lock';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useLanguage } from './languageContext';

export function TopBar({ onLock }: { onLock?: () => void }) {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  // Canadian bilingual convention: the switch names the other language, in that language.
  const other = language === 'en' ? 'fr' : 'en';
  return (
    <AppBar position="static" component="header" color="primary" elevation={0}>
      <Toolbar sx={{ gap: 2 }}>
        <Typography component="p" variant="h6" sx={{ fontWeight: 700 }}>
          {t('app.name')}
        </Typography>
        <Typography component="p" variant="body2" sx={{ opacity: 0.9, display: { xs: 'none', sm: 'block' } }}>
          {t('app.tagline')}
        </Typography>
        <Box sx={{ flexGrow: 1 }} />
        <Button color="inherit" lang={other} onClick={() => setLanguage(other)} variant="outlined">
          {t(`languages.${other}`)}
        </Button>
        {onLock && (
          <Button color="inherit" variant="outlined" startIcon={<LockIcon />} onClick={onLock} title={t('app.lockHint')}>
            {t('app.lock')}
          </Button>
        )}
      </Toolbar>
    </AppBar>
  );
}
