import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useId, type ReactNode } from 'react';

export interface PageSectionProps {
  title: string;
  /** A sentence under the heading saying what the section is for. */
  intro?: string;
  /** Buttons beside the heading. */
  actions?: ReactNode;
  /** Forms read best narrow; tables use the page's width. */
  narrow?: boolean;
  children: ReactNode;
}

/** One titled region of a page; the h2 names the region for landmark navigation. */
export function PageSection({ title, intro, actions, narrow = false, children }: PageSectionProps) {
  const headingId = useId();
  return (
    <Paper component="section" aria-labelledby={headingId} variant="outlined" sx={{ p: { xs: 2, md: 3 }, mb: 3, ...(narrow ? { maxWidth: 760 } : {}) }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 1, flexWrap: 'wrap' }}>
        <Typography id={headingId} variant="h2" component="h2" sx={{ flexGrow: 1 }}>
          {title}
        </Typography>
        {actions}
      </Box>
      {intro && <Typography sx={{ mb: 2 }}>{intro}</Typography>}
      {children}
    </Paper>
  );
}
