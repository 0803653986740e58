// Everything recorded about the request, as a description list: how it arrived, what was asked,
// the identity check, the fee, the extension and the decision.
import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccessRequest } from '../../domain/accessRequest';
import { policyDue } from '../../domain/policyPromise';
import { usePolicyPromise, usePromiseText } from './AnswerBy';
import { clockDetailLines, StopList } from './ClockNote';
import { useFormat } from '../../ui/format';

function Term({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <Box component="dt" sx={{ fontWeight: 600, color: 'text.secondary' }}>
        {label}
      </Box>
      <Box component="dd" sx={{ m: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {children}
      </Box>
    </>
  );
}

const listSx = { display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'minmax(12rem, 16rem) 1fr' }, columnGap: 3, rowGap: 1, m: 0 } as const;

export function RequestDetails({ request, personName }: { request: AccessRequest; personName: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const promise = usePolicyPromise();
  const promiseText = usePromiseText();
  const r = request;
  const clock = clockDetailLines(r, t, (iso) => format.date(iso));
  return (
    <>
      <Box component="dl" sx={listSx}>
        <Term label={t('accessRequests.details.person')}>{personName}</Term>
        <Term label={t('accessRequests.details.receivedOn')}>{format.date(r.receivedOn, 'long')}</Term>
        <Term label={t('accessRequests.details.regime')}>{t(`regimes.${r.regime}`)}</Term>
        <Term label={t('accessRequests.details.channel')}>{t(`accessRequests.channels.${r.channel}`)}</Term>
        <Term label={t('accessRequests.details.inWriting')}>{r.inWriting ? t('accessRequests.details.writtenYes') : t('accessRequests.details.writtenOral')}</Term>
        <Term label={t('accessRequests.details.informationSought')}>{r.informationSought}</Term>
        <Term label={t('accessRequests.details.language')}>{t(`languages.${r.language}`)}</Term>
        <Term label={t('accessRequests.details.identity')}>
          {r.identity
            ? t('accessRequests.details.identityValue', { method: t(`accessRequests.identityMethods.${r.identity.method}`), date: format.date(r.identity.verifiedOn) }) +
              (r.identity.note ? ` — ${r.identity.note}` : '')
            : t('accessRequests.details.identityNone')}
        </Term>
        <Term label={t('accessRequests.details.dueOn')}>{format.date(r.dueOn, 'long')}</Term>
        <Term label={t('accessRequests.policy.details')}>{`${format.date(policyDue(r.receivedOn, r.regime, promise), 'long')} (${promiseText})`}</Term>
        {r.extension && (
          <Term label={t('accessRequests.details.extension')}>
            {t('accessRequests.details.extensionValue', {
              newDue: format.date(r.extension.newDue, 'long'),
              ground: t(`extensionGrounds.${r.extension.ground}`),
              notice: format.date(r.extension.noticeOn),
            })}
            {`\n${t('accessRequests.details.reasons')}: ${r.extension.reasons}`}
            {r.extension.commissionerPermission ? `\n${t('accessRequests.details.permission')}: ${r.extension.commissionerPermission}` : ''}
          </Term>
        )}
        {clock.cai && <Term label={t('accessRequests.cai.heading')}>{clock.cai}</Term>}
        {clock.stops.length > 0 && (
          <Term label={t('accessRequests.clock.heading')}>
            <StopList lines={clock.stops} />
          </Term>
        )}
        {r.fee && (
          <Term label={t('accessRequests.details.fee')}>
            {t('accessRequests.details.feeValue', { amount: format.money(r.fee.estimateCents), date: format.date(r.fee.estimateSentOn), basis: r.fee.basis })}
            {r.fee.depositCents ? `\n${t('accessRequests.details.deposit', { amount: format.money(r.fee.depositCents) })}` : ''}
            {r.fee.direction && r.fee.directionOn ? `\n${t(`accessRequests.details.direction.${r.fee.direction}`, { date: format.date(r.fee.directionOn) })}` : ''}
            {r.fee.paidOn ? `\n${t('accessRequests.details.paidOn', { date: format.date(r.fee.paidOn) })}` : ''}
          </Term>
        )}
        {r.respondedOn && <Term label={t('accessRequests.details.respondedOn')}>{format.date(r.respondedOn, 'long')}</Term>}
        {r.closedOn && <Term label={t('accessRequests.details.closedOn')}>{format.date(r.closedOn, 'long')}</Term>}
        {r.responseSummary && (
          <>
            <Term label={t('accessRequests.respond.uses')}>{r.responseSummary.uses || '—'}</Term>
            <Term label={t('accessRequests.respond.disclosedTo')}>{r.responseSummary.disclosedTo || '—'}</Term>
            <Term label={t('accessRequests.respond.enclosed')}>{r.responseSummary.enclosed || '—'}</Term>
            {r.responseSummary.alternative && <Term label={t('accessRequests.respond.alternative')}>{r.responseSummary.alternative}</Term>}
          </>
        )}
        {r.notes && <Term label={t('accessRequests.details.notes')}>{r.notes}</Term>}
      </Box>
      {r.decision.length > 0 && (
        <>
          <Typography variant="h3" component="h3" sx={{ mt: 3, mb: 1 }}>
            {t('accessRequests.details.decision')}
          </Typography>
          <Table size="small" aria-label={t('accessRequests.details.decision')}>
            <TableHead>
              <TableRow>
                <TableCell sx={{ fontWeight: 600 }}>{t('accessRequests.respond.description')}</TableCell>
                <TableCell sx={{ fontWeight: 600 }}>{t('accessRequests.respond.outcome')}</TableCell>
                <TableCell sx={{ fontWeight: 600 }}>{t('accessRequests.respond.ground')}</TableCell>
                <TableCell sx={{ fontWeight: 600 }}>{t('accessRequests.respond.provision')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {r.decision.map((item, index) => (
                <TableRow key={index}>
                  <TableCell>{item.description}</TableCell>
                  <TableCell>{t(`accessRequests.respond.outcomes.${item.outcome}`)}</TableCell>
                  <TableCell>{item.ground ?? ''}</TableCell>
                  <TableCell>{item.provision ?? ''}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </>
  );
}
