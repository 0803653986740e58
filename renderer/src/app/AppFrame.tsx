// Landmarks shared by every screen: header, optional navigation, and one main region.
import Box from '@mui/material/Box';
import Drawer from '@mui/material/Drawer';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useEffect, useId, useState, type MouseEvent, type ReactNode } from 'react';
import { MAIN_CONTENT_ID, SkipLink } from './SkipLink';
import { TopBar } from './TopBar';

/**
 * Below this width a permanent 220-px navigation leaves too little room for the worklist's columns
 * (measured at 1024 px: buttons clipped, last columns lost), so it folds behind a menu button.
 */
export const NAV_BREAKPOINT = 1100;

export function AppFrame({ navigation, onLock, children }: { navigation?: ReactNode; onLock?: () => void; children: ReactNode }) {
  // Without matchMedia (jsdom, old engines) keep the permanent navigation: nothing hidden.
  const wide = useMediaQuery(`(min-width:${NAV_BREAKPOINT}px)`, { defaultMatches: true, noSsr: true });
  const [open, setOpen] = useState(false);
  const drawerId = useId();

  // Following a link (or Back) moves to another page: the folded navigation gets out of the way.
  useEffect(() => {
    const close = () => setOpen(false);
    window.addEventListener('hashchange', close);
    return () => window.removeEventListener('hashchange', close);
  }, []);
  useEffect(() => {
    if (wide) setOpen(false);
  }, [wide]);

  const closeOnLink = (event: MouseEvent) => {
    if (event.target instanceof Element && event.target.closest('a')) setOpen(false);
  };
  const folded = navigation !== undefined && !wide;

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: '100vh' }}>
      <SkipLink />
      <TopBar onLock={onLock} menu={folded ? { open, controls: drawerId, onOpen: () => setOpen(true) } : undefined} />
      <Box sx={{ display: 'flex', flex: 1, minHeight: 0 }}>
        {folded ? (
          <Drawer variant="temporary" open={open} onClose={() => setOpen(false)} slotProps={{ paper: { id: drawerId, onClick: closeOnLink } }}>
            {navigation}
          </Drawer>
        ) : (
          navigation
        )}
        <Box
          component="main"
          id={MAIN_CONTENT_ID}
          tabIndex={-1}
          sx={{ flex: 1, minWidth: 0, overflow: 'auto', display: 'flex', flexDirection: 'column', p: { xs: 2, md: 3, lg: 4 }, outline: 'none' }}
        >
          {children}
        </Box>
      </Box>
    </Box>
  );
}
