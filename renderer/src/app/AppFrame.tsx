// Landmarks shared by every screen: header, optional navigation, and one main region.
import Box from '@mui/material/Box';
import type { ReactNode } from 'react';
import { MAIN_CONTENT_ID, SkipLink } from './SkipLink';
import { TopBar } from './TopBar';

export function AppFrame({ navigation, onLock, children }: { navigation?: ReactNode; onLock?: () => void; children: ReactNode }) {
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: '100vh' }}>
      <SkipLink />
      <TopBar onLock={onLock} />
      <Box sx={{ display: 'flex', flex: 1, minHeight: 0 }}>
        {navigation}
        <Box
          component="main"
          id={MAIN_CONTENT_ID}
          tabIndex={-1}
          sx={{ flex: 1, minWidth: 0, overflow: 'auto', display: 'flex', flexDirection: 'column', p: { xs: 2, md: 4 }, outline: 'none' }}
        >
          {children}
        </Box>
      </Box>
    </Box>
  );
}
