// The content of the consent and correction letters (issue #16): confirmation of a withdrawal of
// consent, acknowledgement and outcome of a correction request (to the person), and the notice of a
// correction to an organisation that received the information. Same shape and furniture as the
// access letters (LetterContent), so letters/renderLetterPdf lays them out. The inputs are plain
// facts (recordLetterInput.ts).
// Each builder refuses (RuleViolation) when a fact the letter must state is missing.
import type { LetterLanguage } from '../accessRequest';
import { commissionerFor } from '../commissioners';
import type { IsoDate } from '../isoDate';
import type { Regime } from '../regime';
import { RuleViolation } from '../ruleViolation';
import { LETTER_TEXT } from './accessLetterContent';
import { formatDate, lines, withColon } from './format';
import { commissionerBlock } from './letterBodies';
import type { LetterBlock, LetterContent } from './letterContent';
import type { LetterText } from './letterText';
import type {
  ConsentWithdrawalLetterInput,
  CorrectionAcknowledgementLetterInput,
  CorrectionNoticeLetterInput,
  CorrectionOutcomeLetterInput,
  CorrectionRequestFacts,
  LetterPerson,
  RecordLetterInput,
} from './recordLetterInput';
import { RECORD_LETTER_TEXT_EN } from './recordLetterText.en';
import { RECORD_LETTER_TEXT_FR } from './recordLetterText.fr';
import { CONSENT_CHANNELS, type ConsentChannel, type RecordLetterKind, type RecordLetterText, type RecordSubjectKey } from './recordLetterText';
import { LETTER_LAW } from './statute';

export { RECORD_LETTER_KINDS, type RecordLetterKind } from './recordLetterText';
export type * from './recordLetterInput';

export const RECORD_LETTER_TEXT: Record<LetterLanguage, RecordLetterText> = { en: RECORD_LETTER_TEXT_EN, fr: RECORD_LETTER_TEXT_FR };

export type RecordLetterContent = Omit<LetterContent, 'kind'> & { kind: RecordLetterKind };

type Provisions = {
  consentWithdraw?: string;
  consentConsequences?: string;
  consentLegalObligation?: string;
  correction: string;
  correctionTime?: string;
  annotation?: string;
  recipients?: string;
};

// Where each Act says it. Absent = not settled for this release: the sentence is printed without a
// citation rather than with a guessed one.
// - PIPEDA Sch.1 4.3.8 (withdrawal subject to legal restrictions; inform of the implications),
//   4.9.5 (amend; send the amended information to third parties), 4.9.6 (record the unresolved
//   challenge). No statutory time to answer a correction request.
// - BC PIPA s.9(1), (2), (5); s.24(1), (2)(b), (3); s.29 applies to s.24 requests (registers.md: check).
// - Alberta PIPA s.9 and s.25 (subsections: check); s.28(1) time to respond.
// - Québec P-39.1 s.28 (rectification), s.32 (30 days). Withdrawal and annotation: check.
const RECORD_LAW: Record<Regime, Provisions> = {
  PIPEDA: {
    consentWithdraw: 'Sch.1 4.3.8',
    consentConsequences: 'Sch.1 4.3.8',
    consentLegalObligation: 'Sch.1 4.3.8',
    correction: LETTER_LAW.PIPEDA.correctionProvision,
    annotation: 'Sch.1 4.9.6',
    recipients: 'Sch.1 4.9.5',
  },
  BC_PIPA: {
    consentWithdraw: 's.9(1)',
    consentConsequences: 's.9(2)',
    consentLegalObligation: 's.9(5)',
    correction: 's.24(1)',
    correctionTime: LETTER_LAW.BC_PIPA.responseProvision,
    annotation: 's.24(3)',
    recipients: 's.24(2)(b)',
  },
  AB_PIPA: { consentWithdraw: 's.9', correction: 's.25', correctionTime: LETTER_LAW.AB_PIPA.responseProvision, annotation: 's.25', recipients: 's.25' },
  QC: { correction: 's.28', correctionTime: LETTER_LAW.QC.responseProvision },
};

const CORRECTION_REFERENCE = /^CR-\d{4}-\d{4,}$/;

interface Ctx {
  t: LetterText;
  r: RecordLetterText;
  /** " (PIPA, s.24(1))", or empty when the provision is not settled. */
  cite: (provision: string | undefined) => string;
  date: (iso: IsoDate) => string;
  field: (label: string, value: string, strong?: boolean) => { label: string; value: string; strong: boolean };
}

function refuse(rule: string, message: string, field?: string): never {
  throw new RuleViolation(rule, message, {}, field);
}

function required(text: string | undefined, rule: string, message: string, field: string): string {
  const value = text?.trim();
  return value ? value : refuse(rule, message, field);
}

function personLines(ctx: Ctx, person: LetterPerson): string[] {
  const address = lines(person.address);
  if (address.length > 0) return [person.name, ...address];
  if (person.email) return [person.name, `${withColon(ctx.t.labels.byEmail, ctx.t.language)} ${person.email}`];
  return [person.name];
}

function closingNote(ctx: Ctx): LetterBlock {
  return { type: 'paragraph', text: ctx.r.closingNote };
}

function howText(r: RecordLetterText, how: string): string {
  return (CONSENT_CHANNELS as readonly string[]).includes(how) ? r.consent.how[how as ConsentChannel] : how;
}

function consentWithdrawal(ctx: Ctx, input: ConsentWithdrawalLetterInput): LetterBlock[] {
  const { r, field } = ctx;
  const law = RECORD_LAW[input.regime];
  const purposes = input.purposes.map((p) => p.trim()).filter(Boolean);
  if (purposes.length === 0) refuse('letterNeedsPurposes', 'Name at least one purpose the withdrawal applies to.', 'purposes');
  const consequences = required(input.consequences, 'letterNeedsConsequences', 'Describe the likely consequences of the withdrawal: the person must be told them.', 'consequences');
  const from = ctx.date(input.effectiveOn ?? input.withdrawnOn);
  const blocks: LetterBlock[] = [
    { type: 'paragraph', text: r.consent.opening },
    { type: 'fields', rows: [field(r.fields.noticeReceived, ctx.date(input.withdrawnOn)), field(r.fields.how, howText(r, input.how)), field(r.fields.effectiveFrom, from, true)] },
    { type: 'heading', text: r.headings.purposesStopping },
    { type: 'list', items: purposes },
    { type: 'paragraph', text: r.consent.stops({ from, cite: ctx.cite(law.consentWithdraw) }), strong: true },
    { type: 'heading', text: r.headings.consequences },
    { type: 'paragraph', text: r.consent.consequencesIntro({ cite: ctx.cite(law.consentConsequences) }) },
    { type: 'paragraph', text: consequences },
  ];
  const continuing = (input.continuing ?? []).filter((c) => c.use.trim());
  if (continuing.length > 0) {
    const items = continuing.map((c) =>
      r.consent.continuingItem({ use: c.use.trim(), obligation: required(c.obligation, 'letterNeedsObligation', 'Name the legal obligation that requires each use to continue.', 'continuing') }),
    );
    blocks.push(
      { type: 'heading', text: r.headings.continuing },
      { type: 'paragraph', text: r.consent.legalObligation({ cite: ctx.cite(law.consentLegalObligation) }) },
      { type: 'list', items },
    );
  }
  return [...blocks, closingNote(ctx)];
}

function requestFields(ctx: Ctx, request: CorrectionRequestFacts) {
  const { r, t, field } = ctx;
  return [field(t.fields.received, ctx.date(request.receivedOn)), field(r.fields.whatIsWrong, request.whatIsWrong), field(r.fields.correctionAsked, request.correctionAsked)];
}

function correctionAcknowledgement(ctx: Ctx, input: CorrectionAcknowledgementLetterInput): LetterBlock[] {
  const { r, t, field } = ctx;
  const law = RECORD_LAW[input.regime];
  const rows = [...requestFields(ctx, input.request), field(t.fields.law, t.act[input.regime].full)];
  if (input.dueOn) rows.push(field(r.fields.dueBy, ctx.date(input.dueOn), true));
  return [
    { type: 'paragraph', text: r.correction.ackOpening },
    { type: 'fields', rows },
    { type: 'paragraph', text: r.correction.right({ cite: ctx.cite(law.correction) }) },
    { type: 'heading', text: t.headings.nextSteps },
    { type: 'paragraph', text: input.dueOn ? r.correction.dueBy({ due: ctx.date(input.dueOn), cite: ctx.cite(law.correctionTime) }) : r.correction.noDue },
    { type: 'paragraph', text: r.correction.nextSteps },
    closingNote(ctx),
  ];
}

function correctionOutcome(ctx: Ctx, input: CorrectionOutcomeLetterInput): LetterBlock[] {
  const { r, t, field } = ctx;
  const law = RECORD_LAW[input.regime];
  const { decision } = input;
  const rows = [...requestFields(ctx, input.request), field(r.fields.decidedOn, ctx.date(decision.on), true)];
  const blocks: LetterBlock[] = [{ type: 'paragraph', text: r.correction.outcomeOpening }, { type: 'fields', rows }];
  if (decision.outcome === 'corrected') {
    const changed = required(decision.whatChanged, 'letterNeedsWhatChanged', 'Say what was changed before writing the outcome letter.', 'whatChanged');
    blocks.push(
      { type: 'paragraph', text: r.correction.corrected({ cite: ctx.cite(law.correction) }), strong: true },
      { type: 'heading', text: r.headings.whatChanged },
      { type: 'paragraph', text: changed },
    );
    const recipients = (input.recipientsNotified ?? []).map((n) => n.trim()).filter(Boolean);
    if (recipients.length > 0) {
      blocks.push(
        { type: 'heading', text: r.headings.recipientsNotified },
        { type: 'paragraph', text: r.correction.recipientsNotified({ cite: ctx.cite(law.recipients) }) },
        { type: 'list', items: recipients },
      );
    }
    return [...blocks, closingNote(ctx)];
  }
  blocks.push({ type: 'paragraph', text: r.correction.notCorrected, strong: true });
  if (decision.reasons?.trim()) blocks.push({ type: 'heading', text: r.headings.reasons }, { type: 'paragraph', text: decision.reasons.trim() });
  const annotation = decision.annotation?.trim() || input.request.correctionAsked;
  const review = LETTER_LAW[input.regime];
  const commissioner = commissionerFor(input.regime, input.commissioner);
  blocks.push(
    { type: 'paragraph', text: r.correction.annotated({ cite: ctx.cite(law.annotation) }) },
    { type: 'fields', rows: [field(r.fields.annotation, annotation)] },
    { type: 'heading', text: t.headings.review },
    {
      type: 'paragraph',
      text: t.refusal.review[input.regime]({
        commissioner: commissioner.name[t.language],
        review: t.citation(t.act[input.regime].short, review.reviewProvision),
        limit: t.refusal.limit(review.reviewLimit.count, review.reviewLimit.unit),
        limitCite: t.citation(t.act[input.regime].short, review.reviewLimitProvision),
      }),
    },
    commissionerBlock(t, commissioner),
  );
  return [...blocks, closingNote(ctx)];
}

function correctionNotice(ctx: Ctx, input: CorrectionNoticeLetterInput): LetterBlock[] {
  const { r, field } = ctx;
  const corrected = required(input.correctedInformation, 'letterNeedsCorrectedInformation', 'Give the corrected information to send to the organisation.', 'correctedInformation');
  // The reference is on its own line above the subject.
  const rows = [field(r.fields.individual, input.person.name)];
  if (input.disclosedOn) rows.push(field(r.fields.disclosedOn, ctx.date(input.disclosedOn)));
  if (input.informationDisclosed?.trim()) rows.push(field(r.fields.informationDisclosed, input.informationDisclosed.trim()));
  rows.push(field(r.fields.correctedOn, ctx.date(input.correctedOn)));
  return [
    { type: 'paragraph', text: r.correction.noticeOpening({ cite: ctx.cite(RECORD_LAW[input.regime].recipients) }) },
    { type: 'fields', rows },
    { type: 'heading', text: r.headings.correctedInformation },
    { type: 'paragraph', text: corrected, strong: true },
    { type: 'paragraph', text: r.correction.pleaseUpdate },
    closingNote(ctx),
  ];
}

function reference(input: RecordLetterInput): string {
  if (input.kind === 'consentWithdrawal') return required(input.reference, 'letterReference', 'The consent entry has no reference.', 'reference');
  const ref = input.request.reference.trim();
  if (!CORRECTION_REFERENCE.test(ref)) refuse('letterReference', 'A correction request reference has the form CR-YYYY-NNNN.', 'reference');
  return ref;
}

function subjectKey(input: RecordLetterInput): RecordSubjectKey {
  return input.kind === 'correctionOutcome' ? input.decision.outcome : input.kind;
}

function recipient(ctx: Ctx, input: RecordLetterInput): { lines: string[]; salutation: string } {
  if (input.kind !== 'correctionNotice') return { lines: personLines(ctx, input.person), salutation: ctx.t.salutation(input.person.name) };
  // BC PIPA s.24(2)(b): the corrected information must reach the organisation; without an address it cannot be sent.
  const address = lines(input.recipient.address);
  if (address.length === 0) refuse('recipientAddressMissing', 'The recipient has no address: add it to the disclosure before writing the notice.', 'recipient');
  const attention = input.recipient.attention?.trim();
  return {
    lines: [input.recipient.name, ...(attention ? [attention] : []), ...address],
    salutation: attention ? ctx.t.salutation(attention) : ctx.r.salutationOrganisation,
  };
}

function body(ctx: Ctx, input: RecordLetterInput): LetterBlock[] {
  switch (input.kind) {
    case 'consentWithdrawal':
      return consentWithdrawal(ctx, input);
    case 'correctionAcknowledgement':
      return correctionAcknowledgement(ctx, input);
    case 'correctionOutcome':
      return correctionOutcome(ctx, input);
    case 'correctionNotice':
      return correctionNotice(ctx, input);
  }
}

export function recordLetterContent(input: RecordLetterInput): RecordLetterContent {
  const t = LETTER_TEXT[input.language];
  const r = RECORD_LETTER_TEXT[input.language];
  const lang = t.language;
  const ctx: Ctx = {
    t,
    r,
    cite: (provision) => (provision ? ` (${t.citation(t.act[input.regime].short, provision)})` : ''),
    date: (iso) => formatDate(iso, lang),
    field: (label, value, strong = false) => ({ label: withColon(label, lang), value, strong }),
  };
  const ref = reference(input);
  const to = recipient(ctx, input);
  const key = subjectKey(input);
  const { organisation, officer } = input;
  return {
    language: lang,
    kind: input.kind,
    title: `${r.title[key]} — ${ref}`,
    subject: `${withColon(t.labels.subject, lang)} ${r.subject[key]}`,
    reference: `${withColon(t.labels.reference, lang)} ${ref}`,
    dateLine: t.dateLine(ctx.date(input.issuedOn)),
    letterhead: [
      organisation.legalName,
      ...lines(organisation.address),
      `${withColon(t.labels.telephone, lang)} ${organisation.phone}   ·   ${withColon(t.labels.email, lang)} ${organisation.email}`,
    ],
    recipient: to.lines,
    salutation: to.salutation,
    blocks: body(ctx, input),
    closing: t.closing,
    signatory: {
      name: officer.name,
      title: (lang === 'fr' && officer.titleFr) || officer.title,
      ...(officer.signatureImage ? { signatureImage: officer.signatureImage } : {}),
    },
    confidentiality: t.confidentiality,
    continuation: t.continuation(ref, input.person.name),
    pageLabel: t.pageLabel,
  };
}
