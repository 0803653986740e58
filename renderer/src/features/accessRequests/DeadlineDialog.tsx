// "Explain this deadline": the rule and its citation, every day counted (numbered), every day
// skipped and why, and the office closures in the period with the date to send by. The statutory
// date is never moved by a closure; the send-by date only warns the officer to act earlier.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnlocked } from '../../app/unlocked';
import { currentDue, type AccessRequest } from '../../domain/accessRequest';
import { openStop, withClockStops } from '../../domain/clockStops';
import { extensionDeadline, planningDate, QC_CAI_EXTENSION, responseDeadline, type DeadlineResult, type RuleCitation } from '../../domain/deadlines';
import { clockDetailLines, StopList } from './ClockNote';
import { dayOffReason } from './dayOffReason';
import { useFormat } from '../../ui/format';

interface Props {
  request: AccessRequest;
  onClose: () => void;
}

function safely<T>(compute: () => T): T | null {
  try {
    return compute();
  } catch {
    return null;
  }
}

export function DeadlineDialog({ request, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { settings } = useUnlocked();
  const titleId = useId();
  const lang = i18n.language === 'fr' ? 'fr' : 'en';
  const due = currentDue(request);
  const response = useMemo(() => safely(() => responseDeadline(request.receivedOn, request.regime)), [request.receivedOn, request.regime]);
  const extension = request.extension;
  const extended = useMemo(
    () => (extension ? safely(() => extensionDeadline(request.receivedOn, request.regime, extension.ground)) : null),
    [extension, request.receivedOn, request.regime],
  );
  const plan = useMemo(() => safely(() => planningDate(due, request.regime, settings.officeClosures ?? [], request.receivedOn)), [due, request.regime, request.receivedOn, settings.officeClosures]);

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="md" scroll="paper">
      <DialogTitle id={titleId}>{t('deadline.title', { reference: request.reference })}</DialogTitle>
      <DialogContent dividers tabIndex={0}>
        <Typography sx={{ fontWeight: 600 }}>
          {t('deadline.binding', { date: format.date(due, 'weekday') })}
        </Typography>
        {response ? (
          <>
            <Section title={t('deadline.ruleHeading')}>
              <Citation rule={response.rule} lang={lang} />
              <Typography sx={{ mt: 1 }}>
                {t(`deadline.summary.${response.unit}`, {
                  count: response.days,
                  received: format.date(request.receivedOn, 'weekday'),
                  due: format.date(response.due, 'weekday'),
                })}
              </Typography>
              {response.due !== request.dueOn && (
                <Alert severity="warning" role="note" sx={{ mt: 1 }}>
                  {t('deadline.recordedDiffers', { recorded: format.date(request.dueOn), computed: format.date(response.due) })}
                </Alert>
              )}
            </Section>
            <ClockSections request={request} lang={lang} />
            <SkippedDays result={response} />
            <CountedDays result={response} />
          </>
        ) : (
          <Alert severity="error">{t('deadline.unavailable')}</Alert>
        )}
        {extension && (
          <Section title={t('deadline.extensionHeading')}>
            <Typography>
              {t('deadline.extensionSummary', {
                ground: t(`extensionGrounds.${extension.ground}`),
                notice: format.date(extension.noticeOn),
                newDue: format.date(extension.newDue, 'weekday'),
              })}
            </Typography>
            {extended && (
              <>
                <Citation rule={extended.rule} lang={lang} />
                {extended.maxDays !== null && <Typography sx={{ mt: 1 }}>{t('deadline.extensionLimit', { date: format.date(extended.due, 'weekday') })}</Typography>}
              </>
            )}
            {extension.commissionerPermission && <Typography sx={{ mt: 1 }}>{t('deadline.permission', { text: extension.commissionerPermission })}</Typography>}
          </Section>
        )}
        <Section title={t('deadline.closuresHeading')}>
          <Typography sx={{ mb: 1 }}>{t('deadline.closuresNeverChange')}</Typography>
          {plan && plan.closuresInPeriod.length > 0 ? (
            <>
              <Typography>{t('deadline.closuresInPeriod', { count: plan.closuresInPeriod.length })}</Typography>
              <Box component="ul" sx={{ mt: 0.5 }}>
                {plan.closuresInPeriod.map((date) => (
                  <li key={date}>{format.date(date, 'weekday')}</li>
                ))}
              </Box>
            </>
          ) : (
            <Typography>{t('deadline.noClosures')}</Typography>
          )}
          {plan && (
            <Typography sx={{ fontWeight: 600, mt: 1 }}>
              {plan.sendBy === due ? t('deadline.sendBySame', { date: format.date(plan.sendBy, 'weekday') }) : t('deadline.sendBy', { date: format.date(plan.sendBy, 'weekday') })}
            </Typography>
          )}
        </Section>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} variant="contained">
          {t('common.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/** BC clock stops (s.29(2)–(3)) with the days they leave out, and Québec's application to the CAI (s.46). */
function ClockSections({ request, lang }: { request: AccessRequest; lang: 'en' | 'fr' }) {
  const { t } = useTranslation();
  const format = useFormat();
  const stops = request.clockStops;
  const base = request.dueOn;
  const moved = useMemo(() => withClockStops(request.receivedOn, base, request.regime, stops), [request.receivedOn, base, request.regime, stops]);
  const lines = clockDetailLines(request, t, (iso) => format.date(iso));
  return (
    <>
      {stops && stops.length > 0 && (
        <Section title={t('accessRequests.clock.heading')}>
          <StopList lines={lines.stops} />
          <Typography sx={{ mt: 1 }}>
            {t('accessRequests.clock.daysOut', { count: moved.stopped.length, from: format.date(base, 'weekday'), to: format.date(moved.due, 'weekday') })}
          </Typography>
          {moved.stopped.length > 0 && (
            <Box component="ul" sx={{ mt: 0.5 }}>
              {moved.stopped.map((day) => (
                <li key={day.date}>
                  {format.date(day.date, 'weekday')} — {t(`accessRequests.clock.kindsShort.${day.kind}`)} (BC PIPA {day.provision})
                </li>
              ))}
            </Box>
          )}
          {openStop(stops) && <Typography variant="body2">{t('accessRequests.clock.openNote')}</Typography>}
        </Section>
      )}
      {lines.cai && (
        <Section title={t('accessRequests.cai.heading')}>
          <Typography sx={{ whiteSpace: 'pre-wrap' }}>{lines.cai}</Typography>
          <Citation rule={QC_CAI_EXTENSION} lang={lang} />
        </Section>
      )}
    </>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  const headingId = useId();
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ mt: 3 }}>
      <Typography id={headingId} variant="h3" component="h3" sx={{ mb: 1 }}>
        {title}
      </Typography>
      {children}
    </Box>
  );
}

function Citation({ rule, lang }: { rule: RuleCitation; lang: 'en' | 'fr' }) {
  return (
    <Box sx={{ borderLeft: 4, borderColor: 'primary.main', pl: 2, py: 0.5 }}>
      <Typography sx={{ fontWeight: 600 }}>
        {rule.act}, {rule.section}
      </Typography>
      <Typography variant="body2" sx={{ mt: 0.5 }}>
        {rule.note[lang]}
      </Typography>
    </Box>
  );
}

function SkippedDays({ result }: { result: DeadlineResult }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Section title={t('deadline.skippedHeading', { count: result.skipped.length })}>
      {result.unit === 'businessDays' && <Typography sx={{ mb: 1 }}>{t('deadline.weekendsNotListed')}</Typography>}
      {result.skipped.length === 0 ? (
        <Typography>{t('deadline.noneSkipped')}</Typography>
      ) : (
        <Box component="ul" sx={{ m: 0 }}>
          {result.skipped.map((day) => (
            <li key={day.date}>
              <strong>{format.date(day.date, 'weekday')}</strong> — {dayOffReason(t, day.reason)}
            </li>
          ))}
        </Box>
      )}
    </Section>
  );
}

function CountedDays({ result }: { result: DeadlineResult }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Section title={t('deadline.countedHeading', { count: result.counted.length })}>
      <Box component="ol" sx={{ columns: { xs: 1, sm: 2, md: 3 }, columnGap: 4, m: 0, pl: 4 }}>
        {result.counted.map((date) => (
          <li key={date}>{format.date(date, 'weekday')}</li>
        ))}
      </Box>
    </Section>
  );
}
