// The purposes for which the office collects, uses and discloses personal information (privacy
// policy, principle 2; BC PIPA s.10: the purposes are told to the person on or before collection;
// PIPEDA Sch.1 4.2: purposes identified and documented at or before collection). Consents,
// disclosures and retention rules name a purpose; one still named is retired, never deleted.
// A purpose describes the office, never a person: nothing here is personal information.
import { z } from 'zod';
import { LIMITS } from '../limits';
import { optionalText, requiredText, type TextCheck } from '../plainText';
import { RuleViolation } from '../ruleViolation';
import type { RegisterDefinition, RegisterRecord, RuleContext } from './definition';

/** Kinds of information a purpose covers; disclosures and other registers reuse these ids. */
export const INFORMATION_CATEGORIES = [
  'contact',
  'identity',
  'financial',
  'employment',
  'health',
  'accountService',
  'communications',
  'other',
] as const;
export type InformationCategory = (typeof INFORMATION_CATEGORIES)[number];

/** Consent, or a ground of an Act that allows collection, use and disclosure without it. */
export const PURPOSE_AUTHORITIES = ['consent', 'withoutConsent'] as const;
export type PurposeAuthority = (typeof PURPOSE_AUTHORITIES)[number];

/** How and when the person is told (BC PIPA s.10(1): verbally or in writing, on or before collecting). */
export const NOTICE_METHODS = ['written', 'oral', 'electronic'] as const;
export type NoticeMethod = (typeof NOTICE_METHODS)[number];
export const NOTICE_TIMINGS = ['atCollection', 'beforeCollection'] as const;
export type NoticeTiming = (typeof NOTICE_TIMINGS)[number];

/** Raising one is safe; lowering one would refuse archives holding longer values (limits.ts). */
export const PURPOSE_LIMITS = {
  name: 120,
  description: 2000,
  provision: LIMITS.provision,
  retention: 500,
  recipients: 1000,
} as const;

function purposeShape(check: TextCheck) {
  return z.object({
    name: requiredText(PURPOSE_LIMITS.name, { check }),
    description: optionalText(PURPOSE_LIMITS.description, { check, multiline: true }),
    authority: z.enum(PURPOSE_AUTHORITIES),
    /** The provision relied on when the authority is not consent. */
    provision: optionalText(PURPOSE_LIMITS.provision, { check }),
    categories: z
      .array(z.enum(INFORMATION_CATEGORIES))
      .min(1, 'validation.purposeCategories')
      .refine((list) => new Set(list).size === list.length, 'validation.invalid'),
    retention: optionalText(PURPOSE_LIMITS.retention, { check }),
    recipients: optionalText(PURPOSE_LIMITS.recipients, { check, multiline: true }),
    noticeMethod: z.enum(NOTICE_METHODS),
    noticeTiming: z.enum(NOTICE_TIMINGS),
  });
}

export type PurposeInput = z.infer<ReturnType<typeof purposeShape>>;
export type Purpose = PurposeInput & RegisterRecord;

/** Case, accents and spacing ignored: "Conduct  Surveys" and "conduct surveys" are one purpose. */
export function purposeNameKey(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();
}

function checkPurpose(input: PurposeInput, context: RuleContext): void {
  // A purpose without consent rests on a provision of an Act; naming none leaves it unsupported
  // (PIPEDA s.7; BC PIPA ss.12, 15, 18 list the grounds).
  if (input.authority === 'withoutConsent' && !input.provision) {
    throw new RuleViolation(
      'purposeProvisionRequired',
      'A purpose without consent must name the provision of the Act it relies on.',
      {},
      'provision',
    );
  }
  // Two active purposes with one name could not be told apart in a consent, a disclosure or a
  // pick list; a retired one may share the name of its replacement.
  const key = purposeNameKey(input.name);
  const taken = context
    .list('purposes')
    .some((other) => other.id !== context.existing?.id && !other.retiredAt && purposeNameKey((other as Purpose).name) === key);
  if (taken) {
    throw new RuleViolation('purposeNameTaken', 'Another active purpose already has this name.', { name: input.name }, 'name');
  }
}

/**
 * The seven purposes of the office's privacy policy (principle 2), written once into a new vault.
 * Their names and texts are stored in English as record text, not as i18n keys: they are the
 * officer's own wording from then on, to edit or translate like any purpose they add.
 */
function seedPurposes(): PurposeInput[] {
  const consent = { authority: 'consent' as const, provision: undefined, description: undefined };
  return [
    {
      ...consent,
      name: 'Deliver requested services',
      categories: ['contact', 'identity', 'accountService', 'financial'],
      retention: '1 year after the service ends',
      recipients: 'Service providers acting for the office',
      noticeMethod: 'written',
      noticeTiming: 'atCollection',
    },
    {
      ...consent,
      name: 'Keep service standards',
      categories: ['contact', 'accountService', 'communications'],
      retention: '1 year after last use',
      recipients: undefined,
      noticeMethod: 'written',
      noticeTiming: 'atCollection',
    },
    {
      name: 'Meet legal and regulatory requirements',
      description: undefined,
      authority: 'withoutConsent',
      // BC PIPA s.12(1)(h), s.15(1)(h) and s.18(1)(o) allow collection, use and disclosure
      // "required or authorized by law" (check against the current consolidation).
      provision: 'Required or authorized by law (BC PIPA ss.12(1)(h), 15(1)(h), 18(1)(o))',
      categories: ['contact', 'identity', 'financial', 'accountService'],
      retention: 'As long as the law requires',
      recipients: 'Regulators and authorities entitled by law',
      noticeMethod: 'written',
      noticeTiming: 'atCollection',
    },
    {
      ...consent,
      name: 'Tell people about services',
      categories: ['contact'],
      retention: 'Until consent is withdrawn',
      recipients: undefined,
      noticeMethod: 'electronic',
      noticeTiming: 'beforeCollection',
    },
    {
      ...consent,
      name: 'Understand their interests',
      categories: ['contact', 'accountService', 'communications'],
      retention: '1 year after last use',
      recipients: undefined,
      noticeMethod: 'written',
      noticeTiming: 'atCollection',
    },
    {
      ...consent,
      name: 'Develop and improve services',
      categories: ['accountService', 'communications'],
      retention: '1 year after last use',
      recipients: undefined,
      noticeMethod: 'written',
      noticeTiming: 'atCollection',
    },
    {
      ...consent,
      name: 'Conduct surveys',
      categories: ['contact', 'communications'],
      retention: '1 year after the survey closes',
      recipients: undefined,
      noticeMethod: 'electronic',
      noticeTiming: 'beforeCollection',
    },
  ];
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

export const purposesRegister: RegisterDefinition<Purpose, PurposeInput> = {
  name: 'purposes',
  entityKind: 'purpose',
  fields: purposeShape,
  index: { authority: (purpose) => purpose.authority },
  removal: 'retire',
  check: checkPurpose,
  csv: [
    { id: 'name', value: (purpose) => purpose.name },
    { id: 'authority', value: (purpose) => ({ term: `registers.purposes.authorities.${purpose.authority}` }) },
    { id: 'provision', value: (purpose) => (purpose.authority === 'withoutConsent' ? purpose.provision : undefined) },
    // Category ids, not words: CsvValue carries one term per cell, and ids stay stable across languages.
    { id: 'categories', value: (purpose) => ({ terms: purpose.categories.map((c) => `registers.purposes.categories.${c}`) }) },
    { id: 'retention', value: (purpose) => purpose.retention },
    { id: 'recipients', value: (purpose) => purpose.recipients },
    { id: 'notice', value: (purpose) => ({ term: `registers.purposes.notice.${purpose.noticeMethod}_${purpose.noticeTiming}` }) },
    { id: 'status', value: (purpose) => ({ term: `registers.purposes.status.${purpose.retiredAt ? 'retired' : 'active'}` }) },
  ],
  seed: seedPurposes,
  compare: (a, b) => collator.compare(a.name, b.name) || a.createdAt.localeCompare(b.createdAt),
  label: (purpose) => purpose.name,
};
