// First run: organisation → privacy officer → passphrase (creates the vault) → recovery kit.
// Earlier steps keep their values when the officer goes back; nothing is written until step 3.
// Or, on a new laptop, restore from a backup (features/backup/FirstRunRestore.tsx) instead.
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Step from '@mui/material/Step';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../ui/PageHeading';
import { useLanguage } from '../../app/languageContext';
import { useServices } from '../../app/services';
import { visuallyHidden } from '../../app/visuallyHidden';
import type { OrganisationProfile, PrivacyOfficer } from '../../domain/organisation';
import type { Session } from '../../store/contract';
import { FirstRunRestore } from '../backup/FirstRunRestore';
import { CreateVaultForm } from './CreateVaultForm';
import { OfficerForm } from './OfficerForm';
import { OrganisationForm } from './OrganisationForm';
import { RecoveryKitStep } from './RecoveryKitStep';

const STEPS = ['organisation', 'officer', 'passphrase', 'recoveryKit'] as const;

interface Props {
  /** The vault exists from here on: the caller takes the session (and can lock it). */
  onCreated: (session: Session) => void;
  onComplete: () => void;
}

export function FirstRun({ onCreated, onComplete }: Props) {
  const { t } = useTranslation();
  const { gate } = useServices();
  const { language } = useLanguage();
  const [step, setStep] = useState(0);
  const [restoring, setRestoring] = useState(false);
  const [organisation, setOrganisation] = useState<OrganisationProfile | null>(null);
  const [officer, setOfficer] = useState<PrivacyOfficer | null>(null);
  const [created, setCreated] = useState<{ session: Session; recoveryKey: string; createdAt: Date } | null>(null);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  // Moving between steps replaces the form under the focus: put focus on the new step's heading.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    stepHeading.current?.focus();
  }, [step]);

  const create = async (passphrase: string) => {
    if (!organisation || !officer) return;
    const { session, recoveryKey } = await gate.create({ passphrase, organisation, officer, settings: { language } });
    onCreated(session);
    setCreated({ session, recoveryKey, createdAt: new Date() });
    setStep(3);
  };

  if (restoring) return <FirstRunRestore onCreated={onCreated} onComplete={onComplete} onCancel={() => setRestoring(false)} />;

  const current = STEPS[step] ?? 'organisation';
  return (
    <>
      <PageHeading title={t('firstRun.title')} />
      <Typography sx={{ mb: 2 }}>{t('firstRun.intro')}</Typography>
      {step === 0 && (
        <Alert
          severity="info"
          role="note"
          sx={{ mb: 3, maxWidth: 760 }}
          action={
            <Button color="inherit" variant="outlined" onClick={() => setRestoring(true)}>
              {t('backup.firstRun.offerButton')}
            </Button>
          }
        >
          {t('backup.firstRun.offer')}
        </Alert>
      )}
      <Stepper activeStep={step} alternativeLabel sx={{ mb: 3 }}>
        {STEPS.map((name) => (
          <Step key={name}>
            <StepLabel>{t(`firstRun.steps.${name}`)}</StepLabel>
          </Step>
        ))}
      </Stepper>
      <Paper variant="outlined" sx={{ p: { xs: 2, md: 4 }, maxWidth: 760 }}>
        <Typography variant="h2" component="h2" ref={stepHeading} tabIndex={-1} sx={{ mb: 1 }}>
          <span style={visuallyHidden}>{t('firstRun.stepOf', { step: step + 1, total: STEPS.length })}: </span>
          {current === 'organisation' && t('organisation.heading')}
          {current === 'officer' && t('officer.heading')}
          {current === 'passphrase' && t('passphrase.heading')}
          {current === 'recoveryKit' && t('recoveryKit.heading')}
        </Typography>
        {current === 'organisation' && (
          <>
            <Typography>{t('organisation.intro')}</Typography>
            <OrganisationForm
              defaultValues={organisation ?? undefined}
              submitLabel={t('common.next')}
              onSubmit={(profile) => {
                setOrganisation(profile);
                setStep(1);
              }}
            />
          </>
        )}
        {current === 'officer' && (
          <>
            <Typography>{t('officer.intro')}</Typography>
            <OfficerForm
              defaultValues={officer ?? undefined}
              submitLabel={t('common.next')}
              onBack={() => setStep(0)}
              onSubmit={(value) => {
                setOfficer(value);
                setStep(2);
              }}
            />
          </>
        )}
        {current === 'passphrase' && (
          <CreateVaultForm
            userInputs={[organisation?.legalName ?? '', officer?.name ?? ''].filter(Boolean)}
            onBack={() => setStep(1)}
            onCreate={create}
          />
        )}
        {current === 'recoveryKit' && created && organisation && (
          <RecoveryKitStep
            recoveryKey={created.recoveryKey}
            organisationName={organisation.legalName}
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
