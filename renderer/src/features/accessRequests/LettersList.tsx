// The letters issued for this request, each as it was sent (immutable, checked by its SHA-256).
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { IssuedLetter } from '../../domain/accessRequest';
import { formatSize } from './documents';
import { useFormat } from '../../ui/format';
import type { RequestDocuments } from './useRequestDocuments';

export function LettersList({ letters, documents }: { letters: IssuedLetter[]; documents: RequestDocuments }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (letters.length === 0) return <Typography>{t('letters.none')}</Typography>;
  return (
    <Table size="small" aria-label={t('letters.heading')}>
      <TableHead>
        <TableRow>
          <TableCell sx={{ fontWeight: 600 }}>{t('letters.columns.kind')}</TableCell>
          <TableCell sx={{ fontWeight: 600 }}>{t('letters.columns.issuedOn')}</TableCell>
          <TableCell sx={{ fontWeight: 600 }}>{t('letters.columns.language')}</TableCell>
          <TableCell sx={{ fontWeight: 600 }}>{t('letters.columns.size')}</TableCell>
          <TableCell sx={{ fontWeight: 600 }}>{t('letters.columns.actions')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {letters.map((letter) => {
          const name = t('letters.named', { kind: t(`letters.kinds.${letter.kind}`), date: format.date(letter.issuedOn) });
          return (
            <TableRow key={letter.id}>
              <TableCell>{t(`letters.kinds.${letter.kind}`)}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{format.date(letter.issuedOn)}</TableCell>
              <TableCell>{t(`languages.${letter.language}`)}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }} title={`SHA-256 ${letter.sha256}`}>
                {formatSize(t, letter.size, format.locale)}
              </TableCell>
              <TableCell>
                <Stack direction="row" spacing={1}>
                  <Button size="small" disabled={documents.busy} onClick={() => void documents.openLetter(letter)} aria-label={t('letters.openNamed', { name })}>
                    {t('letters.open')}
                  </Button>
                  <Button size="small" disabled={documents.busy} onClick={() => void documents.saveLetter(letter)} aria-label={t('letters.saveNamed', { name })}>
                    {t('letters.save')}
                  </Button>
                  <Button size="small" disabled={documents.busy} onClick={() => void documents.printLetter(letter)} aria-label={t('letters.printNamed', { name })}>
                    {t('letters.print')}
                  </Button>
                </Stack>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
