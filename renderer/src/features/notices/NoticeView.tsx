// One notice version: its status, what changed, the purposes it changes, its text, and the people to
// ask again. Only a version not yet in effect can be edited; any version can be the start of a new
// one; retiring keeps it, and every consent naming it, on file.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnlocked } from '../../app/unlocked';
import { noticeStatus, type NoticeVersion } from '../../domain/registers/notices';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useFormat } from '../../ui/format';
import { usePurposeName } from '../consents/useConsents';
import { ReAgreementSection } from './ReAgreementSection';
import { useNoticesRepository, useNoticeVersions, useVersionName } from './useNotices';

interface Props {
  version: NoticeVersion;
  onEdit(): void;
  onNewFrom(): void;
  onClose(): void;
}

export function NoticeView({ version, onEdit, onNewFrom, onClose }: Props) {
  const { t } = useTranslation();
  const { session } = useUnlocked();
  const format = useFormat();
  const titleId = useId();
  const versions = useNoticeVersions();
  const purposeName = usePurposeName();
  const name = useVersionName();
  const status = noticeStatus(version, versions, session.today());
  const statusDate = status === 'retired' && version.retiredAt ? format.instant(version.retiredAt) : format.date(version.effectiveOn);
  const heading = (text: string) => (
    <Typography variant="h3" sx={{ fontSize: '1.1rem', mt: 2, mb: 1 }}>
      {text}
    </Typography>
  );
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="md">
      <DialogTitle id={titleId}>{name(version)}</DialogTitle>
      <DialogContent dividers>
        <Alert severity={status === 'current' ? 'success' : 'info'}>{t(`registers.notices.view.${status}`, { date: statusDate })}</Alert>
        {version.changes && (
          <>
            {heading(t('registers.notices.view.changes'))}
            <Typography sx={{ whiteSpace: 'pre-wrap' }}>{version.changes}</Typography>
          </>
        )}
        {heading(t('registers.notices.view.purposes'))}
        <Typography>{version.changedPurposeIds.length ? version.changedPurposeIds.map(purposeName).join(', ') : t('registers.notices.view.noPurposes')}</Typography>
        {heading(t('registers.notices.view.text'))}
        <Box component="blockquote" sx={{ m: 0, p: 2, border: 1, borderColor: 'divider', borderRadius: 1, whiteSpace: 'pre-wrap', maxHeight: '16rem', overflow: 'auto' }} tabIndex={0}>
          {version.text}
        </Box>
        {status !== 'retired' && version.changedPurposeIds.length > 0 && <ReAgreementSection version={version} versions={versions} />}
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
        {status !== 'retired' && <RetireButton version={version} label={name(version)} />}
        <Box sx={{ flex: 1 }} />
        {status === 'upcoming' && <Button onClick={onEdit}>{t('registers.notices.view.edit')}</Button>}
        <Button onClick={onNewFrom}>{t('registers.notices.view.newFrom')}</Button>
        <Button variant="contained" onClick={onClose}>
          {t('common.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/** Retiring keeps the version and every consent naming it; it is then no longer offered for new consents. */
function RetireButton({ version, label }: { version: NoticeVersion; label: string }) {
  const { t } = useTranslation();
  const repository = useNoticesRepository();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const retire = async () => {
    setBusy(true);
    setError(null);
    try {
      await repository.retire(version.id);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };
  return (
    <>
      <Button onClick={() => setConfirming(true)}>
        {t('registers.notices.retire.action')}
      </Button>
      <ErrorAlert error={error} onClose={() => setError(null)} />
      <ConfirmDialog
        open={confirming}
        title={t('registers.notices.retire.title')}
        body={t('registers.notices.retire.body', { version: label })}
        confirmLabel={t('registers.notices.retire.confirm')}
        busy={busy}
        onConfirm={() => void retire()}
        onCancel={() => setConfirming(false)}
      />
    </>
  );
}
