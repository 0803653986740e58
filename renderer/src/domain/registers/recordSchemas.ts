// The full stored records of people and access requests, as kept sealed and as a backup archive
// carries them: the domain's stored input schemas plus what the store and the workflow add.
// `.strict()` everywhere so an unknown field is refused rather than silently dropped (a newer
// writer bumps the format version instead).
import { z } from 'zod';
import {
  ACCESS_STATUSES,
  LANGUAGES,
  LETTER_KINDS,
  REFERENCE_PATTERN,
  storedAccessRequestInputSchema,
  storedDecisionItemSchema,
  type AccessRequest,
  type Attachment,
  type CaiExtensionRecord,
  type ExtensionRecord,
  type FeeRecord,
  type IssuedLetter,
  type TimelineEvent,
} from '../accessRequest';
import { CLOCK_STOP_KINDS, type ClockStop } from '../clockStops';
import { FEE_BASES } from '../fees';
import { isIsoDate } from '../isoDate';
import { LIMITS } from '../limits';
import { storedPersonSchema, type Person } from '../person';

/** Ids become path segments (`documents/<requestId>/<id>.pdf`): no dots, no slashes. */
export const recordId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/);
export const instant = z.iso.datetime({ offset: true });
export const isoDate = z.string().refine(isIsoDate, 'validation.date');
export const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const cents = z.number().int().nonnegative();

// Stored schemas: limits only (domain/limits.ts), so records kept before the hidden-character rule still restore.
export const personRecordSchema = storedPersonSchema
  .extend({ id: recordId, createdAt: instant, updatedAt: instant, archivedAt: instant.optional() })
  .strict();
personRecordSchema satisfies z.ZodType<Person>;

const feeRecordSchema = z
  .object({
    estimateCents: cents,
    basis: z.string().max(LIMITS.feeBasis),
    bases: z.array(z.enum(FEE_BASES)).optional(),
    estimateSentOn: isoDate,
    depositCents: cents.optional(),
    direction: z.enum(['proceed', 'withdraw']).optional(),
    directionOn: isoDate.optional(),
    paidOn: isoDate.optional(),
  })
  .strict();
feeRecordSchema satisfies z.ZodType<FeeRecord>;

const extensionRecordSchema = z
  .object({
    ground: z.enum(['interference', 'consultation', 'insufficientDetail', 'largeVolume', 'alternativeFormat']),
    reasons: z.string().max(LIMITS.extensionReasons),
    newDue: isoDate,
    noticeOn: isoDate,
    commissionerPermission: z.string().max(LIMITS.commissionerPermission).optional(),
  })
  .strict();
extensionRecordSchema satisfies z.ZodType<ExtensionRecord>;

const caiExtensionSchema = z
  .object({
    appliedOn: isoDate,
    reasons: z.string().max(LIMITS.caiReasons),
    decision: z
      .object({ on: isoDate, granted: z.boolean(), newDue: isoDate.optional(), note: z.string().max(LIMITS.caiNote).optional() })
      .strict()
      .optional(),
  })
  .strict();
caiExtensionSchema satisfies z.ZodType<CaiExtensionRecord>;

const clockStopSchema = z.object({ kind: z.enum(CLOCK_STOP_KINDS), start: isoDate, end: isoDate.optional() }).strict();
clockStopSchema satisfies z.ZodType<ClockStop>;

const timelineEventSchema = z
  .object({
    at: instant,
    on: isoDate,
    action: z.string().min(1).max(100),
    from: z.enum(ACCESS_STATUSES).nullable(),
    to: z.enum(ACCESS_STATUSES),
    letterId: recordId.optional(),
  })
  .strict();
timelineEventSchema satisfies z.ZodType<TimelineEvent>;

const issuedLetterSchema = z
  .object({
    id: recordId,
    kind: z.enum(LETTER_KINDS),
    language: z.enum(LANGUAGES),
    issuedOn: isoDate,
    issuedAt: instant,
    sha256,
    size: z.number().int().nonnegative(),
    paragraphs: z.record(z.string(), z.string().max(LIMITS.letterParagraph)),
  })
  .strict();
issuedLetterSchema satisfies z.ZodType<IssuedLetter>;

const attachmentSchema = z
  .object({
    id: recordId,
    name: z.string().min(1).max(LIMITS.attachmentName),
    mediaType: z.string().min(1).max(LIMITS.mediaType),
    size: z.number().int().nonnegative(),
    sha256,
    addedAt: instant,
    description: z.string().max(LIMITS.attachmentDescription).optional(),
  })
  .strict();
attachmentSchema satisfies z.ZodType<Attachment>;

export const accessRequestRecordSchema = storedAccessRequestInputSchema
  .safeExtend({
    id: recordId,
    personId: recordId,
    reference: z.string().regex(REFERENCE_PATTERN),
    status: z.enum(ACCESS_STATUSES),
    dueOn: isoDate,
    fee: feeRecordSchema.optional(),
    extension: extensionRecordSchema.optional(),
    caiExtension: caiExtensionSchema.optional(),
    clockStops: z.array(clockStopSchema).max(LIMITS.clockStops).optional(),
    decision: z.array(storedDecisionItemSchema),
    respondedOn: isoDate.optional(),
    responseSummary: z
      .object({ uses: z.string().max(LIMITS.responseText), disclosedTo: z.string().max(LIMITS.responseText), enclosed: z.string().max(LIMITS.responseText), alternative: z.string().max(LIMITS.responseText).optional() })
      .strict()
      .optional(),
    closedOn: isoDate.optional(),
    events: z.array(timelineEventSchema),
    letters: z.array(issuedLetterSchema),
    attachments: z.array(attachmentSchema),
    createdAt: instant,
    updatedAt: instant,
  })
  .strict();
accessRequestRecordSchema satisfies z.ZodType<AccessRequest>;

