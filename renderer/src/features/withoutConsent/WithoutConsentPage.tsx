// The register's page: every collection, use and disclosure without consent, newest first, filtered
// by what was done and by Act; a row opens the entry to correct it (entries are never deleted).
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnlocked } from '../../app/unlocked';
import { displayName } from '../../domain/person';
import { REGIMES } from '../../domain/regime';
import { withoutConsentRegister, type WithoutConsentEntry } from '../../domain/registers/withoutConsent';
import { WITHOUT_CONSENT_ACTS, groundLabelKey } from '../../domain/withoutConsentGrounds';
import { useFormat } from '../../ui/format';
import { RegisterListPage } from '../../ui/registers/RegisterListPage';
import type { RegisterColumn, RegisterFilter } from '../../ui/registers/RegisterTable';
import { useWithoutConsentEntries } from './useWithoutConsent';
import { WithoutConsentDialog } from './WithoutConsentDialog';

export function WithoutConsentPage() {
  const { t } = useTranslation();
  const { session } = useUnlocked();
  const format = useFormat();
  const entries = useWithoutConsentEntries();
  // undefined: closed; null: a new entry.
  const [editing, setEditing] = useState<WithoutConsentEntry | null | undefined>(undefined);
  const personName = useCallback(
    (id: string) => {
      const person = session.people.get(id);
      return person ? displayName(person) : t('registers.withoutConsent.unknownPerson');
    },
    [session, t],
  );

  const columns = useMemo<RegisterColumn<WithoutConsentEntry>[]>(
    () => [
      { id: 'reference', header: t('registers.withoutConsent.columns.reference'), cell: (r) => r.reference, width: 170 },
      { id: 'date', header: t('registers.withoutConsent.columns.date'), cell: (r) => format.date(r.date), width: 150 },
      { id: 'person', header: t('registers.withoutConsent.columns.person'), cell: (r) => personName(r.personId), width: 'minmax(10rem, 1fr)' },
      { id: 'act', header: t('registers.withoutConsent.columns.act'), cell: (r) => t(`registers.withoutConsent.acts.${r.act}`), width: 130 },
      { id: 'regime', header: t('registers.withoutConsent.columns.regime'), cell: (r) => t(`regimesShort.${r.regime}`), priority: 'low', width: 130 },
      { id: 'ground', header: t('registers.withoutConsent.columns.ground'), cell: (r) => `${r.provision} · ${t(groundLabelKey(r.groundId))}`, priority: 'low', width: 'minmax(10rem, 1.5fr)' },
    ],
    [t, format, personName],
  );
  const filters = useMemo<RegisterFilter<WithoutConsentEntry>[]>(
    () => [
      {
        id: 'act',
        label: t('registers.withoutConsent.filters.act'),
        options: WITHOUT_CONSENT_ACTS.map((a) => ({ value: a, label: t(`registers.withoutConsent.acts.${a}`) })),
        matches: (r, value) => r.act === value,
      },
      {
        id: 'regime',
        label: t('registers.withoutConsent.filters.regime'),
        options: REGIMES.map((r) => ({ value: r, label: t(`regimesShort.${r}`) })),
        matches: (r, value) => r.regime === value,
      },
    ],
    [t],
  );
  const searchText = useCallback((r: WithoutConsentEntry) => [r.reference, personName(r.personId), r.what, r.provision].join(' '), [personName]);

  return (
    <>
      <RegisterListPage
        title={t('registers.withoutConsent.title')}
        intro={t('registers.withoutConsent.intro')}
        records={entries}
        columns={columns}
        filters={filters}
        searchText={searchText}
        onOpen={(r) => setEditing(r)}
        newLabel={t('registers.withoutConsent.new')}
        onNew={() => setEditing(null)}
        csv={{ definition: withoutConsentRegister }}
        emptyText={t('registers.withoutConsent.empty')}
      />
      <WithoutConsentDialog open={editing !== undefined} entry={editing ?? null} onClose={() => setEditing(undefined)} />
    </>
  );
}
