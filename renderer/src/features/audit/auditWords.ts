// An audit entry in the officer's words: the action, the kind of record, the names of the fields
// changed and the store's short detail. The store records stable identifiers (field names such as
// `receivedOn`, details such as `extend` or `response/fr`); the words live in the i18n files, and
// anything without words (a field added later, a free-text detail) is shown as recorded.
import type { TFunction } from 'i18next';
import { LOST_ENTRY_DETAILS, TAMPERING_DETAILS, type AuditEntry } from '../../domain/audit';

/** "Received, Act, Information sought" — a field without words keeps its recorded name. */
export function fieldWords(t: TFunction, fields: readonly string[]): string {
  return fields.map((field) => (/^[A-Za-z]+$/.test(field) ? t(`audit.fieldNames.${field}`, { defaultValue: field }) : field)).join(', ');
}

/** Store details the screen knows, per action; others are shown as recorded. */
const KNOWN_DETAILS: Partial<Record<AuditEntry['action'], readonly string[]>> = {
  export: ['csv', 'trailPdf'],
  backup: ['verified', 'prepared'],
  unlockFailed: ['passphrase', 'recoveryKey'],
  passphraseChanged: ['recoveryKey', 'keysRotated', 'recoveryKeyReplaced'],
  entryLost: LOST_ENTRY_DETAILS,
  tamperingDetected: TAMPERING_DETAILS,
};

export function detailWords(t: TFunction, entry: Pick<AuditEntry, 'action' | 'detail'>): string {
  const detail = entry.detail;
  if (!detail) return '';
  if (entry.action === 'workflowStep') return t(`accessRequests.events.${detail}`, { defaultValue: detail });
  if (entry.action === 'letterIssued') {
    const [kind, language] = detail.split('/');
    if (kind && language && /^[A-Za-z]+$/.test(kind) && /^[a-z]{2}$/.test(language)) {
      return t('audit.detail.letter', {
        kind: t(`letters.kinds.${kind}`, { defaultValue: kind }),
        language: t(`languages.${language}`, { defaultValue: language }),
      });
    }
    return detail;
  }
  if (KNOWN_DETAILS[entry.action]?.includes(detail)) return t(`audit.detail.${entry.action}.${detail}`);
  return detail;
}

export function actionWords(t: TFunction, action: AuditEntry['action']): string {
  return t(`audit.actions.${action}`);
}

export function entityKindWords(t: TFunction, kind: AuditEntry['entityKind']): string {
  return t(`audit.entityKinds.${kind}`);
}
