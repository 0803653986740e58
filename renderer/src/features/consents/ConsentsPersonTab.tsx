// On a person's page: where each of their consents stands today (one line per purpose, with
// "Withdraw" on one in force) and their full history, oldest entries kept as recorded.
import AddIcon from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnlocked } from '../../app/unlocked';
import { consentEntryDate, consentState } from '../../domain/consentState';
import type { ConsentEntry } from '../../domain/registers/consents';
import { useFormat } from '../../ui/format';
import { useNoticeShown } from '../notices/useNotices';
import { ConsentDialog } from './ConsentDialog';
import { useConsentEntries, usePurposeName } from './useConsents';
import { WithdrawalLetterDialog } from './WithdrawalLetterDialog';
import { WithdrawDialog } from './WithdrawDialog';
import { useReturnFocus } from '../../ui/useReturnFocus';

export function ConsentsPersonTab({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const { session } = useUnlocked();
  const format = useFormat();
  const entries = useConsentEntries(personId);
  const purposeName = usePurposeName();
  const noticeOf = useNoticeShown();
  const [adding, setAdding] = useState(false);
  const [withdrawing, setWithdrawing] = useState<ConsentEntry | null>(null);
  // Withdraw hands over to the letter dialog, and its button is gone after: focus comes back here.
  const returnFocus = useReturnFocus();
  // A withdrawal's confirmation letters: issued from here later too, and saved again as issued.
  const [lettersOf, setLettersOf] = useState<ConsentEntry | null>(null);
  const today = session.today();
  const purposeIds = [...new Set(entries.map((e) => e.purposeId))];
  const states = purposeIds.map((purposeId) => ({ purposeId, ...consentState(entries, personId, purposeId, today) }));
  return (
    <Box sx={{ pt: 2 }}>
      {entries.length === 0 ? (
        <Typography>{t('registers.consents.personEmpty')}</Typography>
      ) : (
        <>
          <Typography variant="h3" sx={{ fontSize: '1.1rem', mb: 1 }}>
            {t('registers.consents.current')}
          </Typography>
          <List dense aria-label={t('registers.consents.current')}>
            {states.map((s) => (
              <ListItem
                key={s.purposeId}
                secondaryAction={
                  s.state === 'inForce' && s.entry ? (
                    <Button
                      size="small"
                      onClick={() => {
                        returnFocus.remember();
                        setWithdrawing(s.entry!);
                      }}
                    >
                      {t('registers.consents.withdraw')}
                    </Button>
                  ) : undefined
                }
              >
                <ListItemText primary={t('registers.consents.stateLine', { state: t(`registers.consents.states.${s.state}`), purpose: purposeName(s.purposeId) })} />
              </ListItem>
            ))}
          </List>
          <Typography variant="h3" sx={{ fontSize: '1.1rem', mt: 2, mb: 1 }}>
            {t('registers.consents.history')}
          </Typography>
          <List dense aria-label={t('registers.consents.history')}>
            {entries.map((e) => (
              <ListItem
                key={e.id}
                secondaryAction={
                  e.action === 'withdrawn' ? (
                    <Button size="small" onClick={() => setLettersOf(e)}>
                      {t('recordLetters.consent.openLetters')}
                    </Button>
                  ) : undefined
                }
              >
                <ListItemText
                  primary={`${e.reference ?? ''} · ${format.date(consentEntryDate(e))} · ${t(`registers.consents.actions.${e.action}`)}`}
                  secondary={[purposeName(e.purposeId), e.kind ? t(`registers.consents.kinds.${e.kind}`) : '', t(`registers.consents.hows.${e.how}`), noticeOf(e)].filter(Boolean).join(' · ')}
                />
              </ListItem>
            ))}
          </List>
        </>
      )}
      <Button variant="outlined" startIcon={<AddIcon />} onClick={() => setAdding(true)} sx={{ mt: 1 }}>
        {t('registers.consents.addForPerson')}
      </Button>
      <ConsentDialog open={adding} entry={null} personId={personId} onClose={() => setAdding(false)} />
      <WithdrawDialog
        consent={withdrawing}
        onClose={() => {
          setWithdrawing(null);
          returnFocus.restore();
        }}
      />
      <WithdrawalLetterDialog withdrawal={lettersOf} onClose={() => setLettersOf(null)} />
    </Box>
  );
}
