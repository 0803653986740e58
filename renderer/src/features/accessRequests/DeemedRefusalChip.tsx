import WarningIcon from '@mui/icons-material/Warning';
import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';

/**
 * Shown on a request still open after its binding due date (isDeemedRefusal). `short` says only
 * "Yes", for the worklist's "Deemed refusal" column, whose header a screen reader reads with it.
 */
export function DeemedRefusalChip({ short }: { short?: boolean }) {
  const { t } = useTranslation();
  return <Chip size="small" color="error" icon={<WarningIcon aria-hidden />} label={short ? t('accessRequests.deemedRefusalYes') : t('accessRequests.deemedRefusal')} />;
}
