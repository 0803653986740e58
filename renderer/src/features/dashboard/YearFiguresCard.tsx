// "This year": the figures an annual report asks for, by Act, with the total.
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccessRequest } from '../../domain/accessRequest';
import type { IsoDate } from '../../domain/isoDate';
import { cachedYearFigures, type YearCounts } from './yearFigures';

const COLUMNS: readonly (keyof YearCounts)[] = ['received', 'answered', 'answeredLate', 'refused'];

export function YearFiguresCard({ requests, today }: { requests: readonly AccessRequest[]; today: IsoDate }) {
  const { t } = useTranslation();
  const headingId = useId();
  const year = Number(today.slice(0, 4));
  const figures = cachedYearFigures(requests, year);
  const row = (label: string, counts: YearCounts, total?: boolean) => (
    <TableRow key={label}>
      <TableCell component="th" scope="row" sx={total ? { fontWeight: 700 } : undefined}>
        {label}
      </TableCell>
      {COLUMNS.map((column) => (
        <TableCell key={column} align="right" sx={{ fontWeight: total ? 700 : undefined, color: column === 'answeredLate' && counts.answeredLate > 0 ? 'warning.dark' : undefined }}>
          {counts[column]}
        </TableCell>
      ))}
    </TableRow>
  );
  return (
    <Paper component="section" aria-labelledby={headingId} variant="outlined" sx={{ p: { xs: 2, md: 3 }, mb: 3, maxWidth: 960 }}>
      <Typography id={headingId} variant="h2" component="h2" sx={{ mb: 1 }}>
        {t('dashboard.year.heading', { year })}
      </Typography>
      {figures.byRegime.length === 0 ? (
        <Typography>{t('dashboard.year.empty', { year })}</Typography>
      ) : (
        <Table size="small" aria-labelledby={headingId} sx={{ maxWidth: 720 }}>
          <TableHead>
            <TableRow>
              <TableCell>{t('dashboard.year.act')}</TableCell>
              {COLUMNS.map((column) => (
                <TableCell key={column} align="right">
                  {t(`dashboard.year.${column}`)}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {figures.byRegime.map((counts) => row(t(`regimesShort.${counts.regime}`), counts))}
            {figures.byRegime.length > 1 && row(t('dashboard.year.total'), figures.total, true)}
          </TableBody>
        </Table>
      )}
    </Paper>
  );
}
