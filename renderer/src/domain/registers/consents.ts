// The consent register (privacy policy 3; PIPEDA Sch.1 4.3; BC PIPA ss.6–9): who agreed to which
// purpose, how, when, on what notice, until when — and each withdrawal. History is never overwritten:
// a withdrawal is a new entry (`action: 'withdrawn'`) beside the consent it ends, so what was in force
// on any day can be shown later. Entries are never removed; a correction may fix a typing error but
// not change what the entry is about (person, purpose, action, date): that is a new entry.
import { z } from 'zod';
import { CONSENT_KINDS, consentEntryDate, consentHistory, consentState, type ConsentFacts } from '../consentState';
import { isIsoDate } from '../isoDate';
import { LIMITS } from '../limits';
import { optionalText, type TextCheck } from '../plainText';
import { RuleViolation } from '../ruleViolation';
import type { RegisterDefinition, RegisterRecord, RuleContext } from './definition';
import type { NoticeVersion } from './notices';

export const CONSENT_ACTIONS = ['given', 'withdrawn'] as const;
export const CONSENT_HOWS = ['written', 'oral', 'electronic'] as const;
export const CONSENT_GIVERS = ['person', 'representative'] as const;

/** Raising one is safe; lowering one would refuse archives holding longer values (limits.ts). */
export const CONSENT_LIMITS = {
  notice: 2000,
  representativeName: LIMITS.personName * 2,
  consequences: 5000,
  legalObligation: 2000,
} as const;

const date = z.string().refine(isIsoDate, 'validation.date');
/** A date the form may leave blank ('' is absent). */
const optionalDate = date.optional().or(z.literal('').transform(() => undefined));

function consentShape(check: TextCheck) {
  const multi = { check, multiline: true };
  const optional = (max: number) => optionalText(max, multi);
  return z
    .object({
      action: z.enum(CONSENT_ACTIONS),
      personId: z.string().min(1, 'validation.required'),
      purposeId: z.string().min(1, 'validation.required'),
      how: z.enum(CONSENT_HOWS),
      // A consent given:
      kind: z.enum(CONSENT_KINDS).optional(),
      givenBy: z.enum(CONSENT_GIVERS).optional(),
      representativeName: optional(CONSENT_LIMITS.representativeName),
      givenOn: optionalDate,
      /** The notice's text, or the label of the version the person was shown (older entries: text only). */
      notice: optional(CONSENT_LIMITS.notice),
      /** The version of the privacy notice or agreement terms the person was shown (the notices register). */
      noticeVersionId: z.string().min(1).optional().or(z.literal('').transform(() => undefined)),
      expiresOn: optionalDate,
      // A withdrawal (BC PIPA s.9):
      /** The consent entry it ends (set by the screen; the rule checks it is the one in force). */
      consentId: z.string().min(1).optional().or(z.literal('').transform(() => undefined)),
      withdrawnOn: optionalDate,
      consequencesExplained: z.boolean().optional(),
      consequences: optional(CONSENT_LIMITS.consequences),
      legalObligation: optional(CONSENT_LIMITS.legalObligation),
    })
    .superRefine((input, ctx) => {
      // Stored records are held to their types only, so an archive of older entries still opens.
      if (check === 'stored') return;
      const required = (field: keyof typeof input) => {
        if (input[field] === undefined || input[field] === '') ctx.addIssue({ code: 'custom', path: [field], message: 'validation.required' });
      };
      if (input.action === 'given') {
        for (const field of ['kind', 'givenBy', 'givenOn'] as const) required(field);
        // The notice shown: a version from the notices register, or its text as typed.
        if (!input.noticeVersionId && !input.notice) ctx.addIssue({ code: 'custom', path: ['notice'], message: 'validation.consentNotice' });
        if (input.givenBy === 'representative') required('representativeName');
      } else {
        for (const field of ['withdrawnOn', 'consequences'] as const) required(field);
        // BC PIPA s.9(2): the person is told the likely consequences of withdrawing.
        if (input.consequencesExplained !== true) ctx.addIssue({ code: 'custom', path: ['consequencesExplained'], message: 'validation.consequencesExplained' });
      }
    });
}

export type ConsentInput = z.output<ReturnType<typeof consentShape>>;
export type ConsentEntry = ConsentInput & RegisterRecord;

function violation(rule: string, message: string, params: Record<string, string> = {}, field?: string): never {
  throw new RuleViolation(rule, message, params, field);
}

function checkGiven(input: ConsentInput, context: RuleContext): void {
  const givenOn = input.givenOn ?? '';
  if (givenOn > context.today) violation('futureDate', `The date ${givenOn} is in the future.`, { date: givenOn }, 'givenOn');
  if (input.expiresOn !== undefined && input.expiresOn <= givenOn) {
    violation('consentExpiryBeforeGiven', 'A consent cannot expire on or before the day it was given.', { date: givenOn }, 'expiresOn');
  }
  // Not the link's refuseRetired: a consent to a retired purpose is refused, its withdrawal is not.
  const purpose = context.get('purposes', input.purposeId);
  if (purpose?.retiredAt) violation('consentPurposeRetired', 'A consent for a retired purpose cannot be recorded.', {}, 'purposeId');
  // A person cannot have agreed on a version that had not yet taken effect (the re-agreement list reads these dates).
  const version = input.noticeVersionId ? (context.get('notices', input.noticeVersionId) as NoticeVersion | undefined) : undefined;
  if (version && version.effectiveOn > givenOn) {
    violation('consentNoticeNotInEffect', `That version takes effect on ${version.effectiveOn}, after the day the consent was given.`, { date: version.effectiveOn }, 'noticeVersionId');
  }
}

function checkWithdrawal(input: ConsentInput, context: RuleContext): void {
  const withdrawnOn = input.withdrawnOn ?? '';
  if (withdrawnOn > context.today) violation('futureDate', `The date ${withdrawnOn} is in the future.`, { date: withdrawnOn }, 'withdrawnOn');
  const entries = context
    .list('consents', { column: 'personId', value: input.personId })
    .filter((e) => e.id !== context.existing?.id) as unknown as ConsentFacts[];
  const consents = consentHistory(entries, input.personId, input.purposeId).filter((e) => e.action === 'given');
  const named = input.consentId ? consents.find((e) => e.id === input.consentId) : consents.at(-1);
  if (input.consentId && !named) violation('consentNotInForce', 'There is no consent in force for this person and purpose to withdraw.', {}, 'consentId');
  if (named && withdrawnOn < (named.givenOn ?? '')) {
    violation('withdrawalBeforeConsent', `A withdrawal cannot be dated before the consent it withdraws (${named.givenOn}).`, { date: named.givenOn ?? '' }, 'withdrawnOn');
  }
  const state = consentState(entries, input.personId, input.purposeId, withdrawnOn);
  if (state.state !== 'inForce' || (input.consentId && state.entry?.id !== input.consentId)) {
    violation('consentNotInForce', 'There is no consent in force for this person and purpose to withdraw.', {}, 'withdrawnOn');
  }
}

function checkConsent(input: ConsentInput, context: RuleContext): void {
  const existing = context.existing as ConsentEntry | undefined;
  // History is never rewritten: a correction fixes a typing error, a different fact is a new entry.
  if (existing && (['action', 'personId', 'purposeId', 'givenOn', 'withdrawnOn'] as const).some((f) => existing[f] !== input[f])) {
    violation('consentHistoryFixed', 'A consent entry keeps its person, purpose, action and date; record a new entry instead.');
  }
  if (input.action === 'given') checkGiven(input, context);
  else checkWithdrawal(input, context);
}

export const consentsRegister: RegisterDefinition<ConsentEntry, ConsentInput> = {
  name: 'consents',
  entityKind: 'consent',
  fields: consentShape,
  index: {
    personId: (r) => r.personId,
    purposeId: (r) => r.purposeId,
    action: (r) => r.action,
    date: (r) => consentEntryDate(r),
  },
  reference: { prefix: 'CN', dateOf: (input) => (input.action === 'given' ? input.givenOn : input.withdrawnOn) ?? '' },
  links: [
    { field: 'personId', register: 'people' },
    { field: 'purposeId', register: 'purposes' },
    { field: 'noticeVersionId', register: 'notices', refuseRetired: true },
  ],
  removal: 'never',
  check: checkConsent,
  // BC PIPA s.9: the withdrawal is confirmed in writing (recordLetters.ts consentWithdrawal).
  letters: {
    kinds: ['consentWithdrawal'],
    check: (entry) => {
      if (entry.action !== 'withdrawn') violation('letterNeedsWithdrawal', 'A withdrawal confirmation is issued on a withdrawal entry.');
    },
  },
  csv: [
    { id: 'reference', value: (r) => r.reference },
    { id: 'action', value: (r) => ({ term: `registers.consents.actions.${r.action}` }) },
    { id: 'date', value: (r) => consentEntryDate(r) },
    { id: 'person', value: (r, c) => c.personName(r.personId) },
    { id: 'purpose', value: (r, c) => c.label('purposes', r.purposeId) },
    { id: 'kind', value: (r) => (r.kind ? { term: `registers.consents.kinds.${r.kind}` } : undefined) },
    { id: 'how', value: (r) => ({ term: `registers.consents.hows.${r.how}` }) },
    { id: 'expiresOn', value: (r) => r.expiresOn },
    { id: 'notice', value: (r, c) => (r.noticeVersionId ? c.label('notices', r.noticeVersionId) : r.notice) },
  ],
  personOf: (r) => r.personId,
  // Newest first; the reference breaks a tie between two on the same day.
  compare: (a, b) => consentEntryDate(b).localeCompare(consentEntryDate(a)) || (b.reference ?? '').localeCompare(a.reference ?? ''),
  label: (r) => r.reference ?? r.id,
};
