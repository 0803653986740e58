// An access request (PIPEDA s.8, BC PIPA ss.23 and 27–32, Alberta PIPA ss.24–32, Quebec P-39.1
// ss.27–34): a person asks for their personal information. Everything but the ids, reference,
// status, regime and dates is personal information: the store seals it (store/accessRequestRows.ts).
import { z } from 'zod';
import { isIsoDate, type IsoDate } from './isoDate';
import type { ExtensionGround } from './deadlines';
import { REGIMES, type Regime } from './regime';

export const ACCESS_STATUSES = [
  'received',
  'acknowledged',
  'awaitingFeeDirection',
  'extended',
  'responded',
  'refusedInPart',
  'refusedInFull',
  'withdrawn',
  'abandoned',
] as const;
export type AccessStatus = (typeof ACCESS_STATUSES)[number];

/** States in which the office still owes an answer: the statutory clock runs. */
export const OPEN_STATUSES: readonly AccessStatus[] = ['received', 'acknowledged', 'awaitingFeeDirection', 'extended'];

export const CHANNELS = ['mail', 'email', 'inPerson', 'phone', 'webForm', 'fax', 'other'] as const;
export type Channel = (typeof CHANNELS)[number];

export const IDENTITY_METHODS = ['photoId', 'knownToOffice', 'accountDetails', 'notarizedCopy', 'other'] as const;
export type IdentityMethod = (typeof IDENTITY_METHODS)[number];

export const LETTER_KINDS = ['acknowledgement', 'feeEstimate', 'extensionNotice', 'response', 'refusal'] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

export const LANGUAGES = ['en', 'fr'] as const;
export type LetterLanguage = (typeof LANGUAGES)[number];

const isoDate = z.string().refine(isIsoDate, 'validation.date');
const text = (max: number) => z.string().trim().min(1, 'validation.required').max(max, 'validation.tooLong');
const optionalText = (max: number) =>
  z.string().trim().max(max, 'validation.tooLong').optional().or(z.literal('').transform(() => undefined));

export const identityCheckSchema = z.object({
  method: z.enum(IDENTITY_METHODS),
  verifiedOn: isoDate,
  note: optionalText(500),
});
export type IdentityCheck = z.infer<typeof identityCheckSchema>;

/** What the officer records when the request arrives (and may correct later while it is open). */
export const accessRequestInputSchema = z
  .object({
    personId: z.string().min(1, 'validation.required'),
    regime: z.enum(REGIMES),
    receivedOn: isoDate,
    channel: z.enum(CHANNELS),
    /** False for an oral request: the officer writes it down and confirms it (see oralConfirmed). */
    inWriting: z.boolean(),
    /** The officer confirms that the written-down oral request is what the person asked for. */
    oralConfirmed: z.boolean().optional(),
    informationSought: text(5000),
    language: z.enum(LANGUAGES),
    identity: identityCheckSchema.optional(),
    notes: optionalText(10_000),
  })
  .superRefine((value, ctx) => {
    if (!value.inWriting && !value.oralConfirmed) {
      ctx.addIssue({ code: 'custom', path: ['oralConfirmed'], message: 'validation.oralConfirm' });
    }
  });
export type AccessRequestInput = z.input<typeof accessRequestInputSchema>;
export type AccessRequestFields = z.output<typeof accessRequestInputSchema>;

export interface FeeRecord {
  /** Amount in cents (CAD), as told to the person before any work is charged. */
  estimateCents: number;
  basis: string;
  estimateSentOn: IsoDate;
  depositCents?: number;
  direction?: 'proceed' | 'withdraw';
  directionOn?: IsoDate;
  paidOn?: IsoDate;
}

export interface ExtensionRecord {
  ground: ExtensionGround;
  reasons: string;
  newDue: IsoDate;
  noticeOn: IsoDate;
  /** Set when the commissioner allowed a longer period than the Act's own (BC/AB PIPA s.31). */
  commissionerPermission?: string;
}

export const DECISION_OUTCOMES = ['disclosed', 'withheld'] as const;

export const decisionItemSchema = z
  .object({
    description: text(1000),
    outcome: z.enum(DECISION_OUTCOMES),
    /** Why it was withheld, in words the person can understand. */
    ground: optionalText(1000),
    /** The provision relied on, e.g. "s.23(4)(c)". */
    provision: optionalText(100),
  })
  .superRefine((item, ctx) => {
    if (item.outcome !== 'withheld') return;
    if (!item.ground) ctx.addIssue({ code: 'custom', path: ['ground'], message: 'validation.refusalGround' });
    if (!item.provision) ctx.addIssue({ code: 'custom', path: ['provision'], message: 'validation.refusalProvision' });
  });
export type DecisionItem = z.output<typeof decisionItemSchema>;

export interface TimelineEvent {
  /** ISO instant the officer recorded it. */
  at: string;
  /** The date the act took effect (letter sent, response given), which the law counts. */
  on: IsoDate;
  action: string;
  from: AccessStatus | null;
  to: AccessStatus;
  letterId?: string;
}

export interface IssuedLetter {
  id: string;
  kind: LetterKind;
  language: LetterLanguage;
  issuedOn: IsoDate;
  issuedAt: string;
  /** Hex SHA-256 of the PDF bytes as issued; the stored document must still match it. */
  sha256: string;
  size: number;
  /** The officer's edited free-text paragraphs, kept so the letter can be explained later. */
  paragraphs: Record<string, string>;
}

export interface Attachment {
  id: string;
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
  addedAt: string;
  description?: string;
}

export interface AccessRequest extends AccessRequestFields {
  id: string;
  /** AR-YYYY-NNNN: a yearly sequence, never reused. */
  reference: string;
  status: AccessStatus;
  /** The statutory due date at receipt (before any extension). */
  dueOn: IsoDate;
  fee?: FeeRecord;
  extension?: ExtensionRecord;
  decision: DecisionItem[];
  /** Date the response or refusal was given. */
  respondedOn?: IsoDate;
  /** Free-text explanation given with a response: how the information has been used, to whom disclosed. */
  responseSummary?: { uses: string; disclosedTo: string; enclosed: string; alternative?: string };
  closedOn?: IsoDate;
  events: TimelineEvent[];
  letters: IssuedLetter[];
  attachments: Attachment[];
  createdAt: string;
  updatedAt: string;
}

/** The due date that now binds the office: the extended one if there is one. */
export function currentDue(request: Pick<AccessRequest, 'dueOn' | 'extension'>): IsoDate {
  return request.extension?.newDue ?? request.dueOn;
}

export function isOpen(request: Pick<AccessRequest, 'status'>): boolean {
  return OPEN_STATUSES.includes(request.status);
}

/**
 * PIPEDA s.8(5) and Quebec s.32: no answer in time is a deemed refusal. BC and Alberta have no
 * such words; the request is still overdue and the person may complain, so it is flagged the same.
 * Awaiting the person's fee direction does not stop the clock (the reading most protective of the
 * person: none of the Acts says it does).
 */
export function isDeemedRefusal(request: Pick<AccessRequest, 'status' | 'dueOn' | 'extension'>, today: IsoDate): boolean {
  return isOpen(request) && today > currentDue(request);
}

export function formatReference(year: number, sequence: number): string {
  return `AR-${year}-${String(sequence).padStart(4, '0')}`;
}

export const REFERENCE_PATTERN = /^AR-(\d{4})-(\d{4,})$/;

export type { Regime };
