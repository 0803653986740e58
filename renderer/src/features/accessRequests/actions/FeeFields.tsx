// The written fee estimate (BC PIPA s.32, Alberta PIPA s.32, PIPEDA s.8(6)(a)): what it is for,
// the amount and any deposit; then the person's answer and the payment.
import InputAdornment from '@mui/material/InputAdornment';
import Stack from '@mui/material/Stack';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { RadioField } from '../forms/RadioField';
import { FormTextField } from '../../../app/forms/FormTextField';
import type { ActionValues } from './actionForm';

export function FeeEstimateFields() {
  const { t } = useTranslation();
  const { control } = useFormContext<ActionValues>();
  const money = { input: { startAdornment: <InputAdornment position="start">$</InputAdornment> }, htmlInput: { inputMode: 'decimal' } } as const;
  return (
    <>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <FormTextField control={control} name="estimate" required label={t('accessRequests.fee.estimate')} helperText={t('accessRequests.fee.estimateHelp')} slotProps={money} />
        <FormTextField control={control} name="deposit" label={t('accessRequests.fee.deposit')} helperText={t('accessRequests.fee.depositHelp')} slotProps={money} />
      </Stack>
      <FormTextField control={control} name="basis" required multiline minRows={2} label={t('accessRequests.fee.basis')} helperText={t('accessRequests.fee.basisHelp')} />
    </>
  );
}

export function FeeDirectionFields() {
  const { t } = useTranslation();
  const { control } = useFormContext<ActionValues>();
  return (
    <RadioField
      control={control}
      name="direction"
      label={t('accessRequests.fee.direction')}
      options={[
        { value: 'proceed', label: t('accessRequests.fee.proceed') },
        { value: 'withdraw', label: t('accessRequests.fee.withdraw') },
      ]}
    />
  );
}
