// Correction requests (privacy policy 4.9; BC PIPA s.24; PIPEDA Sch.1 4.9.5–4.9.6; Alberta PIPA s.25;
// Québec P-39.1 s.28): what the person says is wrong, what they ask for, and the decision — corrected
// (and what changed), or not corrected (and the annotation kept with their information). Never
// removed: the audit trail keeps every change.
import { z } from 'zod';
import { responseDeadline } from '../deadlines';
import { isIsoDate, type IsoDate } from '../isoDate';
import { LIMITS } from '../limits';
import { optionalText, requiredText, type TextCheck } from '../plainText';
import { REGIMES, type Regime } from '../regime';
import { RuleViolation } from '../ruleViolation';
import { recipientIdOf, recipientsToNotify, type DisclosedRecipient } from '../corrections';
import type { RecordLetterToIssue, RegisterDefinition, RegisterRecord, RuleContext } from './definition';

export const CORRECTION_OUTCOMES = ['corrected', 'notCorrected'] as const;
export const CORRECTION_STATUSES = ['open', ...CORRECTION_OUTCOMES] as const;
export type CorrectionStatus = (typeof CORRECTION_STATUSES)[number];

/** Raising one is safe; lowering one would refuse archives holding longer values (limits.ts). */
export const CORRECTION_LIMITS = { text: 4000, note: LIMITS.personNotes } as const;

/** An optional text kept absent rather than '' when left blank. */
const optional = (max: number, check: TextCheck) => optionalText(max, { check, multiline: true }).transform((v) => v || undefined).optional();

function correctionShape(check: TextCheck) {
  const text = (max: number) => requiredText(max, { check, multiline: true });
  return z.object({
    personId: z.string().min(1, 'validation.required'),
    regime: z.enum(REGIMES),
    receivedOn: z.string().refine(isIsoDate, 'validation.date'),
    inWriting: z.boolean(),
    whatIsWrong: text(CORRECTION_LIMITS.text),
    correctionAsked: text(CORRECTION_LIMITS.text),
    evidence: optional(CORRECTION_LIMITS.note, check),
    decision: z
      .object({
        on: z.string().refine(isIsoDate, 'validation.date'),
        outcome: z.enum(CORRECTION_OUTCOMES),
        /** Corrected: what was changed in the person's information. */
        whatChanged: optional(CORRECTION_LIMITS.text, check),
        /** Not corrected: the correction requested, kept with the person's information (BC PIPA s.24(3)). */
        annotation: optional(CORRECTION_LIMITS.text, check),
      })
      .optional(),
  });
}

export type CorrectionRequestInput = z.output<ReturnType<typeof correctionShape>>;
export type CorrectionRequest = CorrectionRequestInput & RegisterRecord;
export type CorrectionDecision = NonNullable<CorrectionRequestInput['decision']>;

export function correctionStatus(r: Pick<CorrectionRequestInput, 'decision'>): CorrectionStatus {
  return r.decision?.outcome ?? 'open';
}

export interface CorrectionDeadline {
  /** The date the Act's time limit ends, when the Act sets one for a correction request. */
  due?: IsoDate;
  /** i18n key of the sentence saying which rule applies and why. */
  rule: string;
}

/**
 * The time to answer a correction request, with the same counting engine as an access request.
 * BC PIPA: s.29's 30 days (business days, s.1) apply to a s.24 request — s.27 makes s.29 govern every
 * request under s.23 or s.24 (law.md: "the same statutory clock as an access request").
 * Alberta PIPA: s.28(1)'s 45 days run from the written request of s.26, which covers access and
 * correction alike. // check against the consolidation
 * Québec P-39.1: s.32 — a request "d'accès ou de rectification" is answered within 30 days.
 * PIPEDA: s.8(3)'s 30 days apply to "a request under clause 4.9 of Schedule 1" (s.8(1)); 4.9.5 (a
 * challenge to accuracy) sits in that clause, so the 30 days are applied — the reading that gives a
 * date rather than none, the protective one. // check
 */
export function correctionDeadline(regime: Regime, receivedOn: IsoDate): CorrectionDeadline {
  return { due: responseDeadline(receivedOn, regime).due, rule: `registers.correctionRequests.deadlineRules.${regime}` };
}

function checkCorrection(input: CorrectionRequestInput, context: { today: string }): void {
  if (input.receivedOn > context.today) {
    throw new RuleViolation('futureDate', `The date ${input.receivedOn} is in the future.`, { date: input.receivedOn }, 'receivedOn');
  }
  const decision = input.decision;
  if (!decision) return;
  if (decision.on > context.today) {
    throw new RuleViolation('futureDate', `The date ${decision.on} is in the future.`, { date: decision.on }, 'decision.on');
  }
  if (decision.on < input.receivedOn) {
    throw new RuleViolation('correctionDecisionBeforeRequest', `A decision dated ${decision.on} cannot come before the request received on ${input.receivedOn}.`, { date: decision.on, received: input.receivedOn }, 'decision.on');
  }
  // BC PIPA s.24(2)(a): say what was corrected; s.24(3): otherwise annotate with the correction asked for.
  if (decision.outcome === 'corrected' && !decision.whatChanged) {
    throw new RuleViolation('correctionWhatChangedRequired', 'A correction made must say what was changed.', {}, 'decision.whatChanged');
  }
  if (decision.outcome === 'notCorrected' && !decision.annotation) {
    throw new RuleViolation('correctionAnnotationRequired', 'A correction not made must keep the correction requested as an annotation (BC PIPA s.24(3)).', {}, 'decision.annotation');
  }
}

export const CORRECTION_LETTER_KINDS = ['correctionAcknowledgement', 'correctionOutcome', 'correctionNotice'] as const;

/** Whom a correction notice may go to: the recipients of the person's disclosures in the year before the correction (corrections.ts). */
function noticeRecipients(request: CorrectionRequest, context: Pick<RuleContext, 'list'>): DisclosedRecipient[] {
  if (request.decision?.outcome !== 'corrected') return [];
  const disclosures = context.list('disclosures', { column: 'personId', value: request.personId }) as unknown as { disclosedOn: string; recipient: DisclosedRecipient }[];
  return recipientsToNotify(disclosures, request.decision.on);
}

function checkLetter(request: CorrectionRequest, letter: RecordLetterToIssue, context: RuleContext): void {
  if (letter.kind === 'correctionAcknowledgement') return;
  if (!request.decision) throw new RuleViolation('letterNeedsDecision', 'The outcome of a correction request is written once it is decided.');
  if (letter.kind !== 'correctionNotice') return;
  if (request.decision.outcome !== 'corrected') throw new RuleViolation('letterNeedsCorrection', 'A correction notice is sent only when the correction was made.');
  // BC PIPA s.24(2)(b): only to an organisation that received the information in the year before.
  if (!noticeRecipients(request, context).some((r) => recipientIdOf(r) === letter.recipientId)) {
    throw new RuleViolation('letterRecipientNotListed', 'This organisation did not receive the information in the year before the correction.');
  }
}

export const correctionRequestsRegister: RegisterDefinition<CorrectionRequest, CorrectionRequestInput> = {
  name: 'correctionRequests',
  entityKind: 'correctionRequest',
  fields: correctionShape,
  index: {
    personId: (r) => r.personId,
    receivedOn: (r) => r.receivedOn,
    regime: (r) => r.regime,
    status: (r) => correctionStatus(r),
    dueOn: (r) => correctionDeadline(r.regime, r.receivedOn).due,
  },
  reference: { prefix: 'CR', dateOf: (input) => input.receivedOn },
  links: [{ field: 'personId', register: 'people' }],
  removal: 'never',
  check: checkCorrection,
  letters: { kinds: CORRECTION_LETTER_KINDS, check: checkLetter },
  csv: [
    { id: 'reference', value: (r) => r.reference },
    { id: 'received', value: (r) => r.receivedOn },
    { id: 'person', value: (r, c) => c.personName(r.personId) },
    { id: 'regime', value: (r) => ({ term: `regimesShort.${r.regime}` }) },
    { id: 'status', value: (r) => ({ term: `registers.correctionRequests.statuses.${correctionStatus(r)}` }) },
    { id: 'due', value: (r) => correctionDeadline(r.regime, r.receivedOn).due },
    { id: 'decidedOn', value: (r) => r.decision?.on },
  ],
  personOf: (r) => r.personId,
  // Newest first; the reference breaks a tie between two on the same day.
  compare: (a, b) => b.receivedOn.localeCompare(a.receivedOn) || (b.reference ?? '').localeCompare(a.reference ?? ''),
  label: (r) => r.reference ?? r.id,
};
