// Extend the time to respond: a ground the Act allows, the new date (the Act's maximum by default),
// the reasons the notice must state, and — where the Act allows longer with the commissioner's
// permission (BC and Alberta PIPA s.31) — a record of that permission.
import Alert from '@mui/material/Alert';
import { useEffect } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { originalDue, type AccessRequest } from '../../../domain/accessRequest';
import { extensionRule } from '../../../domain/deadlines';
import { useFormat } from '../../../ui/format';
import { FormTextField } from '../../../ui/forms/FormTextField';
import { isoDateSlotProps } from '../../../ui/forms/isoDateInput';
import { useUnlocked } from '../../../app/unlocked';
import { maxExtensionDate, type ActionValues } from './actionForm';

export function ExtendFields({ request }: { request: AccessRequest }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { control, setValue, getFieldState } = useFormContext<ActionValues>();
  const rule = extensionRule(request.regime);
  const ground = useWatch({ control, name: 'ground' });
  const max = maxExtensionDate(request, ground);
  const citation = rule?.grounds.find((g) => g.ground === ground)?.citation;
  const original = originalDue(request);
  // Past the original date the step is still offered, to record a notice sent in time (issue #14).
  const past = useUnlocked().session.today() > original;

  // The new date follows the ground's maximum until the officer types a date of their own.
  useEffect(() => {
    if (!getFieldState('newDue').isDirty) setValue('newDue', max);
  }, [max, getFieldState, setValue]);

  if (!rule) return <Alert severity="info" role="note">{t('accessRequests.extend.none')}</Alert>;
  return (
    <>
      <Alert severity={past ? 'warning' : 'info'} role="note" sx={{ my: 1 }}>
        {past ? t('accessRequests.extend.pastDeadline', { date: format.date(original, 'long') }) : t('accessRequests.extend.noticeWithin', { date: format.date(original, 'long') })}
      </Alert>
      <FormTextField control={control} name="ground" select label={t('accessRequests.extend.ground')} required slotProps={{ select: { native: true } }} helperText={citation ? `${citation.act}, ${citation.section}` : undefined}>
        {rule.grounds.map((g) => (
          <option key={g.ground} value={g.ground}>
            {g.maxDays === null
              ? t('accessRequests.extend.groundNoCap', { ground: t(`extensionGrounds.${g.ground}`), section: g.citation.section })
              : t('accessRequests.extend.groundOption', { ground: t(`extensionGrounds.${g.ground}`), section: g.citation.section, count: g.maxDays })}
          </option>
        ))}
      </FormTextField>
      <FormTextField
        control={control}
        name="newDue"
        required
        label={t('accessRequests.extend.newDue')}
        helperText={max ? t('accessRequests.extend.newDueHelp', { date: format.date(max, 'long') }) : t('accessRequests.extend.newDueNoCap')}
        slotProps={isoDateSlotProps(t)}
      />
      <FormTextField control={control} name="reasons" required multiline minRows={3} label={t('accessRequests.extend.reasons')} helperText={t('accessRequests.extend.reasonsHelp')} />
      {rule.longerWithCommissionerPermission && (
        <FormTextField control={control} name="commissionerPermission" multiline minRows={2} label={t('accessRequests.extend.permission')} helperText={t('accessRequests.extend.permissionHelp')} />
      )}
    </>
  );
}
