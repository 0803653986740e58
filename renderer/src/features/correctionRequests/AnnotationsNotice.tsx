// A person's annotations (corrections asked for and not made, BC PIPA s.24(3)), shown wherever their
// record is: the person's page, their correction tab, and each of their access requests.
import Alert from '@mui/material/Alert';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../ui/format';
import { usePersonAnnotations } from './useCorrectionRequests';

export function AnnotationsNotice({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const annotations = usePersonAnnotations(personId);
  return annotations.map((a) => (
    <Alert key={a.reference} severity="info" role="note" sx={{ mb: 1, whiteSpace: 'pre-line' }}>
      {t('registers.correctionRequests.annotationOnFile', { text: a.text })} ({a.reference}, {format.date(a.decidedOn)})
    </Alert>
  ));
}
