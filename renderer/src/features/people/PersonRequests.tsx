// A person's access requests, each a link to its page: what the officer needs to see before
// answering "did I already ask for this?" or recording a new request from the same person.
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hashFor, requestRoute } from '../../app/routes';
import { currentDue, isAnsweredLate, isOpen, type AccessRequest } from '../../domain/accessRequest';
import type { AccessRequestRepository } from '../../store/contract';
import { useFormat } from '../../ui/format';
import { StatusChip } from '../accessRequests/StatusChip';

function usePersonRequests(repository: AccessRequestRepository, personId: string): AccessRequest[] {
  const [requests, setRequests] = useState<AccessRequest[]>(() => repository.forPerson(personId));
  useEffect(() => {
    const refresh = () => setRequests(repository.forPerson(personId));
    refresh();
    return repository.subscribe(refresh);
  }, [repository, personId]);
  return requests;
}

export function PersonRequests({ repository, personId, personName }: { repository: AccessRequestRepository; personId: string; personName: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const requests = usePersonRequests(repository, personId);
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ mt: 3 }}>
      <Typography id={headingId} variant="h3" component="h3" sx={{ mb: 1 }}>
        {t('people.requests.heading')} ({requests.length})
      </Typography>
      {requests.length === 0 ? (
        <Typography>{t('people.requests.none', { name: personName })}</Typography>
      ) : (
        <Table size="small" aria-label={t('people.requests.tableLabel', { name: personName })}>
          <TableHead>
            <TableRow>
              <TableCell sx={{ fontWeight: 600 }}>{t('accessRequests.columns.reference')}</TableCell>
              <TableCell sx={{ fontWeight: 600 }}>{t('accessRequests.columns.status')}</TableCell>
              <TableCell sx={{ fontWeight: 600 }}>{t('accessRequests.columns.due')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {requests.map((request) => (
              <TableRow key={request.id}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  <Link href={hashFor(requestRoute(request.id))} sx={{ fontWeight: 600 }}>
                    {request.reference}
                  </Link>
                </TableCell>
                <TableCell>
                  <StatusChip status={request.status} answeredLate={isAnsweredLate(request)} />
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {isOpen(request) || !request.closedOn
                    ? format.date(currentDue(request))
                    : t('people.requests.closedOn', { date: format.date(request.closedOn) })}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Box>
  );
}
