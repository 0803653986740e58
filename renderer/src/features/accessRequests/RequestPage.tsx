// One access request: where it stands, what the law allows next, and its whole record.
import EditIcon from '@mui/icons-material/Edit';
import HelpIcon from '@mui/icons-material/Help';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { SavedStatus } from '../../ui/forms/SavedStatus';
import { PageHeading } from '../../ui/PageHeading';
import { hashFor } from '../../app/routes';
import { useUnlocked } from '../../app/unlocked';
import { currentDue, isAnsweredLate, isDeemedRefusal, isExtended, isOpen, type AccessRequest } from '../../domain/accessRequest';
import { daysLeft } from '../../domain/accessWorkflow';
import { AddAttachmentForm } from './AddAttachmentForm';
import { AnnotationsNotice } from '../correctionRequests/AnnotationsNotice';
import { AnswerByLine } from './AnswerBy';
import { SendByLine } from './SendBy';
import { AttachmentsList } from './AttachmentsList';
import { DaysLeftText } from './DaysLeftText';
import { DeadlineDialog } from './DeadlineDialog';
import { DeemedRefusalChip } from './DeemedRefusalChip';
import { EditRequestDialog } from './EditRequestDialog';
import { ExportTrailButton } from './ExportTrailButton';
import { useFormat } from '../../ui/format';
import { LettersList } from './LettersList';
import { PageSection } from '../../ui/PageSection';
import { RequestActions } from './RequestActions';
import { RequestDetails } from './RequestDetails';
import { RequestTimeline } from './RequestTimeline';
import { ClockAlert, ClockChip } from './ClockNote';
import { StatusChip } from './StatusChip';
import { useAccessRequest } from './useAccessRequests';
import { usePersonName } from './usePersonName';
import { useRequestDocuments } from './useRequestDocuments';

export function RequestPage({ requestId }: { requestId: string }) {
  const { t } = useTranslation();
  const { session } = useUnlocked();
  const request = useAccessRequest(session.accessRequests, requestId);
  if (!request) {
    return (
      <Box>
        <PageHeading title={t('accessRequests.notFound.title')} />
        <Typography sx={{ mb: 2 }}>{t('accessRequests.notFound.body')}</Typography>
        <Link href={hashFor('requests')}>{t('accessRequests.backToList')}</Link>
      </Box>
    );
  }
  return <RequestRecord request={request} />;
}

function RequestRecord({ request }: { request: AccessRequest }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { session } = useUnlocked();
  const personName = usePersonName(session.people)(request.personId);
  const [explaining, setExplaining] = useState(false);
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [trailError, setTrailError] = useState<unknown>(null);
  const documents = useRequestDocuments(request, setMessage);
  const today = session.today();
  const due = currentDue(request);
  const overdue = isDeemedRefusal(request, today);

  return (
    <Box sx={{ maxWidth: 1100 }}>
      <Link href={hashFor('requests')} sx={{ display: 'inline-block', mb: 1 }}>
        {t('accessRequests.backToList')}
      </Link>
      <PageHeading title={t('accessRequests.pageTitle', { reference: request.reference })}>
        {request.reference}
        <Typography component="span" sx={{ display: 'block', fontSize: '1.1rem', fontWeight: 400, color: 'text.secondary' }}>
          {t('accessRequests.pageSubtitle', { person: personName, regime: t(`regimesShort.${request.regime}`) })}
        </Typography>
      </PageHeading>
      <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 2 }}>
        <StatusChip status={request.status} answeredLate={isAnsweredLate(request)} />
        <ClockChip request={request} />
        <Typography component="span">
          {t('accessRequests.dueLine', { date: format.date(due, 'long') })}
          {isExtended(request) && ` ${t('accessRequests.extendedMark')}`}
        </Typography>
        <DaysLeftText days={daysLeft(request, today)} />
        {overdue && <DeemedRefusalChip />}
        <Button startIcon={<HelpIcon />} onClick={() => setExplaining(true)}>
          {t('deadline.explain')}
        </Button>
      </Stack>
      <AnnotationsNotice personId={request.personId} />
      <AnswerByLine request={request} />
      <SendByLine request={request} />
      <ClockAlert request={request} />
      {overdue && (
        <Alert severity="error" role="note" sx={{ mb: 2 }}>
          {t(`accessRequests.overdueAlert.${request.regime}`, { date: format.date(due, 'long') })}
        </Alert>
      )}
      <SavedStatus message={message} />
      <ErrorAlert error={documents.error} onClose={documents.clearError} />
      <ErrorAlert error={trailError} onClose={() => setTrailError(null)} />

      <PageSection title={t('accessRequests.nextSteps')}>
        <RequestActions request={request} onDone={setMessage} />
      </PageSection>
      <PageSection title={t('accessRequests.timeline.heading')} actions={<ExportTrailButton request={request} onDone={setMessage} onError={setTrailError} />}>
        <RequestTimeline request={request} busy={documents.busy} onOpenLetter={(letter) => void documents.openLetter(letter)} />
      </PageSection>
      <PageSection
        title={t('accessRequests.details.heading')}
        actions={
          isOpen(request) && (
            <Button startIcon={<EditIcon />} variant="outlined" onClick={() => setEditing(true)}>
              {t('accessRequests.edit.button')}
            </Button>
          )
        }
      >
        <RequestDetails request={request} personName={personName} />
      </PageSection>
      <PageSection title={t('letters.heading')}>
        <LettersList letters={request.letters} documents={documents} />
      </PageSection>
      <PageSection title={t('attachments.heading')}>
        <AttachmentsList attachments={request.attachments} documents={documents} />
        <AddAttachmentForm request={request} disabled={documents.busy} onStatus={setMessage} />
      </PageSection>
      {explaining && <DeadlineDialog request={request} onClose={() => setExplaining(false)} />}
      {editing && (
        <EditRequestDialog
          request={request}
          personName={personName}
          onClose={() => setEditing(false)}
          onDone={(text) => {
            setEditing(false);
            setMessage(text);
          }}
        />
      )}
    </Box>
  );
}
