// The disclosure log: every disclosure, newest first, filtered by purpose and searched by recipient;
// a row opens the disclosure to correct it (disclosures are never deleted).
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnlocked } from '../../app/unlocked';
import { displayName } from '../../domain/person';
import { disclosuresRegister, type Disclosure } from '../../domain/registers/disclosures';
import { purposesRegister } from '../../domain/registers/purposes';
import { useFormat } from '../../ui/format';
import { RegisterListPage } from '../../ui/registers/RegisterListPage';
import type { RegisterColumn, RegisterFilter } from '../../ui/registers/RegisterTable';
import { DisclosureDialog } from './DisclosureDialog';
import { useDisclosures } from './useDisclosures';

export function DisclosuresPage() {
  const { t } = useTranslation();
  const { session } = useUnlocked();
  const format = useFormat();
  const records = useDisclosures();
  // undefined: closed; null: a new disclosure.
  const [editing, setEditing] = useState<Disclosure | null | undefined>(undefined);
  const purposes = useMemo(() => session.registers.get(purposesRegister), [session]);
  const personName = useCallback(
    (id: string) => {
      const person = session.people.get(id);
      return person ? displayName(person) : t('registers.disclosures.unknownPerson');
    },
    [session, t],
  );
  const purposeName = useCallback((id: string) => {
    const purpose = purposes.get(id);
    return purpose ? purposesRegister.label(purpose) : '';
  }, [purposes]);

  const columns = useMemo<RegisterColumn<Disclosure>[]>(
    () => [
      { id: 'reference', header: t('registers.disclosures.columns.reference'), cell: (r) => r.reference, width: 170 },
      { id: 'date', header: t('registers.disclosures.columns.date'), cell: (r) => format.date(r.disclosedOn), width: 140 },
      { id: 'person', header: t('registers.disclosures.columns.person'), cell: (r) => personName(r.personId) },
      { id: 'recipient', header: t('registers.disclosures.columns.recipient'), cell: (r) => r.recipient.name, width: 'minmax(12rem, 2fr)' },
      { id: 'purpose', header: t('registers.disclosures.columns.purpose'), cell: (r) => purposeName(r.purposeId), priority: 'low' },
      {
        id: 'categories',
        header: t('registers.disclosures.columns.categories'),
        cell: (r) => r.categories.map((c) => t(`registers.purposes.categories.${c}`)).join(', '),
        priority: 'low',
      },
    ],
    [t, format, personName, purposeName],
  );
  // Every purpose a disclosure names, retired ones included: an old disclosure stays findable.
  const filters = useMemo<RegisterFilter<Disclosure>[]>(
    () => [
      {
        id: 'purpose',
        label: t('registers.disclosures.filters.purpose'),
        options: purposes.list().map((p) => ({ value: p.id, label: purposesRegister.label(p) })),
        matches: (r, value) => r.purposeId === value,
      },
    ],
    [t, purposes],
  );
  const searchText = useCallback((r: Disclosure) => [r.recipient.name, r.recipient.address ?? '', r.recipient.contact ?? ''].join(' '), []);

  return (
    <>
      <RegisterListPage
        title={t('registers.disclosures.title')}
        intro={t('registers.disclosures.intro')}
        records={records}
        columns={columns}
        filters={filters}
        searchText={searchText}
        onOpen={(r) => setEditing(r)}
        newLabel={t('registers.disclosures.new')}
        onNew={() => setEditing(null)}
        csv={{ definition: disclosuresRegister }}
        emptyText={t('registers.disclosures.empty')}
      />
      <DisclosureDialog open={editing !== undefined} disclosure={editing ?? null} onClose={() => setEditing(undefined)} />
    </>
  );
}
