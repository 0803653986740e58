// The header landmark: app name, the language switch and, once unlocked, the Lock button.
import LockIcon from '@mui/icons-material/Lock';
import MenuIcon from '@mui/icons-material/Menu';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useLanguage } from './languageContext';

/** The folded navigation's opener, shown only when the window is too narrow for a permanent one. */
export interface NavigationMenu {
  open: boolean;
  controls: string;
  onOpen: () => void;
}

export function TopBar({ onLock, menu }: { onLock?: () => void; menu?: NavigationMenu }) {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  // Canadian bilingual convention: the switch names the other language, in that language.
  const other = language === 'en' ? 'fr' : 'en';
  return (
    <AppBar position="static" component="header" color="primary" elevation={0}>
      <Toolbar sx={{ gap: 2 }}>
        {menu && (
          <IconButton color="inherit" edge="start" aria-label={t('app.openNavigation')} aria-haspopup="true" aria-expanded={menu.open} aria-controls={menu.open ? menu.controls : undefined} onClick={menu.onOpen}>
            <MenuIcon />
          </IconButton>
        )}
        <Typography component="p" variant="h6" sx={{ fontWeight: 700 }}>
          {t('app.name')}
        </Typography>
        <Typography component="p" variant="body2" sx={{ opacity: 0.9, display: { xs: 'none', md: 'block' } }}>
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
