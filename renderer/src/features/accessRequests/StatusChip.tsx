import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import { isOpen, type AccessStatus } from '../../domain/accessRequest';
import { AnsweredLateChip } from './AnsweredLateChip';

const COLOURS: Partial<Record<AccessStatus, 'primary' | 'secondary' | 'success' | 'default'>> = {
  received: 'primary',
  acknowledged: 'primary',
  awaitingFeeDirection: 'secondary',
  extended: 'secondary',
  responded: 'success',
};

/** The status in words; the colour only groups open (filled) and closed (outlined) requests. `answeredLate` adds that mark beside it. */
export function StatusChip({ status, answeredLate }: { status: AccessStatus; answeredLate?: boolean }) {
  const { t } = useTranslation();
  const chip = (
    <Chip
      size="small"
      label={t(`accessRequests.status.${status}`)}
      color={COLOURS[status] ?? 'default'}
      variant={isOpen({ status }) ? 'filled' : 'outlined'}
    />
  );
  return answeredLate ? (
    <>
      {chip}
      <AnsweredLateChip />
    </>
  ) : (
    chip
  );
}
