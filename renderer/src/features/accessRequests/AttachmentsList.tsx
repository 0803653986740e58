// Documents kept with the request (the written request, identity copies, correspondence), each
// sealed whole and checked by its SHA-256 when read back.
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '../../domain/accessRequest';
import { formatSize, isPdf } from './documents';
import { useFormat } from '../../ui/format';
import type { RequestDocuments } from './useRequestDocuments';

export function AttachmentsList({ attachments, documents }: { attachments: Attachment[]; documents: RequestDocuments }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (attachments.length === 0) return <Typography>{t('attachments.none')}</Typography>;
  return (
    <Table size="small" aria-label={t('attachments.heading')}>
      <TableHead>
        <TableRow>
          <TableCell sx={{ fontWeight: 600 }}>{t('attachments.columns.name')}</TableCell>
          <TableCell sx={{ fontWeight: 600 }}>{t('attachments.columns.added')}</TableCell>
          <TableCell sx={{ fontWeight: 600 }}>{t('attachments.columns.size')}</TableCell>
          <TableCell sx={{ fontWeight: 600 }}>{t('attachments.columns.actions')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {attachments.map((attachment) => (
          <TableRow key={attachment.id}>
            <TableCell sx={{ overflowWrap: 'anywhere' }}>
              {attachment.name}
              {attachment.description && (
                <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                  {attachment.description}
                </Typography>
              )}
            </TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{format.instant(attachment.addedAt)}</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }} title={`SHA-256 ${attachment.sha256}`}>
              {formatSize(t, attachment.size, format.locale)}
            </TableCell>
            <TableCell>
              <Stack direction="row" spacing={1}>
                {isPdf(attachment.mediaType) && (
                  <Button size="small" disabled={documents.busy} onClick={() => void documents.openAttachment(attachment)} aria-label={t('attachments.openNamed', { name: attachment.name })}>
                    {t('attachments.open')}
                  </Button>
                )}
                <Button size="small" disabled={documents.busy} onClick={() => void documents.saveAttachment(attachment)} aria-label={t('attachments.saveNamed', { name: attachment.name })}>
                  {t('attachments.save')}
                </Button>
              </Stack>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
