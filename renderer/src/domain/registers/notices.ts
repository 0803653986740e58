// The privacy notice and the customer-facing agreement terms, as dated versions in plain language
// (privacy policy 2 and 3; PIPEDA Sch.1 4.3.2: purposes stated so the person can reasonably
// understand them; BC PIPA s.10: told on or before collection). A consent entry names the version the
// person was shown; a new version that changes a purpose lists the people to ask again
// (domain/reAgreement.ts). What a person agreed to must stay provable, so a version is never edited
// once it has taken effect: a change is a new version. A version is retired, never deleted.
import { z } from 'zod';
import { isIsoDate, type IsoDate } from '../isoDate';
import { optionalText, requiredText, type TextCheck } from '../plainText';
import { RuleViolation } from '../ruleViolation';
import type { RegisterDefinition, RegisterRecord, RuleContext } from './definition';

export const NOTICE_DOCUMENTS = ['privacyNotice', 'agreementTerms'] as const;
export type NoticeDocument = (typeof NOTICE_DOCUMENTS)[number];

/** Raising one is safe; lowering one would refuse archives holding longer values (limits.ts). */
export const NOTICE_LIMITS = {
  version: 60,
  text: 50_000,
  changes: 2000,
  /** Purposes one version may name as changed. */
  purposes: 200,
} as const;

function noticeShape(check: TextCheck) {
  // A purpose id that later disappears must not make an older version unreadable (archives).
  const purposeIds = z.array(z.string().min(1)).max(NOTICE_LIMITS.purposes);
  return z.object({
    document: z.enum(NOTICE_DOCUMENTS),
    /** The officer's label, e.g. "2026-1" or "v3"; unique within its document. */
    version: requiredText(NOTICE_LIMITS.version, { check }),
    effectiveOn: z.string().refine(isIsoDate, 'validation.date'),
    /** The text as the person reads it. */
    text: requiredText(NOTICE_LIMITS.text, { check, multiline: true }),
    /** What changed since the previous version, in a sentence or two. */
    changes: optionalText(NOTICE_LIMITS.changes, { check, multiline: true }),
    /** The purposes whose description this version changes: their consents are asked again. */
    changedPurposeIds: check === 'entered' ? purposeIds.refine((list) => new Set(list).size === list.length, 'validation.invalid') : purposeIds,
  });
}

export type NoticeVersionInput = z.output<ReturnType<typeof noticeShape>>;
export type NoticeVersion = NoticeVersionInput & RegisterRecord;

/** Case, accents and spacing ignored: "V2" and "v 2" are not two versions. */
function versionKey(label: string): string {
  return label.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en').replace(/\s+/g, '');
}

/** In effect on `today` (it may be superseded since). */
export function hasTakenEffect(version: Pick<NoticeVersion, 'effectiveOn'>, today: IsoDate): boolean {
  return version.effectiveOn <= today;
}

export type NoticeStatus = 'upcoming' | 'current' | 'superseded' | 'retired';

/**
 * Where a version stands on `today`: retired; not yet in effect; the latest of its document in
 * effect; or replaced by a later one in effect. Retired versions do not supersede.
 */
export function noticeStatus(version: NoticeVersion, versions: readonly NoticeVersion[], today: IsoDate): NoticeStatus {
  if (version.retiredAt) return 'retired';
  if (!hasTakenEffect(version, today)) return 'upcoming';
  const later = versions.some((v) => v.id !== version.id && !v.retiredAt && v.document === version.document && v.effectiveOn > version.effectiveOn && hasTakenEffect(v, today));
  return later ? 'superseded' : 'current';
}

function sameVersion(a: NoticeVersionInput, b: NoticeVersionInput): boolean {
  const fields = ['document', 'version', 'effectiveOn', 'text', 'changes'] as const;
  return fields.every((f) => (a[f] ?? '') === (b[f] ?? '')) && a.changedPurposeIds.join('\n') === b.changedPurposeIds.join('\n');
}

function checkNotice(input: NoticeVersionInput, context: RuleContext): void {
  const existing = context.existing as NoticeVersion | undefined;
  // What someone agreed to must read the same later: once in effect, a version is only replaced.
  // Writing it back unchanged changes nothing anyone read, so it is not refused.
  if (existing && hasTakenEffect(existing, context.today) && !sameVersion(existing, input)) {
    throw new RuleViolation(
      'noticeVersionInEffect',
      `This version took effect on ${existing.effectiveOn}: it cannot be changed. Record a new version instead.`,
      { date: existing.effectiveOn },
    );
  }
  if (existing?.retiredAt) throw new RuleViolation('noticeVersionRetired', 'A retired version cannot be changed.');
  const others = (context.list('notices') as NoticeVersion[]).filter((v) => v.id !== existing?.id && v.document === input.document);
  if (others.some((v) => versionKey(v.version) === versionKey(input.version))) {
    throw new RuleViolation('noticeVersionTaken', `This document already has a version “${input.version}”.`, { version: input.version }, 'version');
  }
  // Two versions of one document in effect from the same day: which one a person saw could not be told.
  const sameDay = others.find((v) => v.effectiveOn === input.effectiveOn && !v.retiredAt);
  if (sameDay) {
    throw new RuleViolation('noticeDateTaken', `Version “${sameDay.version}” of this document already takes effect on ${input.effectiveOn}.`, { version: sameDay.version, date: input.effectiveOn }, 'effectiveOn');
  }
  for (const id of input.changedPurposeIds) {
    const purpose = context.get('purposes', id);
    if (!purpose) throw new RuleViolation('noticePurposeMissing', 'A purpose this version names no longer exists.', {}, 'changedPurposeIds');
    // A retired purpose takes no new consent, so no one could re-agree to it.
    if (purpose.retiredAt && !existing?.changedPurposeIds.includes(id)) {
      throw new RuleViolation('noticePurposeRetired', 'A retired purpose cannot be named as changed: no one can agree to it again.', {}, 'changedPurposeIds');
    }
  }
}

export const noticesRegister: RegisterDefinition<NoticeVersion, NoticeVersionInput> = {
  name: 'notices',
  entityKind: 'noticeVersion',
  fields: noticeShape,
  index: {
    document: (r) => r.document,
    effectiveOn: (r) => r.effectiveOn,
  },
  // The purposes are checked by the rule: a link names one record, this field a list.
  removal: 'retire',
  check: checkNotice,
  csv: [
    { id: 'document', value: (r) => ({ term: `registers.notices.documents.${r.document}` }) },
    { id: 'version', value: (r) => r.version },
    { id: 'effectiveOn', value: (r) => r.effectiveOn },
    { id: 'changedPurposes', value: (r, c) => r.changedPurposeIds.map((id) => c.label('purposes', id) ?? id).join('; ') },
    { id: 'changes', value: (r) => r.changes },
    { id: 'text', value: (r) => r.text },
    { id: 'status', value: (r) => ({ term: `registers.notices.status.${r.retiredAt ? 'retired' : 'active'}` }) },
  ],
  // By document, newest first within it.
  compare: (a, b) => NOTICE_DOCUMENTS.indexOf(a.document) - NOTICE_DOCUMENTS.indexOf(b.document) || b.effectiveOn.localeCompare(a.effectiveOn) || b.createdAt.localeCompare(a.createdAt),
  label: (r) => `${r.version} (${r.effectiveOn})`,
};
