// The decision, item by item: what was found, whether it is disclosed or withheld and, if withheld,
// the ground in words the person understands and the provision relied on (a standard ground can be
// picked for the regime and then edited). Then what the person is told about uses and disclosures.
// A ground that obliges the officer to write to the commissioner (PIPEDA s.9(5), s.9(2.4)(b)) raises
// a warning, whether it was picked or its provision typed.
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { AccessRequest } from '../../../domain/accessRequest';
import { commissionerNotices, groundForProvision, refusalGroundsFor } from '../../../domain/refusalGrounds';
import { RadioField } from '../../../ui/forms/RadioField';
import { FormTextField } from '../../../ui/forms/FormTextField';
import type { ResponseRecipients } from '../../disclosures/responseRecipients';
import { EMPTY_ITEM, type ActionValues } from './actionForm';

export function RespondFields({ request, fromLog }: { request: AccessRequest; fromLog?: ResponseRecipients }) {
  const { t } = useTranslation();
  const { control, formState } = useFormContext<ActionValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'items' });
  const itemsError = formState.errors.items?.root?.message ?? formState.errors.items?.message;
  return (
    <>
      <Typography variant="h3" component="h3" sx={{ mt: 2 }}>
        {t('accessRequests.respond.itemsHeading')}
      </Typography>
      <Typography variant="body2" sx={{ color: 'text.secondary', mb: 1 }}>
        {t('accessRequests.respond.itemsHelp', { language: t(`languages.${request.language}`) })}
      </Typography>
      {itemsError && (
        <Typography role="alert" sx={{ color: 'error.main' }}>
          {t(itemsError)}
        </Typography>
      )}
      {fields.map((field, index) => (
        <DecisionItemFields key={field.id} index={index} request={request} onRemove={fields.length > 1 ? () => remove(index) : undefined} />
      ))}
      <Button startIcon={<AddIcon />} onClick={() => append({ ...EMPTY_ITEM })} sx={{ mt: 1 }}>
        {t('accessRequests.respond.addItem')}
      </Button>
      <CommissionerNotices request={request} />
      <FormTextField control={control} name="uses" multiline minRows={2} label={t('accessRequests.respond.uses')} helperText={t('accessRequests.respond.usesHelp')} />
      <FormTextField control={control} name="disclosedTo" multiline minRows={2} label={t('accessRequests.respond.disclosedTo')} helperText={t('accessRequests.respond.disclosedToHelp')} />
      {fromLog && fromLog.recipients.length > 0 && <FromLogNote fromLog={fromLog} />}
      <FormTextField control={control} name="enclosed" multiline minRows={2} label={t('accessRequests.respond.enclosed')} helperText={t('accessRequests.respond.enclosedHelp')} />
      <FormTextField control={control} name="alternative" multiline minRows={2} label={t('accessRequests.respond.alternative')} helperText={t('accessRequests.respond.alternativeHelp')} />
    </>
  );
}

/** Where the "disclosed to" text came from (the disclosure log), and that the letter prints it as edited. */
function FromLogNote({ fromLog }: { fromLog: ResponseRecipients }) {
  const { t } = useTranslation();
  const counts = [
    fromLog.organisations > 0 ? t('accessRequests.respond.fromLogOrganisations', { count: fromLog.organisations }) : '',
    fromLog.individuals > 0 ? t('accessRequests.respond.fromLogIndividuals', { count: fromLog.individuals }) : '',
  ].filter(Boolean);
  return (
    <Alert severity="info" role="note" sx={{ mt: 1 }}>
      {t('accessRequests.respond.fromLog', { recipients: counts.join(', ') })}
    </Alert>
  );
}

/** One warning per ground chosen that calls for a written notice to the commissioner. */
function CommissionerNotices({ request }: { request: AccessRequest }) {
  const { t } = useTranslation();
  const { control } = useFormContext<ActionValues>();
  const items = useWatch({ control, name: 'items' }) ?? [];
  const ids = items.filter((i) => i?.outcome === 'withheld').flatMap((i) => groundForProvision(request.regime, i.provision ?? '')?.id ?? []);
  return commissionerNotices(ids).map((g) => (
    <Alert key={g.id} severity="warning" sx={{ mt: 2 }}>
      {t(g.notifyCommissioner?.silence ? 'accessRequests.respond.notifyCommissionerSilence' : 'accessRequests.respond.notifyCommissioner', {
        ground: g.provision,
        notice: g.notifyCommissioner?.provision,
        silence: g.notifyCommissioner?.silence,
      })}
    </Alert>
  ));
}

function DecisionItemFields({ index, request, onRemove }: { index: number; request: AccessRequest; onRemove?: () => void }) {
  const { t } = useTranslation();
  const { control, setValue } = useFormContext<ActionValues>();
  const outcome = useWatch({ control, name: `items.${index}.outcome` });
  const grounds = refusalGroundsFor(request.regime);
  const number = index + 1;
  return (
    <Paper component="fieldset" variant="outlined" sx={{ p: 2, mb: 2, border: 1, borderColor: 'divider' }}>
      <Box component="legend" sx={{ px: 1, fontWeight: 600 }}>
        {t('accessRequests.respond.item', { number })}
      </Box>
      <FormTextField control={control} name={`items.${index}.description`} required label={t('accessRequests.respond.description')} helperText={t('accessRequests.respond.descriptionHelp')} />
      <RadioField
        control={control}
        name={`items.${index}.outcome`}
        row
        label={t('accessRequests.respond.outcome')}
        options={[
          { value: 'disclosed', label: t('accessRequests.respond.outcomes.disclosed') },
          { value: 'withheld', label: t('accessRequests.respond.outcomes.withheld') },
        ]}
      />
      {outcome === 'withheld' && (
        <>
          <TextField
            select
            label={t('accessRequests.respond.standardGround', { number })}
            value=""
            onChange={(event) => {
              const picked = grounds.find((g) => g.id === event.target.value);
              if (!picked) return;
              setValue(`items.${index}.ground`, picked.label[request.language], { shouldValidate: true, shouldDirty: true });
              setValue(`items.${index}.provision`, picked.provision, { shouldValidate: true, shouldDirty: true });
            }}
            helperText={t('accessRequests.respond.standardGroundHelp')}
            slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
          >
            <option value="">{t('accessRequests.respond.pickGround')}</option>
            {grounds.map((g) => (
              <option key={g.id} value={g.id}>
                {`${g.provision} — ${g.label[request.language]}${g.mandatory ? ` (${t('accessRequests.respond.mandatory')})` : ''}`}
              </option>
            ))}
          </TextField>
          <FormTextField control={control} name={`items.${index}.ground`} required multiline minRows={2} label={t('accessRequests.respond.ground')} helperText={t('accessRequests.respond.groundHelp')} />
          <FormTextField control={control} name={`items.${index}.provision`} required label={t('accessRequests.respond.provision')} helperText={t('accessRequests.respond.provisionHelp')} />
        </>
      )}
      {onRemove && (
        <Button color="error" startIcon={<DeleteIcon />} onClick={onRemove} sx={{ mt: 1 }}>
          {t('accessRequests.respond.removeItem', { number })}
        </Button>
      )}
    </Paper>
  );
}
