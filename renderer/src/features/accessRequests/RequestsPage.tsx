// The worklist: every access request, the most urgent first, with filters by status and by Act.
import AddIcon from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../ui/PageHeading';
import { hashFor, requestRoute } from '../../app/routes';
import { useUnlocked } from '../../app/unlocked';
import { CsvExportButton } from '../export/CsvExportButton';
import { NewRequestDialog } from './NewRequestDialog';
import { RequestsTable } from './RequestsTable';
import { useAccessRequestList } from './useAccessRequests';
import { usePersonName } from './usePersonName';
import {
  DEFAULT_FILTERS,
  isRegimeFilter,
  isStatusFilter,
  REGIME_FILTERS,
  STATUS_FILTERS,
  worklistRows,
  type WorklistFilters,
} from './worklist';

export function RequestsPage() {
  const { t } = useTranslation();
  const { session } = useUnlocked();
  const requests = useAccessRequestList(session.accessRequests);
  const personName = usePersonName(session.people);
  const [filters, setFilters] = useState<WorklistFilters>(DEFAULT_FILTERS);
  const [adding, setAdding] = useState(false);
  const today = session.today();
  const rows = useMemo(() => worklistRows(requests, filters, today), [requests, filters, today]);
  const defaultFilters = filters.status === DEFAULT_FILTERS.status && filters.regime === DEFAULT_FILTERS.regime;

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column' }}>
      <PageHeading title={t('accessRequests.title')} />
      {/* Wraps rather than squeezes: filters keep a readable width and buttons keep their labels. */}
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center', mb: 1 }}>
        <TextField
          select
          label={t('accessRequests.filters.status')}
          value={filters.status}
          onChange={(event) => isStatusFilter(event.target.value) && setFilters({ ...filters, status: event.target.value })}
          slotProps={{ select: { native: true } }}
          margin="none"
          sx={{ flex: '1 1 14rem', maxWidth: 300 }}
        >
          {STATUS_FILTERS.map((status) => (
            <option key={status} value={status}>
              {status === 'open' || status === 'all' ? t(`accessRequests.filters.${status}`) : t(`accessRequests.status.${status}`)}
            </option>
          ))}
        </TextField>
        <TextField
          select
          label={t('accessRequests.filters.regime')}
          value={filters.regime}
          onChange={(event) => isRegimeFilter(event.target.value) && setFilters({ ...filters, regime: event.target.value })}
          slotProps={{ select: { native: true } }}
          margin="none"
          sx={{ flex: '1 1 14rem', maxWidth: 300 }}
        >
          {REGIME_FILTERS.map((regime) => (
            <option key={regime} value={regime}>
              {regime === 'all' ? t('accessRequests.filters.allRegimes') : t(`regimesShort.${regime}`)}
            </option>
          ))}
        </TextField>
        <Box sx={{ flexGrow: 1, display: { xs: 'none', md: 'block' } }} />
        <CsvExportButton register="accessRequests" />
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setAdding(true)}>
          {t('accessRequests.new')}
        </Button>
      </Stack>
      <Typography role="status" sx={{ fontWeight: 600, my: 1 }}>
        {t('accessRequests.count', { count: rows.length })}
      </Typography>
      {rows.length === 0 ? (
        <Typography sx={{ my: 1 }}>{requests.length === 0 ? t('accessRequests.none') : defaultFilters ? t('accessRequests.noneOpen') : t('accessRequests.noneMatch')}</Typography>
      ) : (
        <RequestsTable rows={rows} caption={t('accessRequests.tableLabel')} personName={personName} />
      )}
      {adding && (
        <NewRequestDialog
          onClose={() => setAdding(false)}
          onCreated={(request) => {
            setAdding(false);
            window.location.hash = hashFor(requestRoute(request.id));
          }}
        />
      )}
    </Box>
  );
}
