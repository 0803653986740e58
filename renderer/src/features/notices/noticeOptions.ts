// The notice versions a consent may name, for the consent form: those in effect today and not
// retired, newest first, plus the one the entry already names. The store checks the version was in
// effect on the day the consent was given (rules.consentNoticeNotInEffect).
import { useTranslation } from 'react-i18next';
import { useUnlocked } from '../../app/unlocked';
import { hasTakenEffect } from '../../domain/registers/notices';
import type { SelectOption } from '../../ui/forms/SelectField';
import { useFormat } from '../../ui/format';
import { useNoticeVersions, versionName } from './useNotices';

export function useNoticeVersionOptions(selected?: string): SelectOption[] {
  const { t } = useTranslation();
  const { session } = useUnlocked();
  const format = useFormat();
  const today = session.today();
  return useNoticeVersions()
    .filter((v) => v.id === selected || (!v.retiredAt && hasTakenEffect(v, today)))
    .map((v) => ({ value: v.id, label: `${versionName(t, v)} (${format.date(v.effectiveOn)})` }));
}
