// An access request (PIPEDA s.8, BC PIPA ss.23 and 27–32, Alberta PIPA ss.24–32, Quebec P-39.1
// ss.27–34): a person asks for their personal information. Everything but the ids, reference,
// status, regime and dates is personal information: the store seals it (store/accessRequestRows.ts).
import { z } from 'zod';
import { isIsoDate, type IsoDate } from './isoDate';
import { LIMITS } from './limits';
import { optionalText, requiredText, type TextCheck } from './plainText';
import type { ExtensionGround } from './deadlines';
import type { FeeBasis } from './fees';
import { openStop, withClockStops, type ClockStop } from './clockStops';
import { REGIMES, type Regime } from './regime';
import { LANGUAGES, type Language } from './language';

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

export { LANGUAGES } from './language';
/** A letter's language: the one Language type (kept as a name because many letter files use it). */
export type LetterLanguage = Language;

const isoDate = z.string().refine(isIsoDate, 'validation.date');
/** `check`: new input or an existing record (plainText.ts); both hold the same limits (limits.ts). */
function identityCheckShape(check: TextCheck) {
  return z.object({
    method: z.enum(IDENTITY_METHODS),
    verifiedOn: isoDate,
    note: optionalText(LIMITS.identityNote, { check, multiline: true }),
  });
}
export const identityCheckSchema = identityCheckShape('entered');
export type IdentityCheck = z.infer<typeof identityCheckSchema>;

function accessRequestShape(check: TextCheck) {
  return z
    .object({
      personId: z.string().min(1, 'validation.required'),
      regime: z.enum(REGIMES),
      receivedOn: isoDate,
      channel: z.enum(CHANNELS),
      /** False for an oral request: the officer writes it down and confirms it (see oralConfirmed). */
      inWriting: z.boolean(),
      /** The officer confirms that the written-down oral request is what the person asked for. */
      oralConfirmed: z.boolean().optional(),
      informationSought: requiredText(LIMITS.informationSought, { check, multiline: true }),
      language: z.enum(LANGUAGES),
      identity: identityCheckShape(check).optional(),
      notes: optionalText(LIMITS.requestNotes, { check, multiline: true }),
    })
    .superRefine((value, ctx) => {
      if (!value.inWriting && !value.oralConfirmed) {
        ctx.addIssue({ code: 'custom', path: ['oralConfirmed'], message: 'validation.oralConfirm' });
      }
    });
}

/** What the officer records when the request arrives (and may correct later while it is open). */
export const accessRequestInputSchema = accessRequestShape('entered');
/** The same fields as already kept (archive, snapshot): older records still open. */
export const storedAccessRequestInputSchema = accessRequestShape('stored');
export type AccessRequestInput = z.input<typeof accessRequestInputSchema>;
export type AccessRequestFields = z.output<typeof accessRequestInputSchema>;

export interface FeeRecord {
  /** Amount in cents (CAD), as told to the person before any work is charged. */
  estimateCents: number;
  /** What the fee is for, in the officer's words; empty where the Act lists the bases (Québec). */
  basis: string;
  /** Québec s.33: what is charged (required there, in this order); optional elsewhere. */
  bases?: FeeBasis[];
  estimateSentOn: IsoDate;
  /** Only where the Act provides a deposit (BC PIPA s.32(3)(b)): see fees.ts. */
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

/**
 * Québec P-39.1 s.46 (as amended 2021, c.25): the organisation cannot extend the time itself; it may
 * apply to the Commission d'accès à l'information, within the s.32 time limit, and only a granted
 * extension moves the binding date. While the application is pending, the s.32 date still binds.
 */
export interface CaiExtensionRecord {
  appliedOn: IsoDate;
  reasons: string;
  decision?: { on: IsoDate; granted: boolean; newDue?: IsoDate; note?: string };
}

export const DECISION_OUTCOMES = ['disclosed', 'withheld'] as const;

function decisionItemShape(check: TextCheck) {
  return z
    .object({
      description: requiredText(LIMITS.decisionDescription, { check, multiline: true }),
      outcome: z.enum(DECISION_OUTCOMES),
      /** Why it was withheld, in words the person can understand. */
      ground: optionalText(LIMITS.decisionGround, { check, multiline: true }),
      /** The provision relied on, e.g. "s.23(4)(c)". */
      provision: optionalText(LIMITS.provision, { check }),
    })
    .superRefine((item, ctx) => {
      if (item.outcome !== 'withheld') return;
      if (!item.ground) ctx.addIssue({ code: 'custom', path: ['ground'], message: 'validation.refusalGround' });
      if (!item.provision) ctx.addIssue({ code: 'custom', path: ['provision'], message: 'validation.refusalProvision' });
    });
}
export const decisionItemSchema = decisionItemShape('entered');
export const storedDecisionItemSchema = decisionItemShape('stored');
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
  /** Québec only: the application to the CAI to extend the time, and its decision (s.46). */
  caiExtension?: CaiExtensionRecord;
  /** BC PIPA only: periods the 30 days do not run (s.29(2) and (3)). */
  clockStops?: ClockStop[];
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

/** What the due date is computed from. */
export type DueFields = Pick<AccessRequest, 'receivedOn' | 'regime' | 'dueOn' | 'extension' | 'caiExtension' | 'clockStops'>;

/** The new date the CAI granted (Québec s.46), if it granted one. */
export function caiGrantedDue(request: Pick<AccessRequest, 'caiExtension'>): IsoDate | undefined {
  const decision = request.caiExtension?.decision;
  return decision?.granted ? decision.newDue : undefined;
}

/** Whether the time was extended: by the organisation's notice, or by the CAI's decision (Québec). */
export function isExtended(request: Pick<AccessRequest, 'extension' | 'caiExtension'>): boolean {
  return request.extension !== undefined || caiGrantedDue(request) !== undefined;
}

/** The original statutory date, moved on by any BC clock stop (s.29(2)–(3)); an open stop counts to its first day here. */
export function originalDue(request: DueFields): IsoDate {
  return withClockStops(request.receivedOn, request.dueOn, request.regime, request.clockStops).due;
}

/**
 * The due date that now binds the office: the extended one if there is one, moved on by BC clock
 * stops. An extension notice states a date that already allows for the stops known when it was sent,
 * so only stops that began after the notice move it further.
 */
export function currentDue(request: DueFields): IsoDate {
  const granted = caiGrantedDue(request);
  if (granted) return granted;
  const extension = request.extension;
  if (!extension) return originalDue(request);
  const later = request.clockStops?.filter((s) => s.start > extension.noticeOn);
  return withClockStops(request.receivedOn, extension.newDue, request.regime, later).due;
}

/** Whether the clock is stopped now (BC PIPA s.29(2)–(3): the matter is before the commissioner). */
export function isClockStopped(request: Pick<AccessRequest, 'clockStops'>): boolean {
  return openStop(request.clockStops) !== undefined;
}

export function isOpen(request: Pick<AccessRequest, 'status'>): boolean {
  return OPEN_STATUSES.includes(request.status);
}

/**
 * PIPEDA s.8(5) and Quebec s.32: no answer in time is a deemed refusal. BC and Alberta have no
 * such words; the request is still overdue and the person may complain, so it is flagged the same.
 * The clock stops only where an Act says so: under BC PIPA while the commissioner has an s.37
 * application or reviews a fee estimate (s.29(2)–(3)); while that matter is open the date is not yet
 * known, so nothing is overdue. Awaiting the person's own answer to a fee estimate does not stop it
 * (no Act says so; the reading most protective of the person).
 */
export function isDeemedRefusal(request: Pick<AccessRequest, 'status' | 'clockStops'> & DueFields, today: IsoDate): boolean {
  return isOpen(request) && !isClockStopped(request) && today > currentDue(request);
}

/**
 * Whether the answer came after the deadline that bound the office when it was given (PIPEDA s.8(3),
 * BC PIPA s.29(1), Alberta PIPA s.28(1), Quebec s.32, as extended). A BC clock stop still open at
 * the response ran at least to that day; stops begun after it do not count.
 */
export function isAnsweredLate(request: Pick<AccessRequest, 'respondedOn'> & DueFields): boolean {
  const answered = request.respondedOn;
  if (!answered) return false;
  const stops = request.clockStops?.filter((s) => s.start <= answered).map((s) => (s.end === undefined ? { ...s, end: answered } : s));
  return answered > currentDue({ ...request, clockStops: stops });
}

export function formatReference(year: number, sequence: number): string {
  return `AR-${year}-${String(sequence).padStart(4, '0')}`;
}

export const REFERENCE_PATTERN = /^AR-(\d{4})-(\d{4,})$/;

export type { Regime };
