import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';

/** A request answered after the deadline that bound the office then (isAnsweredLate): kept in the record and the yearly figures. */
export function AnsweredLateChip() {
  const { t } = useTranslation();
  return <Chip size="small" color="warning" variant="outlined" label={t('accessRequests.answeredLate')} sx={{ ml: 0.5 }} />;
}
