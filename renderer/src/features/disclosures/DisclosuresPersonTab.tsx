// On a person's page: whom their information was disclosed to, and a way to record one more
// disclosure for them (the person is fixed in the dialog).
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
import type { Disclosure } from '../../domain/registers/disclosures';
import { useFormat } from '../../ui/format';
import { DisclosureDialog } from './DisclosureDialog';
import { useDisclosures } from './useDisclosures';

export function DisclosuresPersonTab({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const records = useDisclosures(personId);
  // undefined: closed; null: a new disclosure for this person.
  const [editing, setEditing] = useState<Disclosure | null | undefined>(undefined);
  return (
    <Box sx={{ pt: 2 }}>
      {records.length === 0 ? (
        <Typography>{t('registers.disclosures.personEmpty')}</Typography>
      ) : (
        <List dense aria-label={t('registers.disclosures.tableLabel')}>
          {records.map((r) => (
            // Each button inside its own <li>: a list holds list items only (axe 'list').
            <ListItem key={r.id} disablePadding>
              <ListItemButton onClick={() => setEditing(r)}>
                <ListItemText
                  primary={`${r.reference ?? ''} · ${format.date(r.disclosedOn)} · ${r.recipient.name}`}
                  secondary={r.categories.map((c) => t(`registers.purposes.categories.${c}`)).join(', ')}
                />
              </ListItemButton>
            </ListItem>
          ))}
        </List>
      )}
      <Button variant="outlined" startIcon={<AddIcon />} onClick={() => setEditing(null)} sx={{ mt: 1 }}>
        {t('registers.disclosures.addForPerson')}
      </Button>
      <DisclosureDialog open={editing !== undefined} disclosure={editing ?? null} personId={personId} onClose={() => setEditing(undefined)} />
    </Box>
  );
}
