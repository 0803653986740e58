import AddIcon from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../ui/PageHeading';
import { useUnlocked } from '../../app/unlocked';
import type { Person } from '../../domain/person';
import { CsvExportButton } from '../export/CsvExportButton';
import { PeopleGrid } from './PeopleGrid';
import { PersonDialog } from './PersonDialog';
import { useDebouncedValue } from './useDebouncedValue';
import { usePeopleQuery } from './usePeopleQuery';

export const SEARCH_DEBOUNCE_MS = 100;

export function PeoplePage() {
  const { t } = useTranslation();
  const { session } = useUnlocked();
  const people = session.people;
  const helpId = useId();
  const [search, setSearch] = useState('');
  const query = useDebouncedValue(search, SEARCH_DEBOUNCE_MS);
  const [showArchived, setShowArchived] = useState(false);
  const rows = usePeopleQuery(people, query, showArchived);
  // undefined: closed; null: adding; a person: editing.
  const [editing, setEditing] = useState<Person | null | undefined>(undefined);

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}>
      <PageHeading title={t('people.title')} />
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' }, mb: 1 }}>
        <TextField
          type="search"
          label={t('people.search')}
          helperText={t('people.searchHelp')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          autoComplete="off"
          margin="none"
          sx={{ maxWidth: { md: 420 } }}
        />
        <FormControlLabel control={<Switch checked={showArchived} onChange={(event) => setShowArchived(event.target.checked)} />} label={t('people.showArchived')} />
        <Box sx={{ flexGrow: 1 }} />
        <CsvExportButton register="people" />
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setEditing(null)}>
          {t('people.add')}
        </Button>
      </Stack>
      <Stack direction="row" spacing={2} sx={{ mb: 1, justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <Typography role="status" sx={{ fontWeight: 600 }}>
          {t('people.count', { count: rows.length })}
        </Typography>
        <Typography id={helpId} variant="body2" color="text.secondary">
          {t('people.keyboardHelp')}
        </Typography>
      </Stack>
      {rows.length === 0 && (
        <Typography sx={{ my: 1 }}>{query.trim() === '' && !showArchived ? t('people.none') : t('people.empty')}</Typography>
      )}
      <PeopleGrid key={`${query}\u0000${showArchived}`} rows={rows} label={t('people.tableLabel')} describedBy={helpId} onOpen={setEditing} />
      {editing !== undefined && <PersonDialog people={people} accessRequests={session.accessRequests} person={editing} onClose={() => setEditing(undefined)} />}
    </Box>
  );
}
