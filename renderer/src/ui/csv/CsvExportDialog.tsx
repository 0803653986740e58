// Saving a register as CSV. The file leaves the vault's encryption, so the dialog says so first and
// the save button stays disabled until the officer ticks "I understand". Every saved export is
// recorded in the audit trail (which register, which columns; never the values). What is exported
// comes from a CsvExportSource: people and access requests (features/export/registerCsv.ts) or any
// register definition (ui/registers/definitionCsv.ts).
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services';
import { useUnlocked } from '../../app/unlocked';
import { CSV_SEPARATORS, csvFileBytes, type CsvSeparator } from '../../domain/csv';
import { ErrorAlert } from '../ErrorAlert';

/** One export, described for the dialog; the text is built only when the officer saves. */
export interface CsvExportSource {
  /** What the audit entry names (the register's name); never personal information. */
  register: string;
  /** The dialog's title. */
  title: string;
  /** What the file will hold: how many records and which columns, in words. */
  contents: string;
  /** The column ids, recorded in the audit entry. */
  columns: readonly string[];
  /** The file name's middle part: `custodian-<fileName>-<today>.csv`. */
  fileName: string;
  text(separator: CsvSeparator): string;
}

export const CSV_FILTER = { name: 'CSV', extensions: ['csv'] };

export function CsvExportDialog({ source, onClose }: { source: CsvExportSource; onClose: () => void }) {
  const { t } = useTranslation();
  const { host } = useServices();
  const { session } = useUnlocked();
  const titleId = useId();
  const warningId = useId();
  const [understood, setUnderstood] = useState(false);
  // Excel set up for French (and other regions using a decimal comma) expects semicolons.
  const [separator, setSeparator] = useState<CsvSeparator>(',');
  const separatorLabelId = useId();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ saved: boolean; message: string } | null>(null);
  const [error, setError] = useState<unknown>(null);

  const save = async () => {
    setBusy(true);
    setError(null);
    setOutcome(null);
    try {
      const text = source.text(separator);
      const suggestedName = `custodian-${source.fileName}-${session.today()}.csv`;
      const result = await host.saveFile({ suggestedName, filters: [CSV_FILTER], bytes: csvFileBytes(text) });
      if (!result.saved) {
        setOutcome({ saved: false, message: t('csv.cancelled') });
        return;
      }
      await session.audit.record({ action: 'export', entityKind: 'register', entityId: source.register, fields: [...source.columns], detail: 'csv' });
      setOutcome({ saved: true, message: t('csv.saved', { fileName: result.fileName }) });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const saved = outcome?.saved === true;
  // The save button goes away once the file is saved: give its focus to "Close", not to the page.
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (saved) closeRef.current?.focus();
  }, [saved]);
  return (
    <Dialog open onClose={busy ? undefined : onClose} aria-labelledby={titleId} aria-describedby={warningId} maxWidth="sm" fullWidth>
      <DialogTitle id={titleId}>{source.title}</DialogTitle>
      <DialogContent>
        <Alert id={warningId} severity="warning" role="note" sx={{ mb: 2 }}>
          <AlertTitle>{t('csv.warningTitle')}</AlertTitle>
          {t('csv.warning')}
        </Alert>
        <Typography sx={{ mb: 1 }}>{source.contents}</Typography>
        <FormControl disabled={busy || saved} sx={{ mb: 1 }}>
          <FormLabel id={separatorLabelId}>{t('csv.separator.label')}</FormLabel>
          <RadioGroup row aria-labelledby={separatorLabelId} value={separator} onChange={(event) => setSeparator(event.target.value as CsvSeparator)}>
            {CSV_SEPARATORS.map((value) => (
              <FormControlLabel key={value} value={value} control={<Radio />} label={t(value === ',' ? 'csv.separator.comma' : 'csv.separator.semicolon')} />
            ))}
          </RadioGroup>
        </FormControl>
        <FormControlLabel
          control={<Checkbox checked={understood} onChange={(event) => setUnderstood(event.target.checked)} disabled={busy || saved} />}
          label={t('csv.understand')}
          sx={{ alignItems: 'flex-start', '& .MuiCheckbox-root': { pt: 0.5 } }}
        />
        <Typography role="status" sx={{ mt: 1, minHeight: '1.5em', color: saved ? 'success.dark' : 'text.primary', fontWeight: saved ? 600 : 400 }}>
          {outcome?.message ?? ''}
        </Typography>
        <ErrorAlert error={error} onClose={() => setError(null)} />
      </DialogContent>
      <DialogActions>
        <Button ref={closeRef} onClick={onClose} disabled={busy}>
          {saved ? t('common.close') : t('common.cancel')}
        </Button>
        {!saved && (
          <Button variant="contained" onClick={() => void save()} disabled={!understood || busy}>
            {busy ? t('csv.saving') : t('csv.save')}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
