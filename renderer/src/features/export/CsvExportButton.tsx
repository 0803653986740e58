// The export button of the people and access requests pages: their own columns (registerCsv.ts) on
// the generic export dialog (ui/csv).
import { useTranslation } from 'react-i18next';
import { useUnlocked } from '../../app/unlocked';
import { CsvExportButton as ExportButton } from '../../ui/csv/CsvExportButton';
import { registerCsvSource, type Register } from './registerCsv';

export function CsvExportButton({ register }: { register: Register }) {
  const { t } = useTranslation();
  const { session } = useUnlocked();
  return <ExportButton source={() => registerCsvSource(t, register, session)} />;
}
