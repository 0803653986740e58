// A register's page: heading, search, filters, the records in a virtualised grid, "New …" and
// "Export to CSV". The records arrive already read from the store; searching and filtering happen
// here, in memory (a register holds hundreds or a few thousand records, not the people's 50,000).
import AddIcon from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useDeferredValue, useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnlocked } from '../../app/unlocked';
import type { AnyRegisterDefinition, RegisterRecord } from '../../domain/registers/definition';
import { foldForSearch, searchTokens } from '../../store/searchText';
import { CsvExportButton } from '../csv/CsvExportButton';
import { PageHeading } from '../PageHeading';
import { definitionCsvSource } from './definitionCsv';
import { RegisterTable, type RegisterColumn, type RegisterFilter } from './RegisterTable';

export interface RegisterListPageProps<R extends { id: string }> {
  title: string;
  intro?: ReactNode;
  records: readonly R[];
  columns: RegisterColumn<R>[];
  filters?: RegisterFilter<R>[];
  /** Text the search box matches (case/accent-insensitive). */
  searchText?(record: R): string;
  onOpen?(record: R): void;
  newLabel?: string;
  onNew?(): void;
  /** Adds an "Export to CSV" button that exports the records shown (after filters). */
  csv?: { definition: AnyRegisterDefinition };
  emptyText: string;
}

/** '' is "all" for every filter. */
type FilterValues = Readonly<Record<string, string>>;

/** The records that pass every chosen filter and contain every word of the search. */
export function visibleRecords<R extends { id: string }>(
  records: readonly R[],
  filters: readonly RegisterFilter<R>[],
  values: FilterValues,
  search: string,
  searchText?: (record: R) => string,
): readonly R[] {
  const tokens = searchText ? searchTokens(search) : [];
  const chosen = filters.filter((filter) => (values[filter.id] ?? '') !== '');
  if (tokens.length === 0 && chosen.length === 0) return records;
  return records.filter((record) => {
    if (!chosen.every((filter) => filter.matches(record, values[filter.id]!))) return false;
    if (tokens.length === 0 || !searchText) return true;
    const haystack = foldForSearch(searchText(record));
    return tokens.every((token) => haystack.includes(token));
  });
}

export function RegisterListPage<R extends { id: string }>(props: RegisterListPageProps<R>) {
  const { title, intro, records, columns, filters = [], searchText, onOpen, newLabel, onNew, csv, emptyText } = props;
  const { t } = useTranslation();
  const helpId = useId();
  const [search, setSearch] = useState('');
  const [values, setValues] = useState<FilterValues>({});
  // Typing stays responsive on a long register: the grid catches up a frame later.
  const deferredSearch = useDeferredValue(search);
  const rows = useMemo(() => visibleRecords(records, filters, values, deferredSearch, searchText), [records, filters, values, deferredSearch, searchText]);

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}>
      <PageHeading title={title} />
      {intro !== undefined && (typeof intro === 'string' ? <Typography sx={{ mb: 2, maxWidth: '70ch' }}>{intro}</Typography> : intro)}
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} useFlexGap sx={{ alignItems: { md: 'center' }, mb: 1, flexWrap: 'wrap' }}>
        {searchText && (
          <TextField
            type="search"
            label={t('ui.registers.search')}
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            autoComplete="off"
            margin="none"
            // The theme makes fields full width; in this toolbar they sit side by side and wrap.
            fullWidth={false}
            sx={{ width: { xs: '100%', md: 320 } }}
          />
        )}
        {filters.map((filter) => (
          <TextField
            key={filter.id}
            select
            label={filter.label}
            value={values[filter.id] ?? ''}
            onChange={(event) => setValues((previous) => ({ ...previous, [filter.id]: event.target.value }))}
            margin="none"
            slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
            fullWidth={false}
            sx={{ width: { xs: '100%', md: 220 } }}
          >
            <option value="">{t('ui.registers.all')}</option>
            {filter.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </TextField>
        ))}
        <Box sx={{ flexGrow: 1 }} />
        {csv && <DefinitionCsvButton definition={csv.definition} records={rows} />}
        {onNew && (
          <Button variant="contained" startIcon={<AddIcon />} onClick={onNew}>
            {newLabel ?? t('ui.registers.new')}
          </Button>
        )}
      </Stack>
      <Stack direction="row" spacing={2} sx={{ mb: 1, justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <Typography role="status" sx={{ fontWeight: 600 }}>
          {rows.length === records.length ? t('ui.registers.count', { count: records.length }) : t('ui.registers.countFiltered', { count: rows.length, total: records.length })}
        </Typography>
        {onOpen && (
          <Typography id={helpId} variant="body2" color="text.secondary">
            {t('ui.registers.keyboardHelp')}
          </Typography>
        )}
      </Stack>
      {rows.length === 0 ? (
        <Typography sx={{ my: 1 }}>{emptyText}</Typography>
      ) : (
        <RegisterTable rows={rows} columns={columns} label={title} describedBy={onOpen ? helpId : undefined} onOpen={onOpen} />
      )}
    </Box>
  );
}

function DefinitionCsvButton({ definition, records }: { definition: AnyRegisterDefinition; records: readonly { id: string }[] }) {
  const { t } = useTranslation();
  const { session } = useUnlocked();
  // The list's records are the register's own (RegisterListPage is given the repository's list).
  return <CsvExportButton source={() => definitionCsvSource(t, definition, records as readonly RegisterRecord[], session)} />;
}
