// Whom a correction made on `correctedOn` must be sent to: the recipients of the person's
// disclosures in the year before (BC PIPA s.24(2)(b)), read from the disclosure log.
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnlocked } from '../../app/unlocked';
import { correctionWindowStart, recipientsToNotify } from '../../domain/corrections';
import { isIsoDate } from '../../domain/isoDate';
import { disclosuresRegister } from '../../domain/registers/disclosures';
import { useFormat } from '../../ui/format';

export function NotifyRecipients({ personId, correctedOn }: { personId: string; correctedOn: string }) {
  const { t } = useTranslation();
  const { session } = useUnlocked();
  const format = useFormat();
  const recipients = useMemo(
    () => (isIsoDate(correctedOn) ? recipientsToNotify(session.registers.get(disclosuresRegister).forPerson(personId), correctedOn) : []),
    [session, personId, correctedOn],
  );
  if (!isIsoDate(correctedOn)) return null;
  return (
    <section aria-label={t('registers.correctionRequests.notify.title')}>
      <Typography variant="h3" component="h3">
        {t('registers.correctionRequests.notify.title')}
      </Typography>
      <Typography variant="body2">
        {t('registers.correctionRequests.notify.intro', { from: format.date(correctionWindowStart(correctedOn)), to: format.date(correctedOn) })}
      </Typography>
      {recipients.length === 0 ? (
        <Typography variant="body2">{t('registers.correctionRequests.notify.none')}</Typography>
      ) : (
        <List dense>
          {recipients.map((r) => (
            <ListItem key={`${r.name}\n${r.address ?? ''}`}>
              <ListItemText primary={r.name} secondary={r.address} />
            </ListItem>
          ))}
        </List>
      )}
    </section>
  );
}
