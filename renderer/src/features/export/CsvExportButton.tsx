// The "Export to CSV" button a register's page places in its toolbar; the dialog does the rest.
import FileDownloadIcon from '@mui/icons-material/FileDownload';
import Button from '@mui/material/Button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CsvExportDialog } from './CsvExportDialog';
import type { Register } from './registerCsv';

export function CsvExportButton({ register }: { register: Register }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="outlined" startIcon={<FileDownloadIcon />} onClick={() => setOpen(true)}>
        {t('csv.button')}
      </Button>
      {open && <CsvExportDialog register={register} onClose={() => setOpen(false)} />}
    </>
  );
}
