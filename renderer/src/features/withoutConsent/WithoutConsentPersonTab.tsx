// On a person's page: what was collected, used or disclosed about them without consent, and a way
// to record one more for them (the person is fixed in the dialog).
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
import type { WithoutConsentEntry } from '../../domain/registers/withoutConsent';
import { groundLabelKey } from '../../domain/withoutConsentGrounds';
import { useFormat } from '../../ui/format';
import { useWithoutConsentEntries } from './useWithoutConsent';
import { WithoutConsentDialog } from './WithoutConsentDialog';

export function WithoutConsentPersonTab({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const entries = useWithoutConsentEntries(personId);
  // undefined: closed; null: a new entry for this person.
  const [editing, setEditing] = useState<WithoutConsentEntry | null | undefined>(undefined);
  return (
    <Box sx={{ pt: 2 }}>
      {entries.length === 0 ? (
        <Typography>{t('registers.withoutConsent.personEmpty')}</Typography>
      ) : (
        <List dense aria-label={t('registers.withoutConsent.tableLabel')}>
          {entries.map((r) => (
            <ListItem key={r.id} disablePadding>
              <ListItemButton onClick={() => setEditing(r)}>
                <ListItemText
                  primary={`${r.reference ?? ''} · ${format.date(r.date)} · ${t(`registers.withoutConsent.acts.${r.act}`)}`}
                  secondary={`${t(`regimesShort.${r.regime}`)} ${r.provision} · ${t(groundLabelKey(r.groundId))}`}
                />
              </ListItemButton>
            </ListItem>
          ))}
        </List>
      )}
      <Button variant="outlined" startIcon={<AddIcon />} onClick={() => setEditing(null)} sx={{ mt: 1 }}>
        {t('registers.withoutConsent.addForPerson')}
      </Button>
      <WithoutConsentDialog open={editing !== undefined} entry={editing ?? null} personId={personId} onClose={() => setEditing(undefined)} />
    </Box>
  );
}
