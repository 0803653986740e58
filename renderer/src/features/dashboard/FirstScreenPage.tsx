// Unlock's first screen: the dashboard from the sealed digest while the records are read and opened
// (a few seconds at 50,000 people). Other pages, and the parts of the dashboard that need every
// record (the year's figures, the backups found in the audit trail), say they are opening; the
// unlocked app replaces all of it as soon as the records are open.
import CircularProgress from '@mui/material/CircularProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { areaOf, type Route } from '../../app/routes';
import { PageHeading } from '../../ui/PageHeading';
import { DashboardView } from './DashboardPage';
import type { PreparedFirstScreen } from './firstScreen';

interface Props {
  screen: PreparedFirstScreen;
  route: Route;
  /** Called once the page has been painted: unlock then starts reading the records. */
  onPainted: () => void;
}

export function FirstScreenPage({ screen, route, onPainted }: Props) {
  const { t } = useTranslation();
  useEffect(() => {
    // The frame after this commit is on screen once a task queued from requestAnimationFrame runs.
    const frame = requestAnimationFrame(() => setTimeout(onPainted));
    return () => cancelAnimationFrame(frame);
  }, [onPainted]);
  const personName = useCallback((id: string) => screen.names.get(id) ?? t('accessRequests.unknownPerson'), [screen.names, t]);

  if (areaOf(route) !== 'dashboard') {
    return (
      <>
        <PageHeading title={t('firstScreen.openingTitle')} />
        <Opening />
      </>
    );
  }
  return (
    <DashboardView
      today={screen.today}
      summary={screen.summary}
      personName={personName}
      damageCount={0}
      yearFigures={<OpeningCard heading={t('dashboard.year.heading', { year: Number(screen.today.slice(0, 4)) })} />}
      backups={<OpeningCard heading={t('audit.backupStatus.heading')} />}
    />
  );
}

function Opening() {
  const { t } = useTranslation();
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }} role="status">
      <CircularProgress size={24} aria-hidden />
      <Typography>{t('firstScreen.opening')}</Typography>
    </Stack>
  );
}

function OpeningCard({ heading }: { heading: string }) {
  return (
    <Paper component="section" aria-label={heading} variant="outlined" sx={{ p: { xs: 2, md: 3 }, mb: 3, maxWidth: 960 }}>
      <Typography variant="h2" component="h2" sx={{ mb: 1 }}>
        {heading}
      </Typography>
      <Opening />
    </Paper>
  );
}
