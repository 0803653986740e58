// The disclosure log (privacy policy, principles 5 and 7.3): each time the office gave a person's
// information to someone else — when, to whom, what, why and on what basis. It feeds the access
// response ("to whom it has been disclosed": BC PIPA s.23(1)(c), PIPEDA Sch.1 4.9.3) and, later,
// correction notices to recipients (BC PIPA s.24(2)(b)). Records are never removed: a correction is an
// edit and the audit trail keeps that it happened.
import { z } from 'zod';
import { INFORMATION_CATEGORIES } from './purposes';
import { consentState, type ConsentFacts } from '../consentState';
import { isIsoDate, type IsoDate } from '../isoDate';
import { LIMITS } from '../limits';
import { optionalText, requiredText, type TextCheck } from '../plainText';
import { REGIMES } from '../regime';
import { RuleViolation } from '../ruleViolation';
import { groundLabelKey, isGroundAllowed } from '../withoutConsentGrounds';
import type { RegisterDefinition, RegisterRecord, RuleContext } from './definition';

export const RECIPIENT_KINDS = ['organisation', 'individual'] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];

/** What the office got in return. Anything but 'none' is refused (policy 5.3); the choices exist so the officer can say it plainly and be told no. */
export const EXCHANGES = ['none', 'sale', 'trade', 'rent'] as const;

/** Recipient's contact line (a person's name, a phone number, an email address). */
const CONTACT_MAX = LIMITS.address;

/** An optional text kept absent rather than '' when left blank (optionalText passes '' through as it is). */
const optional = (max: number, options: { check: TextCheck; multiline?: boolean }) => optionalText(max, options)
    .transform((v) => v || undefined)
    .optional();

function disclosureShape(check: TextCheck) {
  const single = { check };
  const multi = { check, multiline: true };
  // A category list that later gains or loses an id must not make older records unreadable.
  const category = check === 'entered' ? z.enum(INFORMATION_CATEGORIES) : z.string().min(1);
  return z.object({
    disclosedOn: z.string().refine(isIsoDate, 'validation.date'),
    personId: z.string().min(1, 'validation.required'),
    recipient: z.object({
      kind: z.enum(RECIPIENT_KINDS),
      name: requiredText(LIMITS.organisationName, single),
      // Optional here; a letter to the recipient (a correction notice, #16) will ask for it.
      address: optional(LIMITS.address, multi),
      contact: optional(CONTACT_MAX, single),
    }),
    categories: z.array(category).min(1, 'validation.disclosureCategories'),
    purposeId: z.string().min(1, 'validation.required'),
    basis: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('consent'), note: optional(LIMITS.personNotes, multi) }),
      z.object({ kind: z.literal('withoutConsent'), regime: z.enum(REGIMES), groundId: z.string().min(1, 'validation.required') }),
    ]),
    exchange: z.enum(EXCHANGES),
    notes: optional(LIMITS.personNotes, multi),
  });
}

export type DisclosureInput = z.output<ReturnType<typeof disclosureShape>>;
export type Disclosure = DisclosureInput & RegisterRecord;

// Words that say the information was sold (EN, FR), unless a negation shortly before says it was not
// ("not for sale", « aucune vente »). Trade and rent are too common in other senses (a trade show, rent
// arrears) to read from free text: the exchange field asks about them directly.
const SALE_WORD = /(?<![\p{L}\p{N}])(sale|sell|sells|selling|sold|resale|resell|resold|vente|ventes|revente|vendre|revendre|vendu|vendue|vendus|vendues|revendu|revendue)(?![\p{L}\p{N}])/giu;
const NEGATION = /(?<![\p{L}])(not|never|no|nor|without|pas|jamais|aucun|aucune|sans|ni|non)(?![\p{L}])|n['’]t(?![\p{L}])/iu;

/** True when the text says the information was, or is to be, sold. */
export function statesASale(text: string): boolean {
  for (const match of text.matchAll(SALE_WORD)) {
    // The same sentence, up to four words back.
    const before = text.slice(0, match.index).split(/[.!?;\n]/).pop() ?? '';
    const words = before.split(/\s+/).filter(Boolean).slice(-4).join(' ');
    if (!NEGATION.test(words)) return true;
  }
  return false;
}

const SALE_MESSAGE = 'The office does not sell, trade or rent personal information (privacy policy, principle 5.3).';

/** Policy 5.3: nothing is sold, traded or rented — whether the exchange, the notes or the purpose says so. */
function refuseSale(input: DisclosureInput, context: RuleContext): void {
  if (input.exchange !== 'none') throw new RuleViolation('saleRefused', SALE_MESSAGE, {}, 'exchange');
  if (statesASale(input.notes ?? '')) throw new RuleViolation('saleRefused', SALE_MESSAGE, {}, 'notes');
  const purpose = context.get('purposes', input.purposeId) as (RegisterRecord & { name?: unknown; description?: unknown }) | undefined;
  const purposeText = [purpose?.name, purpose?.description].filter((v): v is string => typeof v === 'string').join('\n');
  if (statesASale(purposeText)) throw new RuleViolation('saleRefused', SALE_MESSAGE, {}, 'purposeId');
}

export const disclosuresRegister: RegisterDefinition<Disclosure, DisclosureInput> = {
  name: 'disclosures',
  entityKind: 'disclosure',
  fields: disclosureShape,
  index: {
    personId: (r) => r.personId,
    disclosedOn: (r) => r.disclosedOn,
    purposeId: (r) => r.purposeId,
  },
  reference: { prefix: 'DS', dateOf: (input) => input.disclosedOn },
  links: [
    { field: 'personId', register: 'people' },
    { field: 'purposeId', register: 'purposes', refuseRetired: true },
  ],
  removal: 'never',
  check(input, context) {
    if (input.disclosedOn > context.today) {
      throw new RuleViolation('futureDate', `The date ${input.disclosedOn} is in the future.`, { date: input.disclosedOn }, 'disclosedOn');
    }
    refuseSale(input, context);
    // A disclosure on consent after the person withdrew it has no basis (BC PIPA s.9; PIPEDA Sch.1 4.3.8).
    if (input.basis.kind === 'consent') {
      const consents = context.list('consents', { column: 'personId', value: input.personId }) as unknown as ConsentFacts[];
      const { state, entry } = consentState(consents, input.personId, input.purposeId, input.disclosedOn);
      if (state === 'withdrawn') {
        const date = entry?.withdrawnOn ?? '';
        throw new RuleViolation('consentWithdrawn', `The person withdrew consent to this purpose on ${date}.`, { date }, 'basis');
      }
    }
    // The ground must be one the Act allows for a disclosure, not only for a collection or a use.
    if (input.basis.kind === 'withoutConsent' && !isGroundAllowed(input.basis.regime, 'disclose', input.basis.groundId)) {
      throw new RuleViolation(
        'disclosureGroundNotAllowed',
        `This ground does not allow a disclosure without consent under ${input.basis.regime}.`,
        { regime: input.basis.regime },
        'basis.groundId',
      );
    }
  },
  csv: [
    { id: 'reference', value: (r) => r.reference },
    { id: 'date', value: (r) => r.disclosedOn },
    { id: 'person', value: (r, c) => c.personName(r.personId) },
    { id: 'recipient', value: (r) => r.recipient.name },
    { id: 'categories', value: (r) => ({ terms: r.categories.map((c) => `registers.purposes.categories.${c}`) }) },
    { id: 'purpose', value: (r, c) => c.label('purposes', r.purposeId) },
    { id: 'basis', value: (r) => (r.basis.kind === 'consent' ? { term: 'registers.disclosures.basis.consent' } : { term: groundLabelKey(r.basis.groundId) }) },
  ],
  personOf: (r) => r.personId,
  // Newest first; the reference breaks a tie between two on the same day.
  compare: (a, b) => b.disclosedOn.localeCompare(a.disclosedOn) || (b.reference ?? '').localeCompare(a.reference ?? ''),
  label: (r) => r.reference ?? r.id,
};

/** One recipient as an access response names it, with every date the person's information went to it. */
export interface AccessResponseRecipient {
  kind: RecipientKind;
  name: string;
  address?: string;
  dates: IsoDate[];
}

type DisclosureFacts = Pick<Disclosure, 'personId' | 'disclosedOn' | 'recipient'>;

/** Name and address as the same recipient however it was typed: case, accents' composition and spacing aside. */
function recipientKey(recipient: DisclosureFacts['recipient']): string {
  const norm = (text: string | undefined) => (text ?? '').normalize('NFC').replace(/[\s,]+/g, ' ').trim().toLocaleLowerCase();
  return `${norm(recipient.name)}\n${norm(recipient.address)}`;
}

/**
 * Whom the person's information was disclosed to (BC PIPA s.23(1)(c); PIPEDA Sch.1 4.9.3): each
 * distinct recipient once, by name and address, with its dates, in the order it first received it.
 * Disclosures after `upTo` (the response date) are left out; other people's are never included.
 */
export function recipientsForAccessResponse(disclosures: readonly DisclosureFacts[], personId: string, upTo?: IsoDate): AccessResponseRecipient[] {
  const byKey = new Map<string, AccessResponseRecipient>();
  const theirs = disclosures
    .filter((d) => d.personId === personId && (upTo === undefined || d.disclosedOn <= upTo))
    .sort((a, b) => a.disclosedOn.localeCompare(b.disclosedOn));
  for (const d of theirs) {
    const key = recipientKey(d.recipient);
    const found = byKey.get(key);
    if (found) {
      if (!found.dates.includes(d.disclosedOn)) found.dates.push(d.disclosedOn);
      continue;
    }
    // The earliest spelling is the one printed.
    byKey.set(key, { kind: d.recipient.kind, name: d.recipient.name, ...(d.recipient.address ? { address: d.recipient.address } : {}), dates: [d.disclosedOn] });
  }
  return [...byKey.values()];
}
