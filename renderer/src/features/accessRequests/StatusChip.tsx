import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import { isOpen, type AccessStatus } from '../../domain/accessRequest';

const COLOURS: Partial<Record<AccessStatus, 'primary' | 'secondary' | 'success' | 'default'>> = {
  received: 'primary',
  acknowledged: 'primary',
  awaitingFeeDirection: 'secondary',
  extended: 'secondary',
  responded: 'success',
};

/** The status in words; the colour only groups open (filled) and closed (outlined) requests. */
export function StatusChip({ status }: { status: AccessStatus }) {
  const { t } = useTranslation();
  return (
    <Chip
      size="small"
      label={t(`accessRequests.status.${status}`)}
      color={COLOURS[status] ?? 'default'}
      variant={isOpen({ status }) ? 'filled' : 'outlined'}
    />
  );
}
