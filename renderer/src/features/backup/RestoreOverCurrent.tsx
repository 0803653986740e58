// Restore over the current data: open and check the archive, show what it holds, then a typed word
// (RESTORE / RESTAURER) before session.restoreSnapshot, which replaces everything in one step or
// nothing at all. The store appends the 'restore' audit entry itself.
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../ui/forms/FormActions';
import { formatReference } from '../../domain/accessRequest';
import type { RaisedSequence } from '../../store/snapshot';
import { useUnlocked } from '../../app/unlocked';
import { useFormat } from '../../ui/format';
import { ArchiveSummary } from './ArchiveSummary';
import { BackupErrorAlert } from './BackupErrorAlert';
import { OpenArchiveForm, type OpenedArchive } from './OpenArchiveForm';
import { StageProgress } from './StageProgress';

/** "AR-2026-0006, AR-2025-0013": the numbers the next requests of each raised series will take. */
function nextReferences(raised: readonly RaisedSequence[]): string {
  return raised.map((r) => formatReference(Number(r.id.slice(3)), r.kept + 1)).join(', ');
}

export function RestoreOverCurrent() {
  const { t } = useTranslation();
  const { session, reloadSettings } = useUnlocked();
  const format = useFormat();
  const [opened, setOpened] = useState<OpenedArchive | null>(null);
  const [typed, setTyped] = useState('');
  const [restoring, setRestoring] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [restoredFrom, setRestoredFrom] = useState<string | null>(null);
  const [raised, setRaised] = useState<RaisedSequence[]>([]);
  const word = t('backup.restore.word');
  const confirmed = typed.trim() === word;

  const reset = () => {
    setOpened(null);
    setTyped('');
    setError(null);
    setRestoredFrom(null);
    setRaised([]);
  };

  const restore = async () => {
    if (!opened || !confirmed) return;
    setRestoring(true);
    setError(null);
    try {
      const result = await session.restoreSnapshot(opened.contents.snapshot);
      reloadSettings();
      setRaised(result.raisedSequences);
      setRestoredFrom(opened.contents.manifest.createdAt);
      setOpened(null);
      setTyped('');
    } catch (e) {
      setError(e);
    } finally {
      setRestoring(false);
    }
  };

  return (
    <>
      <OpenArchiveForm
        submitLabel={t('backup.restore.check')}
        onFileChosen={reset}
        onOpened={(next) => {
          reset();
          setOpened(next);
        }}
      />
      {restoredFrom && (
        <Alert severity="success" role="status" sx={{ my: 2 }}>
          {t('backup.restore.done', { date: format.instant(restoredFrom) })}
          {raised.length > 0 && ` ${t('backup.restore.raisedSequences', { list: nextReferences(raised) })}`}
        </Alert>
      )}
      {opened && (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void restore();
          }}
        >
          <ArchiveSummary fileName={opened.fileName} manifest={opened.contents.manifest} />
          <Alert severity="warning" role="note" sx={{ my: 2 }}>
            {t('backup.restore.warning', { date: format.instant(opened.contents.manifest.createdAt) })}
          </Alert>
          <TextField
            label={t('backup.restore.confirmLabel', { word })}
            helperText={t('backup.restore.confirmHelp', { word })}
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            autoComplete="off"
            slotProps={{ htmlInput: { spellCheck: false, autoCapitalize: 'characters' } }}
          />
          {restoring && <StageProgress label={t('backup.restore.restoring')} fraction={null} />}
          <BackupErrorAlert error={error} title={t('backup.restore.failed')} footer={t('backup.restore.nothingChanged')} />
          <FormActions>
            <Button onClick={reset} disabled={restoring}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" variant="contained" color="error" disabled={!confirmed || restoring}>
              {t('backup.restore.submit')}
            </Button>
          </FormActions>
        </form>
      )}
    </>
  );
}
