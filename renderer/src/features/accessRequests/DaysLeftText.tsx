import ErrorOutlineIcon from '@mui/icons-material/ErrorOutlineOutlined';
import ScheduleIcon from '@mui/icons-material/Schedule';
import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import { daysLeftText, type DaysLeftTone } from './format';

// Both colours keep at least 4.5:1 contrast on white; the words carry the meaning on their own.
const TONE_COLOUR: Record<DaysLeftTone, string> = { ok: 'text.primary', soon: '#7a4100', today: '#7a4100', overdue: 'error.main' };

/** "3 days left", "Due today", "Overdue by 4 days" — red with an icon when overdue, never colour alone. */
export function DaysLeftText({ days, wrap }: { days: number | null; wrap?: boolean }) {
  const { t } = useTranslation();
  if (days === null) return <Box component="span" sx={{ color: 'text.secondary' }}>{t('accessRequests.daysLeft.closed')}</Box>;
  const { text, tone } = daysLeftText(t, days);
  const Icon = tone === 'overdue' ? ErrorOutlineIcon : tone === 'ok' ? null : ScheduleIcon;
  return (
    <Box
      component="span"
      data-tone={tone}
      sx={{ color: TONE_COLOUR[tone], fontWeight: tone === 'ok' ? 400 : 600, display: 'inline-flex', alignItems: 'center', gap: 0.5, whiteSpace: wrap ? 'normal' : 'nowrap' }}
    >
      {Icon && <Icon fontSize="small" aria-hidden />}
      {text}
    </Box>
  );
}
