// The letters issued on a register record, each as it was issued (sealed, checked by its SHA-256 on
// every read), with "Save PDF". `recipientName` names the organisation of a letter sent to one.
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { RegisterLetter } from '../../domain/registers/definition';
import { useFormat } from '../format';
import type { RecordLetters } from './useRecordLetters';

export function RecordLettersList({ letters, actions, recipientName }: { letters: readonly RegisterLetter[]; actions: RecordLetters; recipientName?: (letter: RegisterLetter) => string | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (letters.length === 0) return <Typography variant="body2">{t('recordLetters.none')}</Typography>;
  return (
    <List dense aria-label={t('recordLetters.heading')}>
      {letters.map((letter) => {
        const name = t('recordLetters.issuedOn', { kind: t(`letters.kinds.${letter.kind}`), date: format.date(letter.issuedOn), language: t(`languages.${letter.language}`) });
        const recipient = recipientName?.(letter);
        return (
          <ListItem
            key={letter.id}
            secondaryAction={
              <Button size="small" disabled={actions.busy} onClick={() => void actions.save(letter)} aria-label={t('recordLetters.saveNamed', { name: recipient ? `${name} — ${recipient}` : name })}>
                {t('recordLetters.savePdf')}
              </Button>
            }
          >
            <ListItemText primary={name} secondary={recipient ? t('recordLetters.recipientLine', { recipient }) : undefined} title={`SHA-256 ${letter.sha256}`} />
          </ListItem>
        );
      })}
    </List>
  );
}
