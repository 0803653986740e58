// What happened to the request, in the order it happened: the date the act took effect (the date
// the law counts), the step, the status before and after, and the letter sent with it.
import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { AccessRequest, IssuedLetter } from '../../domain/accessRequest';
import { useFormat } from '../../ui/format';

interface Props {
  request: AccessRequest;
  onOpenLetter: (letter: IssuedLetter) => void;
  busy: boolean;
}

export function RequestTimeline({ request, onOpenLetter, busy }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const status = (s: string) => t(`accessRequests.status.${s}`);
  return (
    <Table size="small" aria-label={t('accessRequests.timeline.label')}>
      <TableHead>
        <TableRow>
          <TableCell sx={{ fontWeight: 600 }}>{t('accessRequests.timeline.date')}</TableCell>
          <TableCell sx={{ fontWeight: 600 }}>{t('accessRequests.timeline.step')}</TableCell>
          <TableCell sx={{ fontWeight: 600 }}>{t('accessRequests.timeline.status')}</TableCell>
          <TableCell sx={{ fontWeight: 600 }}>{t('accessRequests.timeline.letter')}</TableCell>
          <TableCell sx={{ fontWeight: 600 }}>{t('accessRequests.timeline.recorded')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {request.events.map((event, index) => {
          const letter = event.letterId ? request.letters.find((l) => l.id === event.letterId) : undefined;
          // The receipt event keeps the date first recorded; after "Edit details" the law counts from
          // the corrected date, so that is the date shown, with the original beside it.
          const corrected = event.action === 'receive' && event.on !== request.receivedOn;
          return (
            <TableRow key={`${event.at}-${index}`}>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                {format.date(corrected ? request.receivedOn : event.on)}
                {corrected && (
                  <Typography component="span" variant="body2" sx={{ display: 'block', color: 'text.secondary' }}>
                    {t('accessRequests.timeline.correctedFrom', { date: format.date(event.on) })}
                  </Typography>
                )}
              </TableCell>
              <TableCell>{t(`accessRequests.events.${event.action}`, { defaultValue: event.action })}</TableCell>
              <TableCell>
                {event.from === null
                  ? status(event.to)
                  : event.from === event.to
                    ? t('accessRequests.timeline.unchanged', { status: status(event.to) })
                    : t('accessRequests.timeline.change', { from: status(event.from), to: status(event.to) })}
              </TableCell>
              <TableCell>
                {letter ? (
                  <Button size="small" disabled={busy} onClick={() => onOpenLetter(letter)} aria-label={t('letters.openNamed', { name: t('letters.named', { kind: t(`letters.kinds.${letter.kind}`), date: format.date(letter.issuedOn) }) })}>
                    {t(`letters.kinds.${letter.kind}`)}
                  </Button>
                ) : null}
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap', color: 'text.secondary' }}>{format.instant(event.at)}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
