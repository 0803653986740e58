// Add a document to the request, with an optional description saying what it is ("Written request
// received by mail"). The file is chosen through the host; the store checks it (not empty, not too
// large) and seals it whole. A refusal about the file is said in words, one about the description
// lands on its field.
import AttachFileIcon from '@mui/icons-material/AttachFile';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { fieldErrorText } from '../../ui/forms/fieldError';
import { useServices } from '../../app/services';
import { useUnlocked } from '../../app/unlocked';
import type { AccessRequest } from '../../domain/accessRequest';
import { ValidationError } from '../../store/errors';
import { ATTACHMENT_FILTERS, mediaTypeFor } from './documents';

const DESCRIPTION_MAX = 1000;

interface Props {
  request: AccessRequest;
  /** Another document action is running (open, save, print). */
  disabled: boolean;
  /** A sentence for the page's status line; null clears it. */
  onStatus: (message: string | null) => void;
}

export function AddAttachmentForm({ request, disabled, onStatus }: Props) {
  const { t } = useTranslation();
  const { host } = useServices();
  const { session } = useUnlocked();
  const [description, setDescription] = useState('');
  const [descriptionError, setDescriptionError] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setFileError(null);
    setDescriptionError(null);
    onStatus(null);
    setBusy(true);
    try {
      const file = await host.openFile(ATTACHMENT_FILTERS);
      if (!file) return;
      const added = await session.accessRequests.addAttachment(request.id, {
        name: file.name,
        mediaType: mediaTypeFor(file.name),
        bytes: file.bytes,
        ...(description.trim() ? { description: description.trim() } : {}),
      });
      setDescription('');
      onStatus(t('attachments.added', { name: added.name }));
    } catch (e) {
      if (e instanceof ValidationError) {
        const { description: aboutDescription, ...aboutFile } = e.fields;
        if (aboutDescription) setDescriptionError(fieldErrorText(t, aboutDescription));
        const first = Object.values(aboutFile)[0];
        if (first) setFileError(fieldErrorText(t, first));
      } else {
        setError(e);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <form noValidate autoComplete="off" onSubmit={(event) => void add(event)}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'flex-start' }, mt: 2 }}>
        <TextField
          autoComplete="off"
          label={t('attachments.description')}
          helperText={descriptionError ?? t('attachments.descriptionHelp')}
          error={descriptionError !== null}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
          slotProps={{ htmlInput: { maxLength: DESCRIPTION_MAX } }}
          margin="none"
        />
        <Button type="submit" startIcon={<AttachFileIcon />} variant="outlined" disabled={disabled || busy} sx={{ flexShrink: 0, mt: { sm: 1 } }}>
          {t('attachments.add')}
        </Button>
      </Stack>
      {fileError && (
        <Alert severity="error" role="alert" sx={{ my: 2 }} onClose={() => setFileError(null)}>
          {fileError}
        </Alert>
      )}
      <ErrorAlert error={error} onClose={() => setError(null)} />
    </form>
  );
}
