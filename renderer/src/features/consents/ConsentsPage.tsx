// The register's page: every consent and withdrawal, newest first; a consent still in force has a
// "Withdraw" button; a row opens a consent to correct a typing error (withdrawals are new entries).
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnlocked } from '../../app/unlocked';
import { consentState } from '../../domain/consentState';
import { displayName } from '../../domain/person';
import { CONSENT_ACTIONS, consentsRegister, type ConsentEntry } from '../../domain/registers/consents';
import { useFormat } from '../../ui/format';
import { RegisterListPage } from '../../ui/registers/RegisterListPage';
import type { RegisterColumn, RegisterFilter } from '../../ui/registers/RegisterTable';
import { ConsentDialog } from './ConsentDialog';
import { MailOutButton } from './MailOutButton';
import { useConsentEntries, usePurposeName } from './useConsents';
import { WithdrawDialog } from './WithdrawDialog';

/** True when this entry is the consent in force today for its person and purpose. */
export function isInForce(entries: readonly ConsentEntry[], entry: ConsentEntry, today: string): boolean {
  if (entry.action !== 'given') return false;
  const state = consentState(entries, entry.personId, entry.purposeId, today);
  return state.state === 'inForce' && state.entry?.id === entry.id;
}

export function ConsentsPage() {
  const { t } = useTranslation();
  const { session } = useUnlocked();
  const format = useFormat();
  const entries = useConsentEntries();
  const purposeName = usePurposeName();
  // undefined: closed; null: a new consent.
  const [editing, setEditing] = useState<ConsentEntry | null | undefined>(undefined);
  const [withdrawing, setWithdrawing] = useState<ConsentEntry | null>(null);
  const today = session.today();
  const personName = useCallback(
    (id: string) => {
      const person = session.people.get(id);
      return person ? displayName(person) : t('registers.consents.unknownPerson');
    },
    [session, t],
  );

  const columns = useMemo<RegisterColumn<ConsentEntry>[]>(
    () => [
      { id: 'reference', header: t('registers.consents.columns.reference'), cell: (r) => r.reference, width: 170 },
      { id: 'date', header: t('registers.consents.columns.date'), cell: (r) => format.date((r.action === 'given' ? r.givenOn : r.withdrawnOn) ?? ''), width: 150 },
      { id: 'person', header: t('registers.consents.columns.person'), cell: (r) => personName(r.personId), width: 'minmax(8rem, 1fr)' },
      { id: 'purpose', header: t('registers.consents.columns.purpose'), cell: (r) => purposeName(r.purposeId), width: 'minmax(8rem, 1fr)' },
      { id: 'action', header: t('registers.consents.columns.action'), cell: (r) => t(`registers.consents.actions.${r.action}`), width: 150 },
      { id: 'kind', header: t('registers.consents.columns.kind'), cell: (r) => (r.kind ? t(`registers.consents.kinds.${r.kind}`) : ''), priority: 'low', width: 120 },
      {
        id: 'withdraw',
        header: t('registers.consents.columns.actions'),
        width: 120,
        cell: (r) =>
          isInForce(entries, r, today) ? (
            <Button
              size="small"
              onClick={(event) => {
                // The row's own click opens the consent to correct it.
                event.stopPropagation();
                setWithdrawing(r);
              }}
            >
              {t('registers.consents.withdraw')}
            </Button>
          ) : null,
      },
    ],
    [t, format, personName, purposeName, entries, today],
  );
  const filters = useMemo<RegisterFilter<ConsentEntry>[]>(
    () => [
      {
        id: 'action',
        label: t('registers.consents.filters.action'),
        options: CONSENT_ACTIONS.map((a) => ({ value: a, label: t(`registers.consents.actions.${a}`) })),
        matches: (r, value) => r.action === value,
      },
    ],
    [t],
  );
  const searchText = useCallback((r: ConsentEntry) => [r.reference, personName(r.personId), purposeName(r.purposeId)].join(' '), [personName, purposeName]);

  return (
    <>
      <RegisterListPage
        title={t('registers.consents.title')}
        intro={
          <Stack spacing={1} sx={{ mb: 2, maxWidth: '70ch', alignItems: 'flex-start' }}>
            <Typography>{t('registers.consents.intro')}</Typography>
            <MailOutButton />
          </Stack>
        }
        records={entries}
        columns={columns}
        filters={filters}
        searchText={searchText}
        onOpen={(r) => (r.action === 'given' ? setEditing(r) : setWithdrawing(null))}
        newLabel={t('registers.consents.new')}
        onNew={() => setEditing(null)}
        csv={{ definition: consentsRegister }}
        emptyText={t('registers.consents.empty')}
      />
      <ConsentDialog open={editing !== undefined} entry={editing ?? null} onClose={() => setEditing(undefined)} />
      <WithdrawDialog consent={withdrawing} onClose={() => setWithdrawing(null)} />
    </>
  );
}
