// Every correction request, newest first, filtered by status; a row opens the request to correct
// it, its "Decide" button the decision, its "Letters" button the letters (acknowledgement, outcome,
// and once corrected a notice to each recipient of the year before); a decision saved opens them.
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnlocked } from '../../app/unlocked';
import { displayName } from '../../domain/person';
import { CORRECTION_STATUSES, correctionDeadline, correctionRequestsRegister, correctionStatus, type CorrectionRequest } from '../../domain/registers/correctionRequests';
import { useFormat } from '../../ui/format';
import { RegisterListPage } from '../../ui/registers/RegisterListPage';
import type { RegisterColumn, RegisterFilter } from '../../ui/registers/RegisterTable';
import { CorrectionRequestDialog } from './CorrectionRequestDialog';
import { useCorrectionRequests } from './useCorrectionRequests';
import { useDecisionFlow } from './useDecisionFlow';

export function CorrectionRequestsPage() {
  const { t } = useTranslation();
  const { session } = useUnlocked();
  const format = useFormat();
  const records = useCorrectionRequests();
  // undefined: closed; null: a new request.
  const [editing, setEditing] = useState<CorrectionRequest | null | undefined>(undefined);
  const { decide, openLetters, dialogs } = useDecisionFlow();
  const personName = useCallback(
    (id: string) => {
      const person = session.people.get(id);
      return person ? displayName(person) : t('registers.correctionRequests.unknownPerson');
    },
    [session, t],
  );
  const columns = useMemo<RegisterColumn<CorrectionRequest>[]>(
    () => [
      { id: 'reference', header: t('registers.correctionRequests.columns.reference'), cell: (r) => r.reference, width: 170 },
      { id: 'received', header: t('registers.correctionRequests.columns.received'), cell: (r) => format.date(r.receivedOn), width: 150 },
      { id: 'person', header: t('registers.correctionRequests.columns.person'), cell: (r) => personName(r.personId) },
      { id: 'regime', header: t('registers.correctionRequests.columns.regime'), cell: (r) => t(`regimesShort.${r.regime}`), priority: 'low', width: 100 },
      { id: 'status', header: t('registers.correctionRequests.columns.status'), cell: (r) => t(`registers.correctionRequests.statuses.${correctionStatus(r)}`), width: 140 },
      {
        id: 'due',
        header: t('registers.correctionRequests.columns.due'),
        cell: (r) => (r.decision ? '' : format.date(correctionDeadline(r.regime, r.receivedOn).due ?? '')),
        priority: 'low',
        width: 140,
      },
      {
        id: 'actions',
        header: '',
        // The row itself opens the request; these buttons open the decision and the letters instead.
        cell: (r) => (
          <Stack direction="row" spacing={0.5}>
            <Button
              size="small"
              onClick={(event) => {
                event.stopPropagation();
                decide(r);
              }}
            >
              {t('registers.correctionRequests.decide')}
            </Button>
            <Button
              size="small"
              onClick={(event) => {
                event.stopPropagation();
                openLetters(r);
              }}
            >
              {t('recordLetters.correction.openLetters')}
            </Button>
          </Stack>
        ),
        width: 170,
      },
    ],
    [t, format, personName, decide, openLetters],
  );
  const filters = useMemo<RegisterFilter<CorrectionRequest>[]>(
    () => [
      {
        id: 'status',
        label: t('registers.correctionRequests.filters.status'),
        options: CORRECTION_STATUSES.map((s) => ({ value: s, label: t(`registers.correctionRequests.statuses.${s}`) })),
        matches: (r, value) => correctionStatus(r) === value,
      },
    ],
    [t],
  );
  return (
    <>
      <RegisterListPage
        title={t('registers.correctionRequests.title')}
        intro={t('registers.correctionRequests.intro')}
        records={records}
        columns={columns}
        filters={filters}
        onOpen={(r) => setEditing(r)}
        newLabel={t('registers.correctionRequests.new')}
        onNew={() => setEditing(null)}
        csv={{ definition: correctionRequestsRegister }}
        emptyText={t('registers.correctionRequests.empty')}
      />
      <CorrectionRequestDialog open={editing !== undefined} request={editing ?? null} onClose={() => setEditing(undefined)} />
      {dialogs}
    </>
  );
}
