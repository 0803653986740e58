// What a checked archive holds: when and by which version it was made, and the records per table.
// Shown only for an archive that passed every check, so it always says "Integrity OK".
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { ArchiveManifest } from '../../archive';
import { useFormat } from '../../ui/format';

/** The order the officer reads them in: their own records first, bookkeeping last. */
const TABLE_ORDER = ['people', 'accessRequests', 'documents', 'audit', 'sequences'] as const;

export function ArchiveSummary({ fileName, manifest }: { fileName: string; manifest: ArchiveManifest }) {
  const { t } = useTranslation();
  const format = useFormat();
  const number = new Intl.NumberFormat(format.locale);
  const facts: [string, string][] = [
    [t('backup.summary.file'), fileName],
    [t('backup.summary.createdAt'), format.instant(manifest.createdAt)],
    [t('backup.summary.formatVersion'), String(manifest.formatVersion)],
    [t('backup.summary.appVersion'), manifest.appVersion],
  ];
  return (
    <Box data-testid="archive-summary" sx={{ my: 2 }}>
      <Alert severity="success" role="status" sx={{ mb: 2 }}>
        {t('backup.summary.integrityOk')}
      </Alert>
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 0.5, m: 0, mb: 2 }}>
        {facts.map(([label, value]) => (
          <Box key={label} sx={{ display: 'contents' }}>
            <Typography component="dt" sx={{ fontWeight: 600 }}>
              {label}
            </Typography>
            <Typography component="dd" sx={{ m: 0, overflowWrap: 'anywhere' }}>
              {value}
            </Typography>
          </Box>
        ))}
      </Box>
      <Table size="small" sx={{ maxWidth: 480 }}>
        <caption style={{ captionSide: 'top', textAlign: 'left', padding: 0, marginBottom: 4 }}>{t('backup.summary.countsCaption')}</caption>
        <TableHead>
          <TableRow>
            <TableCell component="th" scope="col">
              {t('backup.summary.table')}
            </TableCell>
            <TableCell component="th" scope="col" align="right">
              {t('backup.summary.records')}
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {TABLE_ORDER.map((table) => (
            <TableRow key={table}>
              <TableCell component="th" scope="row">
                {t(`backup.tables.${table}`)}
              </TableCell>
              <TableCell align="right">{number.format(manifest.counts[table])}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}
