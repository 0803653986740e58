// A titled list of requests, each a link to its page with its person, due date and time left.
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { hashFor, requestRoute } from '../../app/routes';
import { currentDue } from '../../domain/accessRequest';
import { daysLeft } from '../../domain/accessWorkflow';
import type { IsoDate } from '../../domain/isoDate';
import { DaysLeftText } from '../accessRequests/DaysLeftText';
import { useFormat } from '../../ui/format';
import { StatusChip } from '../accessRequests/StatusChip';
import type { DashboardRequest } from './dashboardSummary';

interface Props {
  title: string;
  intro: string;
  requests: readonly DashboardRequest[];
  today: IsoDate;
  personName: (personId: string) => string;
  /** What to say, and do, when the list is empty. */
  empty: string;
  tone?: 'alarm';
}

/** The dashboard is a summary: the first few of each list, then a link to the whole worklist (issue #14 item 5). */
export const DASHBOARD_LIST_LIMIT = 10;

export function RequestList({ title, intro, requests, today, personName, empty, tone }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const alarm = tone === 'alarm' && requests.length > 0;
  return (
    <Paper component="section" aria-labelledby={headingId} variant="outlined" sx={{ p: { xs: 2, md: 3 }, mb: 3, maxWidth: 960, borderColor: alarm ? 'error.main' : undefined }}>
      <Typography id={headingId} variant="h2" component="h2" sx={{ mb: 1 }}>
        {title} ({requests.length})
      </Typography>
      <Typography sx={{ mb: 1, color: 'text.secondary' }}>{intro}</Typography>
      {requests.length === 0 ? (
        <Typography>{empty}</Typography>
      ) : (
        <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
          {requests.slice(0, DASHBOARD_LIST_LIMIT).map((request) => (
            <Box
              component="li"
              key={request.id}
              sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center', py: 1, borderTop: 1, borderColor: 'divider' }}
            >
              <Link href={hashFor(requestRoute(request.id))} sx={{ fontWeight: 600, minWidth: 130 }}>
                {request.reference}
              </Link>
              <Box component="span" sx={{ minWidth: 180 }}>
                {personName(request.personId)}
              </Box>
              <Box component="span" sx={{ minWidth: 160 }}>
                {t('dashboard.dueOn', { date: format.date(currentDue(request)) })}
              </Box>
              <DaysLeftText days={daysLeft(request, today)} />
              <StatusChip status={request.status} />
            </Box>
          ))}
        </Box>
      )}
      {requests.length > DASHBOARD_LIST_LIMIT && (
        <Link href={hashFor('requests')} sx={{ display: 'inline-block', mt: 1 }}>
          {t('dashboard.seeAll', { count: requests.length })}
        </Link>
      )}
    </Paper>
  );
}
