// Whom a correction made on `correctedOn` must be sent to: the recipients of the person's
// disclosures in the year before (BC PIPA s.24(2)(b)), read from the disclosure log. Once the
// correction is saved (`notices` given), each recipient gets its own "Issue correction notice".
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnlocked } from '../../app/unlocked';
import { correctionWindowStart, recipientIdOf, recipientsToNotify, type DisclosedRecipient } from '../../domain/corrections';
import { isIsoDate } from '../../domain/isoDate';
import type { RegisterLetter } from '../../domain/registers/definition';
import { disclosuresRegister } from '../../domain/registers/disclosures';
import { useFormat } from '../../ui/format';

export interface NoticeActions {
  /** The notices already issued to this recipient (recipientIdOf). */
  issued(recipientId: string): readonly RegisterLetter[];
  issue(recipient: DisclosedRecipient): void;
  busy: boolean;
}

export function NotifyRecipients({ personId, correctedOn, notices }: { personId: string; correctedOn: string; notices?: NoticeActions }) {
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
      <Typography variant="h3" component="h3" sx={{ fontSize: '1.1rem' }}>
        {t('registers.correctionRequests.notify.title')}
      </Typography>
      <Typography variant="body2">
        {t('registers.correctionRequests.notify.intro', { from: format.date(correctionWindowStart(correctedOn)), to: format.date(correctedOn) })}
      </Typography>
      {recipients.length === 0 ? (
        <Typography variant="body2">{t('registers.correctionRequests.notify.none')}</Typography>
      ) : (
        <List dense>
          {recipients.map((r) => {
            const id = recipientIdOf(r);
            const issued = notices?.issued(id) ?? [];
            const secondary = [r.address, ...issued.map((l) => t('recordLetters.correction.noticeIssued', { date: format.date(l.issuedOn) }))].filter(Boolean).join('\n');
            return (
              <ListItem
                key={id}
                secondaryAction={
                  notices ? (
                    <Button size="small" variant="outlined" disabled={notices.busy} onClick={() => notices.issue(r)} aria-label={t('recordLetters.correction.noticeTo', { recipient: r.name })}>
                      {t('recordLetters.correction.notice')}
                    </Button>
                  ) : undefined
                }
              >
                <ListItemText primary={r.name} secondary={secondary} slotProps={{ secondary: { sx: { whiteSpace: 'pre-line' } } }} sx={notices ? { pr: 22 } : undefined} />
              </ListItem>
            );
          })}
        </List>
      )}
    </section>
  );
}
