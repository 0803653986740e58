import Stack from '@mui/material/Stack';
import type { ReactNode } from 'react';

/** The row of buttons under a form: secondary actions first, primary last (reading order = Tab order). */
export function FormActions({ children }: { children: ReactNode }) {
  return (
    <Stack direction="row" spacing={2} sx={{ mt: 3, justifyContent: 'flex-end', flexWrap: 'wrap' }}>
      {children}
    </Stack>
  );
}
