// First run on a new laptop: open the backup (checked as a restore checks it), show what it holds,
// choose this computer's passphrase, create the vault from the archive, then the recovery kit —
// the same kit step as after creating a new vault, since the new vault has a new recovery key.
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Step from '@mui/material/Step';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import Typography from '@mui/material/Typography';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../ui/forms/FormActions';
import { PageHeading } from '../../ui/PageHeading';
import { useServices } from '../../app/services';
import { visuallyHidden } from '../../app/visuallyHidden';
import type { Session } from '../../store/contract';
import { RecoveryKitStep } from '../onboarding/RecoveryKitStep';
import { passphraseIsStrongEnough } from '../passphrase/checkStrength';
import { NewPassphraseFields } from '../passphrase/NewPassphraseFields';
import { newPassphraseSchema, type NewPassphrase } from '../passphrase/newPassphraseSchema';
import { ArchiveSummary } from './ArchiveSummary';
import { BackupErrorAlert } from './BackupErrorAlert';
import { OpenArchiveForm, type OpenedArchive } from './OpenArchiveForm';
import { StageProgress } from './StageProgress';

const STEPS = ['archive', 'passphrase', 'recoveryKit'] as const;
type StepName = (typeof STEPS)[number];

interface Props {
  onCreated: (session: Session) => void;
  onComplete: () => void;
  /** Back to setting up a new, empty vault. */
  onCancel: () => void;
}

export function FirstRunRestore({ onCreated, onComplete, onCancel }: Props) {
  const { t } = useTranslation();
  const [step, setStep] = useState<StepName>('archive');
  const [opened, setOpened] = useState<OpenedArchive | null>(null);
  const [created, setCreated] = useState<{ session: Session; recoveryKey: string; createdAt: Date; organisationName: string } | null>(null);
  const stepHeading = useRef<HTMLHeadingElement>(null);

  // Opened from a button that is gone now, and each step replaces the form under the focus: put
  // focus on the step's heading, on arrival too.
  useEffect(() => {
    stepHeading.current?.focus();
  }, [step]);

  const index = STEPS.indexOf(step);
  return (
    <>
      <PageHeading title={t('backup.firstRun.title')} />
      <Typography sx={{ mb: 2 }}>{t('backup.firstRun.intro')}</Typography>
      <Stepper activeStep={index} alternativeLabel sx={{ mb: 3 }}>
        {STEPS.map((name) => (
          <Step key={name}>
            <StepLabel>{t(`backup.firstRun.steps.${name}`)}</StepLabel>
          </Step>
        ))}
      </Stepper>
      <Paper variant="outlined" sx={{ p: { xs: 2, md: 4 }, maxWidth: 760 }}>
        <Typography variant="h2" component="h2" ref={stepHeading} tabIndex={-1} sx={{ mb: 1 }}>
          <span style={visuallyHidden}>{t('firstRun.stepOf', { step: index + 1, total: STEPS.length })}: </span>
          {t(`backup.firstRun.headings.${step}`)}
        </Typography>
        {step === 'archive' && (
          <>
            <Typography sx={{ mb: 2 }}>{t('backup.firstRun.archiveIntro')}</Typography>
            <OpenArchiveForm submitLabel={t('backup.restore.check')} onBack={onCancel} onFileChosen={() => setOpened(null)} onOpened={setOpened} />
            {opened && (
              <>
                <ArchiveSummary fileName={opened.fileName} manifest={opened.contents.manifest} />
                <FormActions>
                  <Button variant="contained" onClick={() => setStep('passphrase')}>
                    {t('common.next')}
                  </Button>
                </FormActions>
              </>
            )}
          </>
        )}
        {step === 'passphrase' && opened && (
          <NewVaultPassphrase
            opened={opened}
            onBack={() => setStep('archive')}
            onCreated={(session, recoveryKey) => {
              onCreated(session);
              setCreated({ session, recoveryKey, createdAt: new Date(), organisationName: opened.contents.snapshot.organisation.legalName });
              // The records now live in the vault; the decrypted copy is not needed any more.
              setOpened(null);
              setStep('recoveryKit');
            }}
          />
        )}
        {step === 'recoveryKit' && created && (
          <RecoveryKitStep
            recoveryKey={created.recoveryKey}
            organisationName={created.organisationName}
            createdAt={created.createdAt}
            onContinue={async () => {
              // Until this is recorded, the next unlock asks for a new kit (the app may be killed here).
              await created.session.confirmRecoveryKit();
              onComplete();
            }}
          />
        )}
      </Paper>
    </>
  );
}

function NewVaultPassphrase({ opened, onBack, onCreated }: { opened: OpenedArchive; onBack: () => void; onCreated: (session: Session, recoveryKey: string) => void }) {
  const { t } = useTranslation();
  const { gate } = useServices();
  const [error, setError] = useState<unknown>(null);
  const form = useForm<NewPassphrase>({ resolver: zodResolver(newPassphraseSchema), defaultValues: { passphrase: '', confirmation: '' }, mode: 'onTouched' });
  const { snapshot } = opened.contents;
  const userInputs = [snapshot.organisation.legalName, snapshot.officer.name];

  const submit = form.handleSubmit(async ({ passphrase }) => {
    setError(null);
    if (!(await passphraseIsStrongEnough(passphrase, form.setError, userInputs))) return;
    try {
      const { session, recoveryKey } = await gate.createFromSnapshot(passphrase, snapshot);
      onCreated(session, recoveryKey);
    } catch (e) {
      setError(e);
    }
  });

  return (
    <form noValidate onSubmit={submit}>
      <Typography sx={{ mb: 1 }}>{t('backup.firstRun.passphraseIntro')}</Typography>
      <NewPassphraseFields control={form.control} userInputs={userInputs} />
      {form.formState.isSubmitting && <StageProgress label={t('backup.firstRun.creating')} fraction={null} />}
      <BackupErrorAlert error={error} footer={t('backup.restore.nothingChanged')} />
      <FormActions>
        <Button onClick={onBack} disabled={form.formState.isSubmitting}>
          {t('common.back')}
        </Button>
        <Button type="submit" variant="contained" disabled={form.formState.isSubmitting}>
          {t('backup.firstRun.create')}
        </Button>
      </FormActions>
    </form>
  );
}
