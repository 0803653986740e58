// The register of collections, uses and disclosures made without the person's consent (privacy
// policy 3.5; BC PIPA ss.12, 15, 18; PIPEDA s.7; Alberta PIPA ss.14, 17, 20; Québec ss.6, 12, 18):
// when, about whom, what, and the ground of the Act relied on. Its point is the rule that the ground
// must be one the Act gives for that act. Never removed: a correction is an edit, and the audit
// trail keeps that it happened.
import { z } from 'zod';
import { isIsoDate } from '../isoDate';
import { LIMITS } from '../limits';
import { optionalText, requiredText, type TextCheck } from '../plainText';
import { REGIMES } from '../regime';
import { RuleViolation } from '../ruleViolation';
import { WITHOUT_CONSENT_ACTS, groundLabelKey, withoutConsentGround } from '../withoutConsentGrounds';
import type { RegisterDefinition, RegisterRecord } from './definition';

/** Raising one is safe; lowering one would refuse archives holding longer values (limits.ts). */
export const WITHOUT_CONSENT_LIMITS = {
  what: 2000,
  provision: LIMITS.provision,
  notes: LIMITS.personNotes,
} as const;

function withoutConsentShape(check: TextCheck) {
  return z.object({
    date: z.string().refine(isIsoDate, 'validation.date'),
    personId: z.string().min(1, 'validation.required'),
    act: z.enum(WITHOUT_CONSENT_ACTS),
    regime: z.enum(REGIMES),
    /** The information collected, used or disclosed (personal information: sealed, never indexed). */
    what: requiredText(WITHOUT_CONSENT_LIMITS.what, { check, multiline: true }),
    groundId: z.string().min(1, 'validation.required'),
    /** The ground's provision as it was when recorded, so a later correction of the table leaves the record as relied on. */
    provision: z.string().max(WITHOUT_CONSENT_LIMITS.provision),
    purposeId: z.string().min(1).optional().or(z.literal('').transform(() => undefined)),
    notes: optionalText(WITHOUT_CONSENT_LIMITS.notes, { check, multiline: true }).transform((v) => v || undefined).optional(),
  });
}

/**
 * New input takes its provision from the ground, whatever was sent, so the record cannot cite one
 * provision and rest on another; a ground the Act does not give leaves it empty and the rule refuses.
 * Stored records keep theirs as written.
 */
function withoutConsentFields(check: TextCheck) {
  const shape = withoutConsentShape(check);
  if (check === 'stored') return shape;
  return shape
    .extend({ provision: z.string().optional() })
    .transform((input) => ({ ...input, provision: withoutConsentGround(input.regime, input.act, input.groundId)?.provision ?? '' }));
}

export type WithoutConsentInput = z.output<ReturnType<typeof withoutConsentShape>>;
export type WithoutConsentEntry = WithoutConsentInput & RegisterRecord;

const REGIME_NAMES = { PIPEDA: 'PIPEDA', BC_PIPA: 'BC PIPA', AB_PIPA: 'Alberta PIPA', QC: 'Québec P-39.1' } as const;

function checkWithoutConsent(input: WithoutConsentInput, context: { today: string }): void {
  if (input.date > context.today) {
    throw new RuleViolation('futureDate', `The date ${input.date} is in the future.`, { date: input.date }, 'date');
  }
  // The register exists for this: an act without consent is lawful only on a ground its Act gives
  // for that act (PIPEDA s.7(1)–(3) "only if"; BC PIPA s.18(1) "may only … if").
  const ground = withoutConsentGround(input.regime, input.act, input.groundId);
  if (!ground) {
    throw new RuleViolation(
      'groundNotAllowed',
      `${REGIME_NAMES[input.regime]} does not allow this ground for this ${input.act} without consent.`,
      { regime: input.regime },
      'groundId',
    );
  }
}

export const withoutConsentRegister: RegisterDefinition<WithoutConsentEntry, WithoutConsentInput> = {
  name: 'withoutConsent',
  entityKind: 'withoutConsent',
  fields: withoutConsentFields,
  index: {
    personId: (r) => r.personId,
    date: (r) => r.date,
    act: (r) => r.act,
    regime: (r) => r.regime,
  },
  reference: { prefix: 'NC', dateOf: (input) => input.date },
  links: [
    { field: 'personId', register: 'people' },
    { field: 'purposeId', register: 'purposes', refuseRetired: true },
  ],
  removal: 'never',
  check: checkWithoutConsent,
  csv: [
    { id: 'reference', value: (r) => r.reference },
    { id: 'date', value: (r) => r.date },
    { id: 'person', value: (r, c) => c.personName(r.personId) },
    { id: 'act', value: (r) => ({ term: `registers.withoutConsent.acts.${r.act}` }) },
    { id: 'regime', value: (r) => ({ term: `regimesShort.${r.regime}` }) },
    { id: 'ground', value: (r) => ({ term: groundLabelKey(r.groundId) }) },
    { id: 'provision', value: (r) => r.provision },
    { id: 'what', value: (r) => r.what },
  ],
  personOf: (r) => r.personId,
  // Newest first; the reference breaks a tie between two on the same day.
  compare: (a, b) => b.date.localeCompare(a.date) || (b.reference ?? '').localeCompare(a.reference ?? ''),
  label: (r) => r.reference ?? r.id,
};
