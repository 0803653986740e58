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
import type { TFunction } from 'i18next';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { SavedStatus } from '../../ui/forms/SavedStatus';
import { useUnlocked } from '../../app/unlocked';
import { isoDateSlotProps } from '../../ui/forms/isoDateInput';
import { addDays, daysBetween, isIsoDate, type IsoDate } from '../../domain/isoDate';
import { useWording, type Wording } from '../../app/useWording';
import { formatIsoDate, useFormat } from '../../ui/format';

/** A typo in the year (2027 for 2026) must not fill the list: longer shutdowns go in as two ranges. */
export const MAX_CLOSURE_DAYS = 60;

/** Every day from `from` to `to`, both included: each closed day is stored on its own. */
function daysOf(from: string, to: string): string[] {
  return Array.from({ length: daysBetween(from, to) + 1 }, (_, i) => addDays(from, i));
}

export function OfficeClosuresForm() {
  const { t } = useTranslation();
  const format = useFormat();
  const { settings, updateSettings } = useUnlocked();
  const listLabelId = useId();
  const closures = [...(settings.officeClosures ?? [])].sort();
  const [date, setDate] = useState('');
  const [until, setUntil] = useState('');
  // Worded at each render, so they follow a switch of language (useWording).
  const [fieldError, setFieldError] = useWording();
  const [untilError, setUntilError] = useWording();
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useWording();
  const day = (t: TFunction, iso: string) => formatIsoDate(iso as IsoDate, t('format.locale'), 'weekday');
  const [busy, setBusy] = useState(false);

  const save = async (next: string[], message: Wording) => {
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
    setUntilError(null);
    if (!isIsoDate(date)) return setFieldError((t) => t('validation.date'));
    setFieldError(null);
    const last = until.trim() === '' ? date : until.trim();
    if (!isIsoDate(last)) return setUntilError((t) => t('validation.date'));
    if (last < date) return setUntilError((t) => t('settings.closures.untilBefore'));
    if (daysBetween(date, last) + 1 > MAX_CLOSURE_DAYS) return setUntilError((t) => t('settings.closures.tooLong', { max: MAX_CLOSURE_DAYS }));
    const fresh = daysOf(date, last).filter((day) => !closures.includes(day));
    if (fresh.length === 0) return setFieldError((t) => t(last === date ? 'settings.closures.duplicate' : 'settings.closures.allDuplicate'));
    const message: Wording =
      last === date
        ? (t) => t('settings.closures.added', { date: day(t, date) })
        : (t) => t('settings.closures.addedRange', { count: fresh.length, from: day(t, date), to: day(t, last) });
    if (await save([...closures, ...fresh].sort(), message)) {
      setDate('');
      setUntil('');
    }
  };

  return (
    <Box>
      <Typography sx={{ mb: 1 }}>{t('settings.closures.intro')}</Typography>
      <Typography sx={{ mb: 2, fontWeight: 600 }}>{t('settings.closures.neverDeadline')}</Typography>
      <form noValidate onSubmit={(event) => void add(event)}>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'flex-start' } }}>
          <TextField
            label={t('settings.closures.date')}
            value={date}
            onChange={(event) => setDate(event.target.value)}
            error={fieldError !== null}
            helperText={fieldError ?? t('settings.closures.dateHelp')}
            slotProps={isoDateSlotProps(t)}
            margin="none"
            sx={{ maxWidth: 260 }}
          />
          <TextField
            label={t('settings.closures.until')}
            value={until}
            onChange={(event) => setUntil(event.target.value)}
            error={untilError !== null}
            helperText={untilError ?? t('settings.closures.untilHelp')}
            slotProps={isoDateSlotProps(t)}
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
                    onClick={() => void save(closures.filter((d) => d !== closure), (t) => t('settings.closures.removed', { date: day(t, closure) }))}
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
