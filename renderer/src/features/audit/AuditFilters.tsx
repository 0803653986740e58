// Filters for the audit screen: action, kind of record, and a date range on the officer's clock.
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { AUDIT_ACTIONS, AUDIT_ENTITY_KINDS, type AuditAction, type AuditEntityKind } from '../../domain/audit';
import { isIsoDate } from '../../domain/isoDate';
import type { AuditFilter } from '../../store/contract';

const isAction = (value: string): value is AuditAction => (AUDIT_ACTIONS as readonly string[]).includes(value);
const isEntityKind = (value: string): value is AuditEntityKind => (AUDIT_ENTITY_KINDS as readonly string[]).includes(value);

/** The filter with `key` set to `value`, or without it when the value is empty or not valid. */
function withValue<K extends keyof AuditFilter>(filter: AuditFilter, key: K, value: AuditFilter[K] | undefined): AuditFilter {
  const next = { ...filter };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

export function AuditFilters({ filter, onChange }: { filter: AuditFilter; onChange: (filter: AuditFilter) => void }) {
  const { t } = useTranslation();
  const dateSlot = { inputLabel: { shrink: true } } as const;
  const reversed = Boolean(filter.from && filter.to && filter.from > filter.to);
  const empty = !filter.action && !filter.entityKind && !filter.from && !filter.to;

  return (
    <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} useFlexGap sx={{ alignItems: { md: 'flex-start' }, mb: 2, flexWrap: 'wrap' }}>
      <TextField
        select
        label={t('audit.filters.action')}
        value={filter.action ?? ''}
        onChange={(event) => onChange(withValue(filter, 'action', isAction(event.target.value) ? event.target.value : undefined))}
        slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
        margin="none"
        sx={{ width: { md: 240 } }}
      >
        <option value="">{t('audit.filters.allActions')}</option>
        {AUDIT_ACTIONS.map((action) => (
          <option key={action} value={action}>
            {t(`audit.actions.${action}`)}
          </option>
        ))}
      </TextField>
      <TextField
        select
        label={t('audit.filters.entityKind')}
        value={filter.entityKind ?? ''}
        onChange={(event) => onChange(withValue(filter, 'entityKind', isEntityKind(event.target.value) ? event.target.value : undefined))}
        slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
        margin="none"
        sx={{ width: { md: 240 } }}
      >
        <option value="">{t('audit.filters.allKinds')}</option>
        {AUDIT_ENTITY_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`audit.entityKinds.${kind}`)}
          </option>
        ))}
      </TextField>
      <TextField
        type="date"
        label={t('audit.filters.from')}
        value={filter.from ?? ''}
        onChange={(event) => onChange(withValue(filter, 'from', isIsoDate(event.target.value) ? event.target.value : undefined))}
        slotProps={dateSlot}
        margin="none"
        sx={{ width: { md: 190 } }}
      />
      <TextField
        type="date"
        label={t('audit.filters.to')}
        value={filter.to ?? ''}
        onChange={(event) => onChange(withValue(filter, 'to', isIsoDate(event.target.value) ? event.target.value : undefined))}
        error={reversed}
        helperText={reversed ? t('audit.filters.reversed') : undefined}
        slotProps={dateSlot}
        margin="none"
        sx={{ width: { md: 190 } }}
      />
      <Button onClick={() => onChange({})} disabled={empty} sx={{ alignSelf: { md: 'center' } }}>
        {t('audit.filters.clear')}
      </Button>
    </Stack>
  );
}
