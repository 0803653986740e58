// The first screen after unlock: what needs the officer's attention, most urgent first.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../domain/isoDate';
import { PageHeading } from '../../ui/PageHeading';
import { hashFor } from '../../app/routes';
import { useUnlocked } from '../../app/unlocked';
import { useFormat } from '../../ui/format';
import { useAccessRequestList } from '../accessRequests/useAccessRequests';
import { usePersonName } from '../accessRequests/usePersonName';
import { useAuditDamage } from '../audit/useAuditReady';
import { BackupStatusCard } from './BackupStatusCard';
import { cachedDashboardSummary, type DashboardSummary } from './dashboardSummary';
import { RequestList } from './RequestList';
import { YearFiguresCard } from './YearFiguresCard';

export function DashboardPage() {
  const { session } = useUnlocked();
  const requests = useAccessRequestList(session.accessRequests);
  const personName = usePersonName(session.people);
  const today = session.today();
  // Damage (lost audit entries, records not as written) must not wait for a visit to the audit
  // screen; the entries are checked after this screen appears, so the notice comes when found.
  const damage = useAuditDamage(session.audit);
  return (
    <DashboardView
      today={today}
      summary={cachedDashboardSummary(requests, today)}
      personName={personName}
      damageCount={damage.length}
      yearFigures={<YearFiguresCard requests={requests} today={today} />}
      backups={<BackupStatusCard />}
    />
  );
}

interface ViewProps {
  today: IsoDate;
  summary: DashboardSummary;
  personName: (personId: string) => string;
  damageCount: number;
  yearFigures: ReactNode;
  backups: ReactNode;
}

/** The dashboard's page, from a summary: the session's records, or the first screen's digest (FirstScreenPage). */
export function DashboardView({ today, summary, personName, damageCount, yearFigures, backups }: ViewProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Box>
      <PageHeading title={t('dashboard.title')} />
      <Typography sx={{ mb: 2 }}>{t('dashboard.today', { date: format.date(today, 'long') })}</Typography>
      {damageCount > 0 && (
        <Alert severity="error" role="alert" sx={{ mb: 2, maxWidth: 960 }}>
          {t('dashboard.damage', { count: damageCount })} <Link href={hashFor('audit')}>{t('dashboard.damageLink')}</Link>
        </Alert>
      )}
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mb: 3 }}>
        <Figure label={t('dashboard.figures.overdue')} value={summary.overdue.length} alarm={summary.overdue.length > 0} />
        <Figure label={t('dashboard.figures.dueThisWeek')} value={summary.dueThisWeek.length} />
        <Figure label={t('dashboard.figures.open')} value={summary.open.length} />
      </Stack>

      <RequestList
        title={t('dashboard.overdue.heading')}
        intro={t('dashboard.overdue.intro')}
        requests={summary.overdue}
        today={today}
        personName={personName}
        empty={t('dashboard.overdue.empty')}
        tone="alarm"
      />
      <RequestList
        title={t('dashboard.dueThisWeek.heading')}
        intro={t('dashboard.dueThisWeek.intro', { from: format.date(today), to: format.date(summary.weekEnds) })}
        requests={summary.dueThisWeek}
        today={today}
        personName={personName}
        empty={t('dashboard.dueThisWeek.empty')}
      />
      <Paper component="section" aria-labelledby="dashboard-open" variant="outlined" sx={{ p: { xs: 2, md: 3 }, mb: 3, maxWidth: 960 }}>
        <Typography id="dashboard-open" variant="h2" component="h2" sx={{ mb: 1 }}>
          {t('dashboard.open.heading')}
        </Typography>
        <Typography sx={{ mb: 2 }}>
          {summary.open.length === 0 ? t('dashboard.open.empty') : t('dashboard.open.count', { count: summary.open.length })}
        </Typography>
        <Link href={hashFor('requests')}>{t('dashboard.open.worklist')}</Link>
      </Paper>
      {yearFigures}
      {backups}
    </Box>
  );
}

function Figure({ label, value, alarm }: { label: string; value: number; alarm?: boolean }) {
  return (
    <Paper variant="outlined" sx={{ p: 2, minWidth: 180, borderColor: alarm ? 'error.main' : undefined, borderWidth: alarm ? 2 : 1 }}>
      <Typography component="p" sx={{ fontSize: '2rem', fontWeight: 700, lineHeight: 1.2, color: alarm ? 'error.main' : 'text.primary' }}>
        {value}
      </Typography>
      <Typography component="p" sx={{ color: 'text.secondary' }}>
        {label}
      </Typography>
    </Paper>
  );
}
