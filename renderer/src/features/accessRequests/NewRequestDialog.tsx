// Record a new access request as it arrived. Nothing is saved unless every check passes, here and
// again in the store; a refusal lands on the field it is about, anything else shows as an alert.
import { zodResolver } from '@hookform/resolvers/zod';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useId, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useLanguage } from '../../app/languageContext';
import { useUnlocked } from '../../app/unlocked';
import type { AccessRequest, AccessRequestInput } from '../../domain/accessRequest';
import { applyStoreErrors } from '../../ui/forms/applyStoreErrors';
import { PersonPicker } from './forms/PersonPicker';
import { NEW_REQUEST_FIELDS, newRequestDefaults, newRequestSchema, type NewRequestValues } from './newRequestForm';
import { RequestFormFields } from './RequestFormFields';

interface Props {
  onClose: () => void;
  onCreated: (request: AccessRequest) => void;
}

export function NewRequestDialog({ onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const { session } = useUnlocked();
  const { language } = useLanguage();
  const titleId = useId();
  const formId = useId();
  const introId = useId();
  const [error, setError] = useState<unknown>(null);
  const today = session.today();
  const schema = useMemo(() => newRequestSchema(today), [today]);
  const form = useForm<NewRequestValues, unknown, AccessRequestInput>({
    resolver: zodResolver(schema),
    defaultValues: newRequestDefaults(today, session.organisation().defaultRegime, language),
    mode: 'onTouched',
  });
  const { control, handleSubmit, formState } = form;

  const submit = handleSubmit(async (input) => {
    setError(null);
    try {
      onCreated(await session.accessRequests.create(input));
    } catch (e) {
      if (!applyStoreErrors(e, NEW_REQUEST_FIELDS, form.setError, t)) setError(e);
    }
  });

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} aria-describedby={introId} fullWidth maxWidth="md">
      <DialogTitle id={titleId}>{t('accessRequests.form.title')}</DialogTitle>
      <DialogContent dividers>
        <DialogContentText id={introId}>{t('accessRequests.form.intro')}</DialogContentText>
        <form id={formId} noValidate autoComplete="off" onSubmit={submit}>
          <RequestFormFields
            control={control}
            today={today}
            receivedOnHelp={t('accessRequests.form.receivedOnHelp')}
            person={<PersonPicker control={control} name="personId" people={session.people} label={t('accessRequests.form.person')} helperText={t('accessRequests.form.personHelp')} autoFocus accessRequests={session.accessRequests} />}
          />
        </form>
        <ErrorAlert error={error} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="submit" form={formId} variant="contained" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t('common.saving') : t('accessRequests.form.submit')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
