// Picks the signature image through the host (native dialog in Electron, file input in a browser),
// checks it, flattens a PNG onto white (signatureImage.ts), and previews it. The bytes stay outside react-hook-form, which would deep-clone them
// into a plain object.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormHelperText from '@mui/material/FormHelperText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useServices } from '../../app/services';
import { checkSignatureImage, MAX_SIGNATURE_KB, prepareSignatureImage } from './signatureImage';

interface Props {
  value: Uint8Array<ArrayBuffer> | undefined;
  onChange: (bytes: Uint8Array<ArrayBuffer> | undefined) => void;
}

export function SignatureField({ value, onChange }: Props) {
  const { t } = useTranslation();
  const { host } = useServices();
  const helpId = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const [hostError, setHostError] = useState<unknown>(null);
  const previewUrl = useObjectUrl(value);

  const choose = async () => {
    setProblem(null);
    setHostError(null);
    try {
      const file = await host.openFile([{ name: 'PNG, JPEG', extensions: ['png', 'jpg', 'jpeg'] }]);
      if (!file) return;
      const prepared = prepareSignatureImage(file.bytes);
      if (!prepared.ok) {
        setProblem(t(prepared.messageKey, { maxKb: MAX_SIGNATURE_KB }));
        return;
      }
      onChange(prepared.bytes); // own copy, flattened: what every letter embeds
    } catch (error) {
      setHostError(error);
    }
  };

  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, mt: 2 }} aria-describedby={helpId}>
      <Typography component="legend" variant="subtitle1" sx={{ fontWeight: 600 }}>
        {t('officer.signature')}
      </Typography>
      <FormHelperText id={helpId}>{t('officer.signatureHelp', { maxKb: MAX_SIGNATURE_KB })}</FormHelperText>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mt: 1, flexWrap: 'wrap' }}>
        <Button variant="outlined" onClick={() => void choose()}>
          {t('officer.chooseSignature')}
        </Button>
        {value && (
          <Button color="error" onClick={() => onChange(undefined)}>
            {t('officer.removeSignature')}
          </Button>
        )}
      </Stack>
      {problem && (
        <FormHelperText error role="alert">
          {problem}
        </FormHelperText>
      )}
      <ErrorAlert error={hostError} />
      <Box sx={{ mt: 1 }}>
        {previewUrl ? (
          <Box component="img" src={previewUrl} alt={t('officer.signaturePreview')} sx={{ maxHeight: 96, maxWidth: 320, border: 1, borderColor: 'divider', bgcolor: '#fff', p: 1 }} />
        ) : (
          <Typography variant="body2" color="text.secondary">
            {t('officer.noSignature')}
          </Typography>
        )}
      </Box>
    </Box>
  );
}

function useObjectUrl(bytes: Uint8Array<ArrayBuffer> | undefined): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!bytes || typeof URL.createObjectURL !== 'function') {
      setUrl(null);
      return;
    }
    const check = checkSignatureImage(bytes);
    const objectUrl = URL.createObjectURL(new Blob([bytes], { type: check.ok ? check.mimeType : 'application/octet-stream' }));
    setUrl(objectUrl);
    return () => URL.revokeObjectURL(objectUrl);
  }, [bytes]);
  return url;
}
