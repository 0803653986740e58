// The "send by" date: the last day on or before the binding due date on which the office is open
// (planningDate, domain/deadlines.ts). It never replaces the due date; it only tells the officer
// when the letter has to leave given the office's own closures, so it sits beside the due date on
// the request's page and in the worklist, not only in the deadline explanation.
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnlocked } from '../../app/unlocked';
import { currentDue, isOpen, type AccessRequest } from '../../domain/accessRequest';
import { planningDate } from '../../domain/deadlines';
import { useFormat } from '../../ui/format';

/** null once the request is closed, or when its dates cannot be planned (shown in the explanation). */
export function useSendBy(request: AccessRequest): string | null {
  const { settings } = useUnlocked();
  const closures = settings.officeClosures;
  return useMemo(() => {
    if (!isOpen(request)) return null;
    try {
      return planningDate(currentDue(request), request.regime, closures ?? [], request.receivedOn).sendBy;
    } catch {
      return null;
    }
  }, [request, closures]);
}

/** On the request's page: said while the request is open and not yet overdue (then the alert speaks). */
export function SendByLine({ request }: { request: AccessRequest }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { session } = useUnlocked();
  const sendBy = useSendBy(request);
  if (!sendBy || currentDue(request) < session.today()) return null;
  const date = format.date(sendBy, 'weekday');
  return <Typography sx={{ mb: 1 }}>{sendBy === currentDue(request) ? t('deadline.sendBySame', { date }) : t('deadline.sendBy', { date })}</Typography>;
}

/** In a worklist row: only when a closure or day off makes it earlier than the due date. */
export function SendByNote({ request }: { request: AccessRequest }) {
  const { t } = useTranslation();
  const format = useFormat();
  const sendBy = useSendBy(request);
  if (!sendBy || sendBy === currentDue(request)) return null;
  return (
    <Typography component="span" variant="body2" sx={{ display: 'block', color: 'text.secondary' }}>
      {t('accessRequests.sendByShort', { date: format.date(sendBy) })}
    </Typography>
  );
}
