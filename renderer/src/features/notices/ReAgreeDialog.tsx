// Record a person's agreement to a new notice version: a NEW consent entry for the same purpose,
// naming this version (kind, how, by whom, date), never an edit of the entry it replaces, so the
// history shows both. Kind and giver start from the consent in force.
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import { useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useUnlocked } from '../../app/unlocked';
import { CONSENT_KINDS } from '../../domain/consentState';
import { displayName } from '../../domain/person';
import type { ReAgreementItem } from '../../domain/reAgreement';
import { CONSENT_GIVERS, CONSENT_HOWS, consentsRegister, type ConsentEntry, type ConsentInput } from '../../domain/registers/consents';
import type { NoticeVersion } from '../../domain/registers/notices';
import { RuleViolation } from '../../domain/ruleViolation';
import { FormTextField } from '../../ui/forms/FormTextField';
import { isoDateSlotProps } from '../../ui/forms/isoDateInput';
import { SelectField } from '../../ui/forms/SelectField';
import { RecordDialog } from '../../ui/registers/RecordDialog';
import { useConsentsRepository, usePurposeName } from '../consents/useConsents';
import { useVersionName } from './useNotices';

const schema = consentsRegister.fields('entered');

/**
 * The version is fixed here, so a refusal about it is about the date typed (a version not yet in
 * effect on it) or belongs in the alert (a version retired meanwhile).
 */
function aboutTheForm(error: unknown): unknown {
  if (!(error instanceof RuleViolation) || error.field !== 'noticeVersionId') return error;
  const field = error.rule === 'consentNoticeNotInEffect' ? 'givenOn' : undefined;
  return new RuleViolation(error.rule, error.message.replace(/ Nothing was saved\.$/, ''), error.params, field);
}

export function ReAgreeDialog({ item, version, onClose }: { item: ReAgreementItem<ConsentEntry, NoticeVersion> | null; version: NoticeVersion; onClose(): void }) {
  const { t } = useTranslation();
  const { session } = useUnlocked();
  const repository = useConsentsRepository();
  const purposeName = usePurposeName();
  const name = useVersionName();
  const defaults = useMemo<ConsentInput>(
    () => ({
      action: 'given',
      personId: item?.personId ?? '',
      purposeId: item?.purposeId ?? '',
      noticeVersionId: version.id,
      notice: '',
      how: item?.consent.how ?? 'written',
      kind: item?.consent.kind ?? 'express',
      givenBy: 'person',
      representativeName: '',
      givenOn: session.today(),
      expiresOn: '',
    }),
    [item, version, session],
  );
  const person = item ? session.people.get(item.personId) : undefined;
  return (
    <RecordDialog<ConsentInput>
      open={item !== null}
      title={t('registers.notices.reAgreement.dialogTitle')}
      submitLabel={t('common.save')}
      schema={schema}
      defaultValues={defaults}
      onSubmit={async (values) => {
        try {
          await repository.create(values);
        } catch (e) {
          throw aboutTheForm(e);
        }
        onClose();
      }}
      onClose={onClose}
    >
      {({ control }) => (
        <Stack spacing={2}>
          <Typography>
            {t('registers.notices.reAgreement.dialogFor', { person: person ? displayName(person) : t('registers.consents.unknownPerson'), purpose: item ? purposeName(item.purposeId) : '', version: name(version) })}
          </Typography>
          <Typography variant="body2">{t('registers.notices.reAgreement.dialogNote')}</Typography>
          <SelectField control={control} name="kind" label={t('registers.consents.fields.kind')} options={CONSENT_KINDS.map((v) => ({ value: v, label: t(`registers.consents.kinds.${v}`) }))} />
          <SelectField control={control} name="how" label={t('registers.consents.fields.how')} options={CONSENT_HOWS.map((v) => ({ value: v, label: t(`registers.consents.hows.${v}`) }))} />
          <SelectField control={control} name="givenBy" label={t('registers.consents.fields.givenBy')} options={CONSENT_GIVERS.map((v) => ({ value: v, label: t(`registers.consents.givers.${v}`) }))} />
          <Representative control={control} />
          <FormTextField control={control} name="givenOn" label={t('registers.consents.fields.givenOn')} required autoFocus slotProps={isoDateSlotProps(t)} />
        </Stack>
      )}
    </RecordDialog>
  );
}

function Representative({ control }: { control: Control<ConsentInput> }) {
  const { t } = useTranslation();
  const givenBy = useWatch({ control, name: 'givenBy' });
  return givenBy === 'representative' ? <FormTextField control={control} name="representativeName" label={t('registers.consents.fields.representativeName')} required /> : null;
}
