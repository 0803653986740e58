import AssignmentIcon from '@mui/icons-material/Assignment';
import DashboardIcon from '@mui/icons-material/Dashboard';
import PeopleIcon from '@mui/icons-material/People';
import BackupIcon from '@mui/icons-material/Backup';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import SettingsIcon from '@mui/icons-material/Settings';
import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { REGISTER_SCREENS } from '../features/registerScreens';
import { areaOf, areas, hashFor, type Route } from './routes';

const FIXED_ICONS: Record<string, ReactElement> = {
  dashboard: <DashboardIcon />,
  requests: <AssignmentIcon />,
  people: <PeopleIcon />,
  backup: <BackupIcon />,
  audit: <FactCheckIcon />,
  settings: <SettingsIcon />,
};

const iconOf = (area: string) => FIXED_ICONS[area] ?? REGISTER_SCREENS.find((s) => s.definition.name === area)?.icon;

/**
 * Links, not buttons: each area has an address, and Enter follows a link natively. A request's
 * own page belongs to "Access requests", which stays marked as the current area there.
 */
export function Navigation({ current }: { current: Route }) {
  const { t } = useTranslation();
  const currentArea = areaOf(current);
  return (
    <Box component="nav" aria-label={t('app.mainNavigation')} sx={{ width: 220, flexShrink: 0, borderRight: 1, borderColor: 'divider', bgcolor: 'background.paper' }}>
      <List>
        {areas().map((area) => {
          const selected = area === currentArea;
          // aria-current="page" only on the exact page; on a request's page the list link is "location".
          const ariaCurrent = selected ? (current === area ? 'page' : 'location') : undefined;
          return (
            <ListItem key={area} disablePadding>
              <ListItemButton component="a" href={hashFor(area)} selected={selected} aria-current={ariaCurrent}>
                <ListItemIcon aria-hidden>{iconOf(area)}</ListItemIcon>
                <ListItemText primary={t(`nav.${area}`)} />
              </ListItemButton>
            </ListItem>
          );
        })}
      </List>
    </Box>
  );
}
