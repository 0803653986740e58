import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useId, type ReactNode } from 'react';

/** One titled region of the Backup page; the h2 names the region for landmark navigation. */
export function BackupSection({ title, intro, children }: { title: string; intro?: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <Paper component="section" aria-labelledby={headingId} variant="outlined" sx={{ p: { xs: 2, md: 3 }, mb: 3, maxWidth: 760 }}>
      <Typography id={headingId} variant="h2" component="h2" sx={{ mb: 1 }}>
        {title}
      </Typography>
      {intro && <Typography sx={{ mb: 2 }}>{intro}</Typography>}
      {children}
    </Paper>
  );
}
