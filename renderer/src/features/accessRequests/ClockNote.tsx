// What holds the clock of a request: an application to the CAI still pending (Québec s.46: the due
// date stays until the Commission grants more time) or a BC clock stop (s.29(2)–(3): the date moves on
// until the commissioner decides). A chip for lists, a sentence for the request page, and the record
// for the details.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import { currentDue, type AccessRequest } from '../../domain/accessRequest';
import { CLOCK_STOP_PROVISIONS, openStop } from '../../domain/clockStops';
import { useFormat } from '../../ui/format';

function pendingCai(request: AccessRequest) {
  return request.caiExtension && !request.caiExtension.decision ? request.caiExtension : undefined;
}

export function ClockChip({ request }: { request: AccessRequest }) {
  const { t } = useTranslation();
  if (pendingCai(request)) return <Chip size="small" variant="outlined" color="primary" label={t('accessRequests.cai.pending')} />;
  if (openStop(request.clockStops)) return <Chip size="small" variant="outlined" color="primary" label={t('accessRequests.clock.stopped')} />;
  return null;
}

export function ClockAlert({ request }: { request: AccessRequest }) {
  const { t } = useTranslation();
  const format = useFormat();
  const cai = pendingCai(request);
  const stop = openStop(request.clockStops);
  if (!cai && !stop) return null;
  return (
    <Alert severity="info" role="note" sx={{ mb: 2 }}>
      {cai
        ? t('accessRequests.cai.pendingSince', { date: format.date(cai.appliedOn, 'long'), due: format.date(currentDue(request), 'long') })
        : stop &&
          t('accessRequests.clock.stoppedSince', {
            date: format.date(stop.start, 'long'),
            kind: t(`accessRequests.clock.kindsShort.${stop.kind}`),
            section: CLOCK_STOP_PROVISIONS[stop.kind],
          })}
    </Alert>
  );
}

/** The CAI application and the clock stops as recorded, for the request's details. */
export function clockDetailLines(request: AccessRequest, t: ReturnType<typeof useTranslation>['t'], date: (iso: string) => string): { cai?: string; stops: string[] } {
  const cai = request.caiExtension;
  let caiLine: string | undefined;
  if (cai) {
    const decision = cai.decision;
    caiLine = !decision
      ? t('accessRequests.cai.pendingValue', { applied: date(cai.appliedOn), reasons: cai.reasons })
      : decision.granted
        ? t('accessRequests.cai.grantedValue', { decided: date(decision.on), applied: date(cai.appliedOn), newDue: date(decision.newDue ?? '') })
        : t('accessRequests.cai.refusedValue', { decided: date(decision.on), applied: date(cai.appliedOn) });
    if (decision?.note) caiLine += `\n${decision.note}`;
  }
  const stops = (request.clockStops ?? []).map((s) => {
    const kind = t(`accessRequests.clock.kindsShort.${s.kind}`);
    const section = CLOCK_STOP_PROVISIONS[s.kind];
    return s.end ? t('accessRequests.clock.period', { kind, start: date(s.start), end: date(s.end), section }) : t('accessRequests.clock.periodOpen', { kind, start: date(s.start), section });
  });
  return { ...(caiLine ? { cai: caiLine } : {}), stops };
}

export function StopList({ lines }: { lines: string[] }) {
  return (
    <Box component="ul" sx={{ m: 0, pl: 3 }}>
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </Box>
  );
}
