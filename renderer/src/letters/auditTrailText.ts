// The words of the audit-trail PDF, in English and French. Kept beside the document (like the
// recovery kit's) rather than in the screens' i18n files: a PDF is built the same way in Node tests.
import type { AuditAction, AuditEntityKind } from '../domain/audit';
import type { AuditBreak } from '../domain/auditChain';
import type { LetterLanguage } from '../domain/accessRequest';
import { NBSP } from '../domain/letters/format';

export interface AuditTrailText {
  title: (reference: string) => string;
  intro: string;
  labels: { request: string; exported: string; entries: string; verification: string; lastHash: string };
  columns: { seq: string; time: string; action: string; record: string; fields: string; detail: string; hash: string };
  none: string;
  intact: (entries: number) => string;
  broken: (entry: number, entries: number, reason: AuditBreak) => string;
  brokenAdvice: string;
  timeZone: (zone: string) => string;
  confidentiality: string;
  pageLabel: (page: number, pages: number) => string;
  actions: Record<AuditAction, string>;
  /** The fixed kinds and the registers known when this text was written. */
  entityKinds: Partial<Record<AuditEntityKind, string>>;
  number: (n: number) => string;
}

const colon = (label: string, language: LetterLanguage) => (language === 'fr' ? `${label}${NBSP}:` : `${label}:`);

const EN: AuditTrailText = {
  title: (reference) => `Audit trail of ${reference}`,
  intro:
    'Every entry Custodian recorded for this access request, its letters and its attachments, oldest first. Entries name the fields that changed, never their values. Each entry is sealed with a SHA-256 hash that covers its content and the hash of the entry before it; the first characters of that hash are printed so this copy can be compared with the trail kept in Custodian.',
  labels: { request: colon('Request', 'en'), exported: colon('Exported', 'en'), entries: colon('Entries', 'en'), verification: colon('Whole trail at export', 'en'), lastHash: colon('Last hash of the trail', 'en') },
  columns: { seq: 'No.', time: 'Time', action: 'Action', record: 'Record', fields: 'Fields changed', detail: 'Detail', hash: 'Hash' },
  none: 'No entry was recorded for this request.',
  intact: (entries) => `Verified intact: ${EN.number(entries)} entries, every hash and link checked.`,
  broken: (entry, entries, reason) =>
    `NOT INTACT — the chain breaks at entry ${entry} of ${EN.number(entries)}: ${{ altered: 'the entry was altered', removed: 'an entry was removed', reordered: 'entries were reordered', unreadable: 'the entry cannot be read' }[reason]}.`,
  brokenAdvice: 'Entries from that number on cannot be relied on. Restore the most recent backup that verifies, or contact support.',
  timeZone: (zone) => `times on the officer’s clock (${zone})`,
  confidentiality: 'CONFIDENTIAL — This document concerns a request for access to personal information.',
  pageLabel: (page, pages) => `Page ${page} of ${pages}`,
  actions: {
    create: 'Created',
    update: 'Changed',
    delete: 'Deleted',
    archive: 'Archived',
    unarchive: 'Unarchived',
    workflowStep: 'Request step',
    letterIssued: 'Letter issued',
    attachmentAdded: 'Attachment added',
    export: 'Exported',
    backup: 'Backup',
    restore: 'Restored',
    unlockFailed: 'Failed unlock',
    settingsChanged: 'Settings changed',
    passphraseChanged: 'Passphrase changed',
    entryLost: 'Entry lost (unreadable)',
    tamperingDetected: 'Tampering detected',
  },
  entityKinds: {
    person: 'Person',
    accessRequest: 'Request',
    letter: 'Letter',
    attachment: 'Attachment',
    settings: 'Settings',
    organisation: 'Organisation',
    officer: 'Officer',
    vault: 'Vault',
    archive: 'Archive',
    register: 'Register',
  },
  number: (n) => new Intl.NumberFormat('en-CA').format(n),
};

const FR: AuditTrailText = {
  title: (reference) => `Journal d’audit de ${reference}`,
  intro:
    'Toutes les entrées que Custodian a consignées pour cette demande d’accès, ses lettres et ses pièces jointes, de la plus ancienne à la plus récente. Les entrées nomment les champs modifiés, jamais leur valeur. Chaque entrée est scellée par un hachage SHA-256 qui couvre son contenu et le hachage de l’entrée précédente ; les premiers caractères de ce hachage sont imprimés pour que cette copie puisse être comparée au journal conservé dans Custodian.',
  labels: { request: colon('Demande', 'fr'), exported: colon('Exporté le', 'fr'), entries: colon('Entrées', 'fr'), verification: colon('Journal complet à l’exportation', 'fr'), lastHash: colon('Dernier hachage du journal', 'fr') },
  columns: { seq: 'N°', time: 'Heure', action: 'Action', record: 'Dossier', fields: 'Champs modifiés', detail: 'Détail', hash: 'Hachage' },
  none: 'Aucune entrée n’a été consignée pour cette demande.',
  intact: (entries) => `Vérifié intact${NBSP}: ${FR.number(entries)} entrées, chaque hachage et chaque lien contrôlés.`,
  broken: (entry, entries, reason) =>
    `NON INTACT — la chaîne se rompt à l’entrée ${entry} sur ${FR.number(entries)}${NBSP}: ${{ altered: 'l’entrée a été modifiée', removed: 'une entrée a été supprimée', reordered: 'des entrées ont été déplacées', unreadable: 'l’entrée est illisible' }[reason]}.`,
  brokenAdvice: 'Les entrées à partir de ce numéro ne sont pas fiables. Restaurez la sauvegarde la plus récente qui se vérifie, ou communiquez avec le soutien technique.',
  timeZone: (zone) => `heures de l’horloge du responsable (${zone})`,
  confidentiality: 'CONFIDENTIEL — Ce document concerne une demande d’accès à des renseignements personnels.',
  pageLabel: (page, pages) => `Page ${page} de ${pages}`,
  actions: {
    create: 'Création',
    update: 'Modification',
    delete: 'Suppression',
    archive: 'Archivage',
    unarchive: 'Désarchivage',
    workflowStep: 'Étape de la demande',
    letterIssued: 'Lettre émise',
    attachmentAdded: 'Pièce jointe ajoutée',
    export: 'Exportation',
    backup: 'Sauvegarde',
    restore: 'Restauration',
    unlockFailed: 'Déverrouillage raté',
    settingsChanged: 'Paramètres modifiés',
    passphraseChanged: 'Phrase de passe changée',
    entryLost: 'Entrée perdue (illisible)',
    tamperingDetected: 'Falsification détectée',
  },
  entityKinds: {
    person: 'Personne',
    accessRequest: 'Demande',
    letter: 'Lettre',
    attachment: 'Pièce jointe',
    settings: 'Paramètres',
    organisation: 'Organisation',
    officer: 'Responsable',
    vault: 'Coffre',
    archive: 'Archive',
    register: 'Registre',
  },
  number: (n) => new Intl.NumberFormat('fr-CA').format(n).replace(/[\s\u202f]/g, NBSP),
};

export const AUDIT_TRAIL_TEXT: Record<LetterLanguage, AuditTrailText> = { en: EN, fr: FR };
