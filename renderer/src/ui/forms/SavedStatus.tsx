import Typography from '@mui/material/Typography';

/** A polite confirmation after a save; role="status" so it is announced without stealing focus. */
export function SavedStatus({ message }: { message: string | null }) {
  return (
    <Typography role="status" variant="body2" sx={{ color: 'success.dark', minHeight: '1.5em', mt: 1 }}>
      {message ?? ''}
    </Typography>
  );
}
