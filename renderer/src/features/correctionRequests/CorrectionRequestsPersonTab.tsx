// On a person's page: their correction requests, each with its decision; the annotation of a
// correction not made is shown here, with the person's information (BC PIPA s.24(3)). "Letters"
// opens the request's letters; a decision saved opens them too.
import AddIcon from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { correctionStatus, type CorrectionRequest } from '../../domain/registers/correctionRequests';
import { useFormat } from '../../ui/format';
import { CorrectionRequestDialog } from './CorrectionRequestDialog';
import { AnnotationsNotice } from './AnnotationsNotice';
import { useCorrectionRequests } from './useCorrectionRequests';
import { useDecisionFlow } from './useDecisionFlow';

export function CorrectionRequestsPersonTab({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const records = useCorrectionRequests(personId);
  // undefined: closed; null: a new request for this person.
  const [editing, setEditing] = useState<CorrectionRequest | null | undefined>(undefined);
  const { decide, openLetters, dialogs } = useDecisionFlow();
  return (
    <Box sx={{ pt: 2 }}>
      <AnnotationsNotice personId={personId} />
      {records.length === 0 ? (
        <Typography>{t('registers.correctionRequests.personEmpty')}</Typography>
      ) : (
        <List dense aria-label={t('registers.correctionRequests.tableLabel')}>
          {records.map((r) => (
            <ListItem
              key={r.id}
              disablePadding
              secondaryAction={
                <>
                  <Button size="small" onClick={() => decide(r)}>
                    {t('registers.correctionRequests.decide')}
                  </Button>
                  <Button size="small" onClick={() => openLetters(r)}>
                    {t('recordLetters.correction.openLetters')}
                  </Button>
                </>
              }
            >
              <ListItemButton onClick={() => setEditing(r)}>
                <ListItemText
                  primary={`${r.reference ?? ''} · ${format.date(r.receivedOn)} · ${t(`registers.correctionRequests.statuses.${correctionStatus(r)}`)}`}
                  secondary={r.correctionAsked}
                />
              </ListItemButton>
            </ListItem>
          ))}
        </List>
      )}
      <Button variant="outlined" startIcon={<AddIcon />} onClick={() => setEditing(null)} sx={{ mt: 1 }}>
        {t('registers.correctionRequests.addForPerson')}
      </Button>
      <CorrectionRequestDialog open={editing !== undefined} request={editing ?? null} personId={personId} onClose={() => setEditing(undefined)} />
      {dialogs}
    </Box>
  );
}
