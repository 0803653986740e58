// Correct one commissioner's details, in English and French (letters are written in either). The
// store checks everything again; a refusal lands on the field it names.
import { zodResolver } from '@hookform/resolvers/zod';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { FormTextField } from '../../ui/forms/FormTextField';
import type { Commissioner } from '../../domain/commissioners';
import type { Regime } from '../../domain/regime';
import { ValidationError } from '../../store/errors';
import { commissionerFieldOf, commissionerFormSchema, commissionerValues, type CommissionerValues } from './commissionerForm';

interface Props {
  regime: Regime;
  /** The details in use now: the officer's correction or the default. */
  current: Commissioner;
  /** Saves the corrected details; rejects with the store's error. */
  onSave: (commissioner: Commissioner) => Promise<void>;
  onClose: () => void;
}

export function CommissionerDialog({ regime, current, onSave, onClose }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const introId = useId();
  const formId = useId();
  const [error, setError] = useState<unknown>(null);
  const form = useForm<CommissionerValues, unknown, Commissioner>({
    resolver: zodResolver(commissionerFormSchema),
    defaultValues: commissionerValues(current),
    mode: 'onTouched',
  });
  const { control, formState } = form;

  const submit = form.handleSubmit(async (commissioner) => {
    setError(null);
    try {
      await onSave(commissioner);
    } catch (e) {
      if (!(e instanceof ValidationError) || !placeOnFields(e)) setError(e);
    }
  });

  const placeOnFields = (e: ValidationError): boolean => {
    let placed = false;
    for (const [path, message] of Object.entries(e.fields)) {
      const field = commissionerFieldOf(regime, path);
      if (!field) continue;
      form.setError(field, { type: 'store', message }, { shouldFocus: !placed });
      placed = true;
    }
    return placed;
  };

  // A grid, not a Stack: a Stack resets its children's margins, and the fields need theirs between rows.
  const pair = { sx: { display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, columnGap: 2, alignItems: 'start' } } as const;
  const en = { htmlInput: { lang: 'en' } } as const;
  const fr = { htmlInput: { lang: 'fr' } } as const;
  return (
    <Dialog open onClose={formState.isSubmitting ? undefined : onClose} aria-labelledby={titleId} aria-describedby={introId} fullWidth maxWidth="md" scroll="paper">
      <DialogTitle id={titleId}>{t('settings.commissioners.editTitle', { regime: t(`regimesShort.${regime}`) })}</DialogTitle>
      <DialogContent dividers>
        <DialogContentText id={introId}>{t('settings.commissioners.editIntro')}</DialogContentText>
        <form id={formId} noValidate autoComplete="off" onSubmit={submit}>
          <Box {...pair}>
            <FormTextField control={control} name="nameEn" label={t('settings.commissioners.fields.nameEn')} required autoFocus slotProps={en} />
            <FormTextField control={control} name="nameFr" label={t('settings.commissioners.fields.nameFr')} required slotProps={fr} />
          </Box>
          <Box {...pair}>
            <FormTextField control={control} name="addressEn" label={t('settings.commissioners.fields.addressEn')} helperText={t('settings.commissioners.fields.addressHelp')} required multiline minRows={3} slotProps={en} />
            <FormTextField control={control} name="addressFr" label={t('settings.commissioners.fields.addressFr')} helperText={t('settings.commissioners.fields.addressHelp')} required multiline minRows={3} slotProps={fr} />
          </Box>
          <Box {...pair}>
            <FormTextField control={control} name="phone" label={t('settings.commissioners.fields.phone')} type="tel" required />
            <FormTextField control={control} name="tollFree" label={t('settings.commissioners.fields.tollFree')} helperText={t('settings.commissioners.fields.tollFreeHelp')} type="tel" />
          </Box>
          <Box {...pair}>
            <FormTextField control={control} name="tollFreeNoteEn" label={t('settings.commissioners.fields.tollFreeNoteEn')} helperText={t('settings.commissioners.fields.tollFreeNoteHelp')} slotProps={en} />
            <FormTextField control={control} name="tollFreeNoteFr" label={t('settings.commissioners.fields.tollFreeNoteFr')} helperText={t('settings.commissioners.fields.tollFreeNoteHelp')} slotProps={fr} />
          </Box>
        </form>
        <ErrorAlert error={error} onClose={() => setError(null)} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={formState.isSubmitting}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" form={formId} variant="contained" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t('common.saving') : t('settings.commissioners.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
