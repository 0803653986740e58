// Settings reuse the first-run forms for the organisation and the officer, so both places validate
// and look the same.
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../ui/PageHeading';
import { useUnlocked } from '../../app/unlocked';
import { OfficerForm } from '../onboarding/OfficerForm';
import { OrganisationForm } from '../onboarding/OrganisationForm';
import { AutoLockForm, BackupReminderForm } from './NumberSettings';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { CommissionersSection } from './CommissionersSection';
import { LanguageField } from './LanguageField';
import { OfficeClosuresForm } from './OfficeClosuresForm';
import { PolicyPromiseForm } from './PolicyPromiseForm';
import { ReplaceRecoveryKit } from './ReplaceRecoveryKit';
import { SettingsSection } from './SettingsSection';

export function SettingsPage() {
  const { t } = useTranslation();
  const { session } = useUnlocked();
  return (
    <>
      <PageHeading title={t('settings.title')} />
      <SettingsSection title={t('settings.autoLock.heading')}>
        <AutoLockForm />
      </SettingsSection>
      <SettingsSection title={t('settings.backupReminder.heading')}>
        <BackupReminderForm />
      </SettingsSection>
      <SettingsSection title={t('settings.language.heading')}>
        <LanguageField />
      </SettingsSection>
      <SettingsSection title={t('settings.closures.heading')}>
        <OfficeClosuresForm />
      </SettingsSection>
      <SettingsSection title={t('settings.policyPromise.heading')}>
        <PolicyPromiseForm />
      </SettingsSection>
      <SettingsSection title={t('settings.passphrase.heading')}>
        <ChangePassphraseForm />
      </SettingsSection>
      <SettingsSection title={t('recoveryKit.replace.heading')}>
        <ReplaceRecoveryKit />
      </SettingsSection>
      <SettingsSection title={t('settings.organisation.heading')}>
        <OrganisationForm defaultValues={session.organisation()} submitLabel={t('organisation.save')} savedMessage={t('common.saved')} onSubmit={(profile) => session.updateOrganisation(profile)} />
      </SettingsSection>
      <SettingsSection title={t('settings.officer.heading')}>
        <OfficerForm defaultValues={session.officer()} submitLabel={t('officer.save')} savedMessage={t('common.saved')} onSubmit={(officer) => session.updateOfficer(officer)} />
      </SettingsSection>
      <SettingsSection title={t('settings.commissioners.heading')}>
        <CommissionersSection />
      </SettingsSection>
    </>
  );
}
