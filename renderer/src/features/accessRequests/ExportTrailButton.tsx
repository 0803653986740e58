// "Export trail (PDF)": this request's audit entries (its own, its letters' and its attachments') as
// a PDF the officer can file or hand to a commissioner. The whole chain is verified first and the
// result printed on the document, so the copy says whether the trail behind it was intact. The
// export itself is recorded in the trail.
import HistoryIcon from '@mui/icons-material/History';
import Button from '@mui/material/Button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/languageContext';
import { useServices } from '../../app/services';
import { useUnlocked } from '../../app/unlocked';
import type { AccessRequest } from '../../domain/accessRequest';
import { buildAuditTrailPdf } from '../../letters/auditTrailPdf';
import { detailWords, fieldWords } from '../audit/auditWords';
import { PDF_FILTER } from './documents';

/** The ids whose entries make up one request's trail. */
export function requestTrailIds(request: AccessRequest): string[] {
  return [request.id, ...request.letters.map((l) => l.id), ...request.attachments.map((a) => a.id)];
}

interface Props {
  request: AccessRequest;
  /** A sentence for the page's status line. */
  onDone: (message: string) => void;
  onError: (error: unknown) => void;
}

export function ExportTrailButton({ request, onDone, onError }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { host } = useServices();
  const { session } = useUnlocked();
  const [busy, setBusy] = useState(false);

  const exportTrail = async () => {
    setBusy(true);
    onError(null);
    try {
      const verification = await session.audit.verify();
      const entries = session.audit.list({ entityIds: requestTrailIds(request) });
      const pdf = await buildAuditTrailPdf({
        language,
        organisation: session.organisation(),
        reference: request.reference,
        entries,
        verification,
        exportedAt: new Date(),
        describe: { fields: (entry) => fieldWords(t, entry.fields), detail: (entry) => detailWords(t, entry) },
      });
      const outcome = await host.saveFile({ suggestedName: `${request.reference}-${t('audit.trailPdf.fileName')}.pdf`, filters: [PDF_FILTER], bytes: pdf });
      if (!outcome.saved) {
        onDone(t('audit.trailPdf.cancelled'));
        return;
      }
      await session.audit.record({ action: 'export', entityKind: 'accessRequest', entityId: request.id, fields: [], detail: 'trailPdf' });
      onDone(t('audit.trailPdf.saved', { reference: request.reference, fileName: outcome.fileName }));
    } catch (error) {
      onError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button variant="outlined" startIcon={<HistoryIcon />} onClick={() => void exportTrail()} disabled={busy}>
      {busy ? t('audit.trailPdf.busy') : t('audit.trailPdf.button')}
    </Button>
  );
}
