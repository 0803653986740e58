// "Mail-out list": choose a purpose, then save its list through the app's CSV dialog.
import EmailOutlinedIcon from '@mui/icons-material/EmailOutlined';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnlocked } from '../../app/unlocked';
import { CsvExportDialog, type CsvExportSource } from '../../ui/csv/CsvExportDialog';
import { mailOutSource } from './mailOut';
import { useConsentsRepository } from './useConsents';

export function MailOutButton() {
  const { t } = useTranslation();
  const { session } = useUnlocked();
  const repository = useConsentsRepository();
  const titleId = useId();
  const [choosing, setChoosing] = useState(false);
  const [purposeId, setPurposeId] = useState('');
  const [source, setSource] = useState<CsvExportSource | null>(null);
  const purposes = session.registers.byName('purposes');
  const options = (purposes?.list() ?? []).filter((p) => !p.retiredAt).map((p) => ({ id: p.id, name: purposes!.definition.label(p) }));
  const next = () => {
    const purpose = options.find((p) => p.id === purposeId);
    if (!purpose) return;
    setChoosing(false);
    setSource(mailOutSource(t, session.people, repository.list(), purpose, session.today()));
  };
  return (
    <>
      <Button variant="outlined" startIcon={<EmailOutlinedIcon />} onClick={() => setChoosing(true)}>
        {t('registers.consents.mailOut.button')}
      </Button>
      <Dialog open={choosing} onClose={() => setChoosing(false)} aria-labelledby={titleId} maxWidth="sm" fullWidth>
        <DialogTitle id={titleId}>{t('registers.consents.mailOut.chooseTitle')}</DialogTitle>
        <DialogContent>
          <Typography sx={{ mb: 2 }}>{t('registers.consents.mailOut.chooseText')}</Typography>
          <TextField
            select
            fullWidth
            label={t('registers.consents.mailOut.purpose')}
            value={purposeId}
            onChange={(event) => setPurposeId(event.target.value)}
            slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
          >
            <option value="">{t('registers.consents.fields.purposeEmpty')}</option>
            {options.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </TextField>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setChoosing(false)}>{t('common.cancel')}</Button>
          <Button variant="contained" onClick={next} disabled={!purposeId}>
            {t('registers.consents.mailOut.next')}
          </Button>
        </DialogActions>
      </Dialog>
      {source && <CsvExportDialog source={source} onClose={() => setSource(null)} />}
    </>
  );
}
