import PeopleIcon from '@mui/icons-material/People';
import SettingsIcon from '@mui/icons-material/Settings';
import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { hashFor, ROUTES, type Route } from './routes';

const ICONS: Record<Route, ReactElement> = { people: <PeopleIcon />, settings: <SettingsIcon /> };

/** Links, not buttons: each area has an address, and Enter follows a link natively. */
export function Navigation({ current }: { current: Route }) {
  const { t } = useTranslation();
  return (
    <Box component="nav" aria-label={t('app.mainNavigation')} sx={{ width: 220, flexShrink: 0, borderRight: 1, borderColor: 'divider', bgcolor: 'background.paper' }}>
      <List>
        {ROUTES.map((route) => (
          <ListItem key={route} disablePadding>
            <ListItemButton
              component="a"
              href={hashFor(route)}
              selected={route === current}
              aria-current={route === current ? 'page' : undefined}
            >
              <ListItemIcon aria-hidden>{ICONS[route]}</ListItemIcon>
              <ListItemText primary={t(`nav.${route}`)} />
            </ListItemButton>
          </ListItem>
        ))}
      </List>
    </Box>
  );
}
