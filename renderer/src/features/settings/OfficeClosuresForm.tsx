// Days the office is closed (holiday shutdowns, moves). They never change a statutory deadline —
// the Acts count their own holidays only — they only make Custodian suggest sending a letter
// before a closure that falls inside a request's period (planningDate in domain/deadlines.ts).
import DeleteIcon from '@mui/icons-material/Delete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/ErrorAlert';
import { SavedStatus } from '../../app/forms/SavedStatus';
import { useUnlocked } from '../../app/unlocked';
import { isIsoDate } from '../../domain/isoDate';
import { useFormat } from '../accessRequests/format';

export function OfficeClosuresForm() {
  const { t } = useTranslation();
  const format = useFormat();
  const { settings, updateSettings } = useUnlocked();
  const listLabelId = useId();
  const closures = [...(settings.officeClosures ?? [])].sort();
  const [date, setDate] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (next: string[], message: string) => {
    setError(null);
    setStatus(null);
    setBusy(true);
    try {
      await updateSettings({ officeClosures: next });
      setStatus(message);
      return true;
    } catch (e) {
      setError(e);
      return false;
    } finally {
      setBusy(false);
    }
  };

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (!isIsoDate(date)) return setFieldError(t('validation.date'));
    if (closures.includes(date)) return setFieldError(t('settings.closures.duplicate'));
    setFieldError(null);
    const added = format.date(date, 'weekday');
    if (await save([...closures, date].sort(), t('settings.closures.added', { date: added }))) setDate('');
  };

  return (
    <Box>
      <Typography sx={{ mb: 1 }}>{t('settings.closures.intro')}</Typography>
      <Typography sx={{ mb: 2, fontWeight: 600 }}>{t('settings.closures.neverDeadline')}</Typography>
      <form noValidate onSubmit={(event) => void add(event)}>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'flex-start' } }}>
          <TextField
            type="date"
            label={t('settings.closures.date')}
            value={date}
            onChange={(event) => setDate(event.target.value)}
            error={fieldError !== null}
            helperText={fieldError ?? t('settings.closures.dateHelp')}
            slotProps={{ inputLabel: { shrink: true } }}
            margin="none"
            sx={{ maxWidth: 260 }}
          />
          <Button type="submit" variant="contained" disabled={busy} sx={{ mt: { sm: 1 } }}>
            {t('settings.closures.add')}
          </Button>
        </Stack>
      </form>
      <Typography id={listLabelId} variant="h3" component="h3" sx={{ mt: 3 }}>
        {t('settings.closures.listHeading', { count: closures.length })}
      </Typography>
      {closures.length === 0 ? (
        <Typography sx={{ mt: 1 }}>{t('settings.closures.none')}</Typography>
      ) : (
        <List aria-labelledby={listLabelId} dense sx={{ maxWidth: 420 }}>
          {closures.map((closure) => {
            const label = format.date(closure, 'weekday');
            return (
              <ListItem
                key={closure}
                divider
                secondaryAction={
                  <IconButton
                    edge="end"
                    aria-label={t('settings.closures.remove', { date: label })}
                    disabled={busy}
                    onClick={() => void save(closures.filter((d) => d !== closure), t('settings.closures.removed', { date: label }))}
                  >
                    <DeleteIcon />
                  </IconButton>
                }
              >
                <ListItemText primary={label} />
              </ListItem>
            );
          })}
        </List>
      )}
      <ErrorAlert error={error} />
      <SavedStatus message={status} />
    </Box>
  );
}
