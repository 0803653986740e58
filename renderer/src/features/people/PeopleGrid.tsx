// The people list: the register kit's virtualised grid (ui/registers/RegisterTable.tsx) with the
// people's columns, so 50,000 people scroll as smoothly as 50 and the keys are those of every list.
import Chip from '@mui/material/Chip';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../domain/person';
import { RegisterTable, type RegisterColumn } from '../../ui/registers/RegisterTable';

interface Props {
  rows: Person[];
  label: string;
  describedBy?: string;
  onOpen: (person: Person) => void;
}

export function PeopleGrid({ rows, label, describedBy, onOpen }: Props) {
  const { t } = useTranslation();
  const columns = useMemo<RegisterColumn<Person>[]>(
    () => [
      { id: 'familyName', header: t('people.columns.familyName'), width: 'minmax(8rem, 1.2fr)', cell: (p) => p.familyName },
      { id: 'givenName', header: t('people.columns.givenName'), width: 'minmax(8rem, 1.2fr)', cell: (p) => p.givenName },
      { id: 'email', header: t('people.columns.email'), width: 'minmax(10rem, 2fr)', cell: (p) => p.email ?? '' },
      { id: 'kind', header: t('people.columns.kind'), width: 'minmax(7rem, 1fr)', cell: (p) => t(`people.kinds.${p.kind}`) },
      { id: 'status', header: t('people.columns.status'), width: 'minmax(6rem, 0.8fr)', cell: (p) => (p.archivedAt ? <Chip size="small" label={t('people.archived')} /> : null) },
    ],
    [t],
  );
  return <RegisterTable rows={rows} columns={columns} label={label} describedBy={describedBy} onOpen={onOpen} />;
}
