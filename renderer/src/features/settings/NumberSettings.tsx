import { NumberSettingForm } from './NumberSettingForm';

/** Minutes without activity before the vault locks itself; it cannot be switched off. */
export function AutoLockForm() {
  return (
    <NumberSettingForm
      setting="autoLockMinutes"
      min={1}
      max={120}
      labelKey="settings.autoLock.minutes"
      helpKey="settings.autoLock.help"
      saveKey="settings.autoLock.save"
      rangeKey="validation.autoLockRange"
    />
  );
}

/** Days after the last verified backup before the dashboard reminds the officer. */
export function BackupReminderForm() {
  return (
    <NumberSettingForm
      setting="backupReminderDays"
      min={1}
      max={365}
      labelKey="settings.backupReminder.days"
      helpKey="settings.backupReminder.help"
      saveKey="settings.backupReminder.save"
      rangeKey="validation.backupReminderRange"
    />
  );
}
