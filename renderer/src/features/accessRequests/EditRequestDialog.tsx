// Correct the details of an open request: the same form as a new request, prefilled, with the person
// fixed. The store decides what may change (update(): not once closed; the date received and the Act
// not after a fee estimate or an extension notice, nor into another year); its refusal lands on the
// field it names, anything else shows as an alert. The correction is recorded in the timeline.
import { zodResolver } from '@hookform/resolvers/zod';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useId, useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useUnlocked } from '../../app/unlocked';
import type { AccessRequest, AccessRequestInput } from '../../domain/accessRequest';
import { responseDeadline } from '../../domain/deadlines';
import { isIsoDate, yearOf, type IsoDate } from '../../domain/isoDate';
import type { Regime } from '../../domain/regime';
import { useFormat } from '../../ui/format';
import { applyStoreErrors } from '../../ui/forms/applyStoreErrors';
import { FixedPersonField } from './forms/FixedPersonField';
import { NEW_REQUEST_FIELDS, newRequestSchema, requestFormValues, type NewRequestValues } from './newRequestForm';
import { RequestFormFields } from './RequestFormFields';

interface Props {
  request: AccessRequest;
  personName: string;
  onClose: () => void;
  /** Called after the correction was saved (or there was nothing to save), with a sentence saying so. */
  onDone: (message: string) => void;
}

/**
 * The statutory due date a corrected receipt date or Act would give; null when nothing that counts
 * changed, or the store would refuse the change anyway (its refusal then says why).
 */
function correctedDue(request: AccessRequest, receivedOn: string, regime: Regime, today: IsoDate): IsoDate | null {
  if (receivedOn === request.receivedOn && regime === request.regime) return null;
  if (request.fee || request.extension) return null;
  if (!isIsoDate(receivedOn) || receivedOn > today || yearOf(receivedOn) !== yearOf(request.receivedOn)) return null;
  try {
    return responseDeadline(receivedOn, regime).due;
  } catch {
    return null; // a date the calendar cannot count: the form's own check says why
  }
}

export function EditRequestDialog({ request, personName, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const { session } = useUnlocked();
  const titleId = useId();
  const formId = useId();
  const introId = useId();
  const [error, setError] = useState<unknown>(null);
  const today = session.today();
  const schema = useMemo(() => newRequestSchema(today), [today]);
  const form = useForm<NewRequestValues, unknown, AccessRequestInput>({
    resolver: zodResolver(schema),
    defaultValues: requestFormValues(request, today),
    mode: 'onTouched',
  });
  const { control, handleSubmit, formState } = form;
  // Read during render: react-hook-form only tracks the parts of formState a render has read.
  const { isDirty } = formState;
  const receivedOn = useWatch({ control, name: 'receivedOn' });
  const regime = useWatch({ control, name: 'regime' });
  const newDue = correctedDue(request, receivedOn, regime, today);
  const dueFixed = Boolean(request.fee || request.extension);

  const submit = handleSubmit(async (input) => {
    setError(null);
    if (!isDirty) {
      onDone(t('accessRequests.edit.unchanged'));
      return;
    }
    try {
      await session.accessRequests.update(request.id, input);
      onDone(t('accessRequests.edit.saved'));
    } catch (e) {
      if (!applyStoreErrors(e, NEW_REQUEST_FIELDS, form.setError, t)) setError(e);
    }
  });

  return (
    <Dialog open onClose={formState.isSubmitting ? undefined : onClose} aria-labelledby={titleId} aria-describedby={introId} fullWidth maxWidth="md">
      <DialogTitle id={titleId}>{t('accessRequests.edit.title', { reference: request.reference })}</DialogTitle>
      <DialogContent dividers>
        <DialogContentText id={introId}>{t('accessRequests.edit.intro')}</DialogContentText>
        <form id={formId} noValidate autoComplete="off" onSubmit={submit}>
          <RequestFormFields
            control={control}
            today={today}
            receivedOnHelp={dueFixed ? t('accessRequests.edit.receivedOnFixed') : t('accessRequests.edit.receivedOnHelp')}
            person={<FixedPersonField control={control} name="personId" label={t('accessRequests.form.person')} personName={personName} helperText={t('accessRequests.edit.personFixed')} />}
            afterRegime={
              <Typography role="status" sx={{ mt: newDue ? 1 : 0, fontWeight: 600 }}>
                {newDue ? t('accessRequests.edit.newDue', { date: format.date(newDue, 'long'), previous: format.date(request.dueOn, 'long') }) : ''}
              </Typography>
            }
          />
        </form>
        <ErrorAlert error={error} onClose={() => setError(null)} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={formState.isSubmitting}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" form={formId} variant="contained" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t('common.saving') : t('accessRequests.edit.submit')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
