// Pick a .custodian file, type its passphrase, and open it with every check a restore makes
// (archive/readArchive.ts). Used to check any archive, to restore over the current data and to
// restore on the first-run screen. Nothing is changed here; the caller decides what to do next.
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { ArchiveContents } from '../../archive';
import { FormActions } from '../../ui/forms/FormActions';
import { FormTextField } from '../../ui/forms/FormTextField';
import { useServices } from '../../app/services';
import type { OpenedFile } from '../../host/host';
import { BackupErrorAlert } from './BackupErrorAlert';
import { archiveFilters } from './backupFile';
import { StageProgress } from './StageProgress';

export interface OpenedArchive {
  fileName: string;
  contents: ArchiveContents;
}

const passphraseSchema = z.object({ passphrase: z.string().min(1, 'validation.required') });
type PassphraseValues = z.infer<typeof passphraseSchema>;

interface Props {
  submitLabel: string;
  onOpened: (opened: OpenedArchive) => void;
  /** A new file was chosen: whatever was shown for the previous one no longer applies. */
  onFileChosen?: () => void;
  onBack?: () => void;
}

export function OpenArchiveForm({ submitLabel, onOpened, onFileChosen, onBack }: Props) {
  const { t } = useTranslation();
  const { host } = useServices();
  const [file, setFile] = useState<OpenedFile | null>(null);
  const [fileMissing, setFileMissing] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [choosing, setChoosing] = useState(false);
  const form = useForm<PassphraseValues>({ resolver: zodResolver(passphraseSchema), defaultValues: { passphrase: '' }, mode: 'onTouched' });
  const busy = form.formState.isSubmitting || choosing;

  const choose = async () => {
    setChoosing(true);
    setError(null);
    try {
      const picked = await host.openFile(archiveFilters(t('backup.fileType')));
      if (picked) {
        setFile(picked);
        setFileMissing(false);
        onFileChosen?.();
      }
    } catch (e) {
      setError(e);
    } finally {
      setChoosing(false);
    }
  };

  const submit = form.handleSubmit(async ({ passphrase }) => {
    setError(null);
    if (!file) {
      setFileMissing(true);
      return;
    }
    setProgress(0);
    try {
      const { readArchive } = await import('../../archive'); // loaded on first use, as in makeBackup.ts
      const contents = await readArchive(file.bytes, passphrase, { onProgress: (done, total) => setProgress(total > 0 ? done / total : null) });
      form.reset();
      onOpened({ fileName: file.name, contents });
    } catch (e) {
      setError(e);
    } finally {
      setProgress(null);
    }
  });

  return (
    <form noValidate onSubmit={submit}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 2 }}>
        <Button variant="outlined" onClick={() => void choose()} disabled={busy}>
          {t('backup.open.choose')}
        </Button>
        <Typography data-testid="chosen-archive" sx={{ color: fileMissing ? 'error.main' : undefined }} role={fileMissing ? 'alert' : undefined}>
          {file ? t('backup.open.chosen', { fileName: file.name }) : fileMissing ? t('backup.open.noFile') : t('backup.open.none')}
        </Typography>
      </Stack>
      <FormTextField control={form.control} name="passphrase" label={t('backup.open.passphrase')} type="password" autoComplete="off" required />
      {progress !== null && <StageProgress label={t('backup.open.checking')} fraction={progress} />}
      <BackupErrorAlert error={error} title={t('backup.open.refused')} />
      <FormActions>
        {onBack && (
          <Button onClick={onBack} disabled={busy}>
            {t('common.back')}
          </Button>
        )}
        <Button type="submit" variant="contained" disabled={busy}>
          {submitLabel}
        </Button>
      </FormActions>
    </form>
  );
}
