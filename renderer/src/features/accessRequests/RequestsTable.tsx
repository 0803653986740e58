// The worklist as a plain, paged table: a row per request, the reference a link to its page. An
// office has hundreds of open requests at most, so pages of 25–100 rows are enough; no grid needed.
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hashFor, requestRoute } from '../../app/routes';
import { isAnsweredLate } from '../../domain/accessRequest';
import { AnswerByCell, usePolicyPromise } from './AnswerBy';
import { DaysLeftText } from './DaysLeftText';
import { DeemedRefusalChip } from './DeemedRefusalChip';
import { useFormat } from '../../ui/format';
import { ClockChip } from './ClockNote';
import { SendByNote } from './SendBy';
import { StatusChip } from './StatusChip';
import type { WorklistRow } from './worklist';

const COLUMNS = ['reference', 'person', 'received', 'regime', 'status', 'due', 'answerBy', 'daysLeft', 'deemedRefusal'] as const;
const PAGE_SIZES = [25, 50, 100];
// Low priority on a narrow window (the request's page shows it): hidden below 1200 px so the
// deadline columns stay in view; the table scrolls sideways inside its own box for the rest.
const NARROW_HIDDEN = { display: { xs: 'none', lg: 'table-cell' } } as const;
const LOW_PRIORITY: ReadonlySet<string> = new Set(['received']);

interface Props {
  rows: WorklistRow[];
  caption: string;
  personName: (personId: string) => string;
}

export function RequestsTable({ rows, caption, personName }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const promise = usePolicyPromise();
  const [page, setPage] = useState(0);
  const [pageSize, setPageSize] = useState(PAGE_SIZES[1] ?? 50);
  const lastPage = Math.max(0, Math.ceil(rows.length / pageSize) - 1);
  const shownPage = Math.min(page, lastPage);
  const shown = rows.slice(shownPage * pageSize, (shownPage + 1) * pageSize);

  return (
    <Paper variant="outlined">
      <TableContainer>
        <Table size="small" aria-label={caption} sx={{ '& th, & td': { px: 1 }, '& th:first-of-type, & td:first-of-type': { pl: 2 } }}>
          <TableHead>
            <TableRow>
              {COLUMNS.map((column) => (
                <TableCell key={column} sx={{ fontWeight: 600, bgcolor: 'grey.100', ...(LOW_PRIORITY.has(column) ? NARROW_HIDDEN : {}) }}>
                  {t(`accessRequests.columns.${column}`)}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {shown.map(({ request, due, daysLeft, deemedRefusal }) => (
              <TableRow key={request.id} hover selected={deemedRefusal} sx={deemedRefusal ? { '&.Mui-selected': { bgcolor: '#fdecea' } } : undefined}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  <Link href={hashFor(requestRoute(request.id))} sx={{ fontWeight: 600 }}>
                    {request.reference}
                  </Link>
                </TableCell>
                <TableCell sx={{ minWidth: '9rem' }}>{personName(request.personId)}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap', ...NARROW_HIDDEN }}>{format.date(request.receivedOn)}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  <abbr title={t(`regimes.${request.regime}`)} style={{ textDecoration: 'none' }}>
                    {t(`regimesShort.${request.regime}`)}
                  </abbr>
                </TableCell>
                <TableCell>
                  <StatusChip status={request.status} answeredLate={isAnsweredLate(request)} />
                  <ClockChip request={request} />
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {format.date(due)}
                  {request.extension && <span> {t('accessRequests.extendedMark')}</span>}
                  <SendByNote request={request} />
                </TableCell>
                <TableCell sx={{ minWidth: '7rem' }}>
                  <AnswerByCell request={request} promise={promise} />
                </TableCell>
                <TableCell sx={{ minWidth: '7rem' }}>
                  <DaysLeftText days={daysLeft} wrap />
                </TableCell>
                <TableCell>{deemedRefusal ? <DeemedRefusalChip short /> : null}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {rows.length > PAGE_SIZES[0]! && (
        <TablePagination
          component="div"
          count={rows.length}
          page={shownPage}
          rowsPerPage={pageSize}
          rowsPerPageOptions={PAGE_SIZES}
          onPageChange={(_, next) => setPage(next)}
          onRowsPerPageChange={(event) => {
            setPageSize(Number(event.target.value));
            setPage(0);
          }}
          labelRowsPerPage={t('accessRequests.pagination.rowsPerPage')}
          labelDisplayedRows={({ from, to, count }) => t('accessRequests.pagination.displayed', { from, to, count })}
          getItemAriaLabel={(type) => t(`accessRequests.pagination.${type}`)}
        />
      )}
    </Paper>
  );
}
