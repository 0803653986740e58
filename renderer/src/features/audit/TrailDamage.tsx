// What unlock found damaged, said at the top of the audit screen until the next lock: each audit entry
// kept as a lost entry (by number) and each record not as Custodian last wrote it (by reference or
// id). The app keeps working; the officer is told what to check and what to keep.
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AuditDamage, RecordProblem } from '../../store/contract';

export function recordProblemWords(t: TFunction, problem: RecordProblem): string {
  const record = problem.table === 'accessRequests' ? t('audit.damage.request', { reference: problem.reference ?? problem.id }) : t('audit.damage.person', { id: problem.id });
  return t(`audit.damage.record.${problem.problem}`, { record });
}

export function damageWords(t: TFunction, damage: AuditDamage): string {
  if (damage.kind === 'entry') return t(`audit.damage.entry.${damage.reason}`, { seq: damage.seq });
  return recordProblemWords(t, damage);
}

export function TrailDamage({ damage }: { damage: readonly AuditDamage[] }) {
  const { t } = useTranslation();
  if (damage.length === 0) return null;
  return (
    <Alert severity="warning" variant="outlined" role="alert" sx={{ borderWidth: 2, mb: 2 }}>
      <AlertTitle>{t('audit.damage.title')}</AlertTitle>
      <Box component="ul" sx={{ mt: 0, mb: 1, pl: 3 }}>
        {damage.map((d) => (
          <li key={d.kind === 'entry' ? `entry-${d.seq}-${d.reason}` : `${d.table}-${d.id}`}>{damageWords(t, d)}</li>
        ))}
      </Box>
      <Typography>{t('audit.damage.intro')}</Typography>
    </Alert>
  );
}
