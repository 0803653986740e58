// The "Export to CSV" button a register's page places in its toolbar; the dialog does the rest.
// The source is read when the button is pressed, so the count and columns are those of that moment.
import FileDownloadIcon from '@mui/icons-material/FileDownload';
import Button from '@mui/material/Button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CsvExportDialog, type CsvExportSource } from './CsvExportDialog';

export function CsvExportButton({ source }: { source: () => CsvExportSource }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<CsvExportSource | null>(null);
  return (
    <>
      <Button variant="outlined" startIcon={<FileDownloadIcon />} onClick={() => setOpen(source())}>
        {t('csv.button')}
      </Button>
      {open && <CsvExportDialog source={open} onClose={() => setOpen(null)} />}
    </>
  );
}
