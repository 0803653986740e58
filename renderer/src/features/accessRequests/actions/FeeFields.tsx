// The written fee estimate (BC PIPA s.32, Alberta PIPA s.32, PIPEDA s.8(6)(a), Québec s.33): what it
// is for, the amount and any deposit; then the person's answer and the payment. The form offers only
// what the request's Act allows (domain/fees.ts): a deposit where the Act provides one, and under
// Québec's Act the three things a fee may be for instead of a free-text basis.
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import InputAdornment from '@mui/material/InputAdornment';
import Stack from '@mui/material/Stack';
import { useId } from 'react';
import { Controller, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { AccessRequest } from '../../../domain/accessRequest';
import { FEE_RULES, type FeeBasis } from '../../../domain/fees';
import { fieldMessage } from '../../../ui/forms/fieldError';
import { RadioField } from '../../../ui/forms/RadioField';
import { FormTextField } from '../../../ui/forms/FormTextField';
import type { ActionValues } from './actionForm';

export function FeeEstimateFields({ request }: { request: AccessRequest }) {
  const { t } = useTranslation();
  const { control } = useFormContext<ActionValues>();
  const rule = FEE_RULES[request.regime];
  const money = { input: { startAdornment: <InputAdornment position="start">$</InputAdornment> }, htmlInput: { inputMode: 'decimal' } } as const;
  return (
    <>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <FormTextField control={control} name="estimate" required label={t('accessRequests.fee.estimate')} helperText={t('accessRequests.fee.estimateHelp')} slotProps={money} />
        {rule.depositSection && <FormTextField control={control} name="deposit" label={t('accessRequests.fee.deposit')} helperText={t('accessRequests.fee.depositHelp')} slotProps={money} />}
      </Stack>
      {rule.onlyBases ? (
        <FeeBasesField bases={rule.onlyBases} />
      ) : (
        <FormTextField control={control} name="basis" required multiline minRows={2} label={t('accessRequests.fee.basis')} helperText={t('accessRequests.fee.basisHelp')} />
      )}
    </>
  );
}

/** One checkbox per basis the Act allows; the value is the list ticked, in the Act's order. */
function FeeBasesField({ bases }: { bases: readonly FeeBasis[] }) {
  const { t } = useTranslation();
  const { control } = useFormContext<ActionValues>();
  const helperId = useId();
  return (
    <Controller
      control={control}
      name="bases"
      render={({ field, fieldState }) => {
        const message = fieldMessage(t, fieldState.error) ?? t('accessRequests.fee.basesHelp');
        const toggle = (basis: FeeBasis, on: boolean) => field.onChange(bases.filter((b) => (b === basis ? on : field.value.includes(b))));
        return (
          <FormControl component="fieldset" required error={fieldState.error !== undefined} sx={{ mt: 2 }} aria-describedby={helperId}>
            <FormLabel component="legend">{t('accessRequests.fee.bases')}</FormLabel>
            <FormGroup>
              {bases.map((basis, i) => (
                <FormControlLabel
                  key={basis}
                  label={t(`accessRequests.fee.basesOptions.${basis}`)}
                  control={
                    <Checkbox
                      name={`bases.${basis}`}
                      checked={field.value.includes(basis)}
                      onChange={(event) => toggle(basis, event.target.checked)}
                      onBlur={field.onBlur}
                      slotProps={{ input: { ...(i === 0 ? { ref: field.ref } : {}), 'aria-invalid': fieldState.error ? true : undefined } as object }}
                    />
                  }
                />
              ))}
            </FormGroup>
            <FormHelperText id={helperId}>{message}</FormHelperText>
          </FormControl>
        );
      }}
    />
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
