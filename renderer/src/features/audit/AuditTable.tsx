// The audit entries as a plain, paged table. A trail holds tens of thousands of entries (70,000 after
// a large restore): only one page of rows is ever in the DOM, and a page is a slice of the store's
// already-filtered list, so paging costs nothing.
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hashFor, requestRoute } from '../../app/routes';
import type { AuditEntry } from '../../domain/audit';
import { useFormat } from '../../ui/format';
import { actionWords, detailWords, entityKindWords, fieldWords } from './auditWords';
import type { AuditRecordTarget } from './useAuditRecords';

const COLUMNS = ['seq', 'time', 'action', 'record', 'fields', 'detail'] as const;
export const AUDIT_PAGE_SIZES = [50, 100, 250];

interface Props {
  entries: readonly AuditEntry[];
  caption: string;
  recordOf: (entry: AuditEntry) => AuditRecordTarget;
}

export function AuditTable({ entries, caption, recordOf }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const [page, setPage] = useState(0);
  const [pageSize, setPageSize] = useState(AUDIT_PAGE_SIZES[0]!);
  const lastPage = Math.max(0, Math.ceil(entries.length / pageSize) - 1);
  const shownPage = Math.min(page, lastPage);
  const shown = entries.slice(shownPage * pageSize, (shownPage + 1) * pageSize);

  return (
    <Paper variant="outlined">
      <TableContainer>
        <Table size="small" aria-label={caption} sx={{ '& th, & td': { px: 1, verticalAlign: 'top' }, '& th:first-of-type, & td:first-of-type': { pl: 2 } }}>
          <TableHead>
            <TableRow>
              {COLUMNS.map((column) => (
                <TableCell key={column} sx={{ fontWeight: 600, bgcolor: 'grey.100' }}>
                  {t(`audit.columns.${column}`)}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {shown.map((entry) => (
              <TableRow key={entry.seq} hover>
                <TableCell sx={{ color: 'text.secondary', fontVariantNumeric: 'tabular-nums' }}>{entry.seq}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  <time dateTime={entry.at}>{format.instant(entry.at)}</time>
                </TableCell>
                <TableCell sx={{ minWidth: '8rem' }}>{actionWords(t, entry.action)}</TableCell>
                <TableCell sx={{ minWidth: '10rem' }}>
                  <RecordCell entry={entry} target={recordOf(entry)} />
                </TableCell>
                <TableCell sx={{ minWidth: '10rem' }}>{fieldWords(t, entry.fields)}</TableCell>
                {/* break-word, not anywhere: a table column then never shrinks below its longest word,
                    so "Acknowledgement" stays whole; a narrow window scrolls the table instead. */}
                <TableCell sx={{ minWidth: '12rem', overflowWrap: 'break-word', hyphens: 'manual' }}>{detailWords(t, entry)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {entries.length > AUDIT_PAGE_SIZES[0]! && (
        <TablePagination
          component="div"
          count={entries.length}
          page={shownPage}
          rowsPerPage={pageSize}
          rowsPerPageOptions={AUDIT_PAGE_SIZES}
          onPageChange={(_, next) => setPage(next)}
          onRowsPerPageChange={(event) => {
            setPageSize(Number(event.target.value));
            setPage(0);
          }}
          showFirstButton
          showLastButton
          labelRowsPerPage={t('accessRequests.pagination.rowsPerPage')}
          labelDisplayedRows={({ from, to, count }) => t('accessRequests.pagination.displayed', { from, to, count })}
          getItemAriaLabel={(type) => t(`accessRequests.pagination.${type}`)}
        />
      )}
    </Paper>
  );
}

/** The kind of record in words and, where the record still exists, a link or its name. */
function RecordCell({ entry, target }: { entry: AuditEntry; target: AuditRecordTarget }) {
  const { t } = useTranslation();
  const kind = entityKindWords(t, entry.entityKind);
  const second = (() => {
    if (!target) return null;
    switch (target.type) {
      case 'request':
        return (
          <Link href={hashFor(requestRoute(target.id))} sx={{ fontWeight: 600 }}>
            {entry.entityKind === 'accessRequest' ? target.reference : t('audit.record.ofRequest', { reference: target.reference })}
          </Link>
        );
      case 'person':
        return target.name;
      case 'register':
        return /^[A-Za-z]+$/.test(target.register) ? t(`audit.record.register.${target.register}`, { defaultValue: target.register }) : target.register;
      case 'missing':
        return (
          <Typography component="span" variant="body2" color="text.secondary">
            {t('audit.record.missing')}
          </Typography>
        );
    }
  })();
  return (
    <>
      <span>{kind}</span>
      {second && (
        <>
          <br />
          {second}
        </>
      )}
    </>
  );
}
