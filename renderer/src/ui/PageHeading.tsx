// Every screen has one h1, mirrored in the window title so the officer (and a screen reader's
// window list) knows where they are.
import Typography from '@mui/material/Typography';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function PageHeading({ title, children }: { title: string; children?: ReactNode }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} — ${t('app.titleSuffix')}`;
  }, [title, t]);
  return (
    <Typography variant="h1" component="h1" tabIndex={-1} sx={{ mb: 2 }}>
      {children ?? title}
    </Typography>
  );
}
