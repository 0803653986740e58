// The purposes register: the office's purposes with their authority and categories, active ones by
// default (a retired purpose is kept on file but offered no more), a new purpose, and each one opened
// to edit or retire. The CSV export holds the purposes the list shows.
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { purposesRegister, type Purpose } from '../../domain/registers/purposes';
import { RegisterListPage } from '../../ui/registers/RegisterListPage';
import type { RegisterColumn } from '../../ui/registers/RegisterTable';
import { PurposeDialog } from './PurposeDialog';
import { categoryWords, purposeSearchText } from './purposeWords';
import { usePurposes } from './usePurposes';

export const PURPOSE_STATUS_FILTERS = ['active', 'retired', 'all'] as const;
export type PurposeStatusFilter = (typeof PURPOSE_STATUS_FILTERS)[number];

export function purposesShown(purposes: readonly Purpose[], status: PurposeStatusFilter): readonly Purpose[] {
  if (status === 'all') return purposes;
  return purposes.filter((purpose) => (status === 'retired') === (purpose.retiredAt !== undefined));
}

export function PurposesPage() {
  const { t } = useTranslation();
  const { purposes } = usePurposes();
  const [status, setStatus] = useState<PurposeStatusFilter>('active');
  // undefined: closed; null: a new purpose.
  const [editing, setEditing] = useState<Purpose | null | undefined>(undefined);
  const records = useMemo(() => purposesShown(purposes, status), [purposes, status]);
  const searchText = useCallback((purpose: Purpose) => purposeSearchText(t, purpose), [t]);

  const columns: RegisterColumn<Purpose>[] = useMemo(
    () => [
      { id: 'name', header: t('registers.purposes.columns.name'), cell: (p) => p.name, width: 'minmax(12rem, 2fr)' },
      { id: 'authority', header: t('registers.purposes.columns.authority'), cell: (p) => t(`registers.purposes.authorities.${p.authority}`), width: 'minmax(10rem, 1fr)' },
      { id: 'categories', header: t('registers.purposes.columns.categories'), cell: (p) => categoryWords(t, p.categories), priority: 'low', width: 'minmax(12rem, 2fr)' },
      {
        id: 'status',
        header: t('registers.purposes.columns.status'),
        cell: (p) => t(`registers.purposes.status.${p.retiredAt ? 'retired' : 'active'}`),
        width: '8rem',
      },
    ],
    [t],
  );

  const intro = (
    <>
      <Typography sx={{ mb: 2, maxWidth: '70ch' }}>{t('registers.purposes.intro')}</Typography>
      <ToggleButtonGroup
        exclusive
        size="small"
        value={status}
        onChange={(_event, value: PurposeStatusFilter | null) => value && setStatus(value)}
        color="primary"
        aria-label={t('registers.purposes.filters.status')}
        // MUI's default grey on the page background is below WCAG AA contrast (axe, color-contrast).
        sx={{ mb: 2, '& .MuiToggleButton-root': { color: 'text.primary', textTransform: 'none', px: 2 }, '& .MuiToggleButton-root.Mui-selected': { color: 'primary.main', fontWeight: 600 } }}
      >
        {PURPOSE_STATUS_FILTERS.map((value) => (
          <ToggleButton key={value} value={value}>
            {t(`registers.purposes.filters.${value}`)}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
    </>
  );

  return (
    <>
      <RegisterListPage<Purpose>
        title={t('registers.purposes.title')}
        intro={intro}
        records={records}
        columns={columns}
        searchText={searchText}
        onOpen={(purpose) => setEditing(purpose)}
        newLabel={t('registers.purposes.new')}
        onNew={() => setEditing(null)}
        csv={{ definition: purposesRegister }}
        emptyText={t('registers.purposes.empty')}
      />
      {editing !== undefined && <PurposeDialog key={editing?.id ?? 'new'} open purpose={editing} onClose={() => setEditing(undefined)} />}
    </>
  );
}
