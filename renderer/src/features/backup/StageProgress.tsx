import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useId } from 'react';

/**
 * What a long step is doing, and how far along it is when it can tell (a determinate bar with
 * aria-valuenow); the label is a polite status so a screen reader hears each new stage once.
 */
export function StageProgress({ label, fraction }: { label: string; fraction: number | null }) {
  const labelId = useId();
  return (
    <Box sx={{ my: 2 }}>
      <Typography id={labelId} role="status" variant="body2" sx={{ mb: 1 }}>
        {label}
      </Typography>
      <LinearProgress
        aria-labelledby={labelId}
        variant={fraction === null ? 'indeterminate' : 'determinate'}
        value={fraction === null ? undefined : Math.round(fraction * 100)}
      />
    </Box>
  );
}
