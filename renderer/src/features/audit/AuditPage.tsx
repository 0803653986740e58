// The audit trail: every change, export, backup, restore, failed unlock and settings change, newest
// first, with filters and a check of the hash chain. Entries say what changed, never the values.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../ui/PageHeading';
import { useUnlocked } from '../../app/unlocked';
import type { AuditFilter } from '../../store/contract';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { TrailDamage } from './TrailDamage';
import { useAuditEntries } from './useAuditEntries';
import { useAuditRecords } from './useAuditRecords';
import { useAuditDamage, useAuditReady } from './useAuditReady';
import { VerifyTrail } from './VerifyTrail';

export function AuditPage() {
  const { t } = useTranslation();
  const { session } = useUnlocked();
  const [filter, setFilter] = useState<AuditFilter>({});
  const entries = useAuditEntries(session.audit, filter);
  const recordOf = useAuditRecords(session);
  const damage = useAuditDamage(session.audit);
  const readiness = useAuditReady(session.audit);
  const filtered = Object.keys(filter).length > 0;

  return (
    <Box sx={{ maxWidth: 1200 }}>
      <PageHeading title={t('audit.title')} />
      <Typography sx={{ mb: 2, maxWidth: 820 }}>{t('audit.intro')}</Typography>
      <TrailDamage damage={damage} />
      <VerifyTrail trail={session.audit} />
      {readiness.state === 'failed' && (
        <Alert severity="error" sx={{ my: 2, maxWidth: 820 }}>
          {t('audit.openFailed')}
        </Alert>
      )}
      {readiness.state === 'opening' && (
        // Until the entries are open a count or "empty" would be wrong (store/auditTrail.ts).
        <Typography role="status" sx={{ fontWeight: 600, my: 1 }}>
          {t('audit.opening')}
        </Typography>
      )}
      {readiness.state === 'ready' && (
        <>
          <AuditFilters filter={filter} onChange={setFilter} />
          <Typography role="status" sx={{ fontWeight: 600, my: 1 }}>
            {t(filtered ? 'audit.countFiltered' : 'audit.count', { count: entries.length })}
          </Typography>
          {entries.length === 0 ? (
            <Typography sx={{ my: 1 }}>{filtered ? t('audit.noneMatch') : t('audit.none')}</Typography>
          ) : (
            // A new filter starts again at the first page.
            <AuditTable key={JSON.stringify(filter)} entries={entries} caption={t('audit.tableLabel')} recordOf={recordOf} />
          )}
        </>
      )}
    </Box>
  );
}
