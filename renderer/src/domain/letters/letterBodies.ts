// The body of each access-request letter: the statutory content, which the officer cannot edit,
// around the free-text paragraphs, which they can. Each builder refuses (RuleViolation) when the
// record lacks what the letter must state, rather than print a letter the law would not accept.
import { originalDue, type AccessRequest, type DecisionItem } from '../accessRequest';
import type { Commissioner } from '../commissioners';
import type { PersonAnnotation } from '../corrections';
import type { OrganisationProfile, PrivacyOfficer } from '../organisation';
import type { Regime } from '../regime';
import { assertNotRepealed } from '../refusalGrounds';
import { FEE_RULES } from '../fees';
import { RuleViolation } from '../ruleViolation';
import { formatDate, formatMoney, lines, localizeProvision, withColon } from './format';
import type { LetterBlock } from './letterContent';
import type { LetterText, ParagraphKey } from './letterText';
import { LETTER_LAW, extensionProvision } from './statute';

export interface BodyContext {
  t: LetterText;
  request: AccessRequest;
  organisation: OrganisationProfile;
  officer: PrivacyOfficer;
  commissioner: Commissioner;
  /** The free-text paragraphs, already resolved to the officer's edit or the default. */
  paragraph: (key: ParagraphKey) => LetterBlock[];
  /** Corrections the person asked for and the office did not make (AccessLetterInput.annotations). */
  annotations: readonly PersonAnnotation[];
}

const date = (ctx: BodyContext, iso: string) => formatDate(iso, ctx.t.language);
const cite = (ctx: BodyContext, provision: string) => ctx.t.citation(ctx.t.act[ctx.request.regime].short, provision);
const law = (ctx: BodyContext) => LETTER_LAW[ctx.request.regime];
const commissionerName = (ctx: BodyContext) => ctx.commissioner.name[ctx.t.language];

function missing(rule: string, message: string): never {
  throw new RuleViolation(rule, message);
}

/** The commissioner as a contact block: name, address, telephone, toll-free. */
export function commissionerBlock(t: LetterText, commissioner: Commissioner): LetterBlock {
  const lang = t.language;
  const rows = [commissioner.name[lang], ...commissioner.address[lang], `${withColon(t.labels.telephone, lang)} ${commissioner.phone}`];
  if (commissioner.tollFree) {
    const note = commissioner.tollFreeNote ? ` (${commissioner.tollFreeNote[lang]})` : '';
    rows.push(`${withColon(t.labels.tollFree, lang)} ${commissioner.tollFree}${note}`);
  }
  return { type: 'contact', lines: rows };
}

/** The toll-free number with its note, so a bare number never reads as the office's own line (BC: Service BC). */
function tollFreeLine(ctx: BodyContext): string | undefined {
  const { tollFree, tollFreeNote } = ctx.commissioner;
  if (!tollFree) return undefined;
  return tollFreeNote ? `${tollFree} (${tollFreeNote[ctx.t.language]})` : tollFree;
}

function field(ctx: BodyContext, label: string, value: string, strong = false) {
  return { label: withColon(label, ctx.t.language), value, strong };
}

function requestFields(ctx: BodyContext) {
  const { t, request } = ctx;
  // The reference is on its own line above the subject; the fields repeat what the request was.
  return [field(ctx, t.fields.received, date(ctx, request.receivedOn)), field(ctx, t.fields.requested, request.informationSought)];
}

export function acknowledgementBody(ctx: BodyContext): LetterBlock[] {
  const { t, request } = ctx;
  const l = law(ctx);
  const due = date(ctx, originalDue(request));
  const lateness = l.deemedRefusalProvision
    ? t.ack.deemedRefusal({ cite: cite(ctx, l.deemedRefusalProvision), commissioner: commissionerName(ctx) })
    : t.ack.lateComplaint({ commissioner: commissionerName(ctx) });
  return [
    ...ctx.paragraph('opening'),
    {
      type: 'fields',
      rows: [...requestFields(ctx), field(ctx, t.fields.law, t.act[request.regime].full), field(ctx, t.fields.dueBy, due, true)],
    },
    { type: 'paragraph', text: `${t.ack.responseTime({ days: l.responseDays, due, businessDays: l.businessDays, cite: cite(ctx, l.responseProvision) })} ${lateness}` },
    { type: 'heading', text: t.headings.nextSteps },
    { type: 'paragraph', text: t.ack.nextSteps(request.regime === 'QC' ? 'commission' : 'office') },
    ...ctx.paragraph('nextSteps'),
    { type: 'paragraph', text: t.ack.feeRule[request.regime]({ cite: cite(ctx, l.feeProvision) }) },
    ...ctx.paragraph('closingNote'),
  ];
}

export function feeEstimateBody(ctx: BodyContext): LetterBlock[] {
  const { t, request, organisation } = ctx;
  const fee = request.fee ?? missing('letterNeedsFee', 'Record the fee estimate before writing the fee letter.');
  const lang = t.language;
  // Québec s.33: the letter names only the bases the Act allows; no deposit where the Act has none.
  const bases = (fee.bases ?? []).map((b) => t.fee.bases[b]).join('; ');
  const covers = [bases.charAt(0).toUpperCase() + bases.slice(1), fee.basis].filter(Boolean).join('; ');
  const deposit = FEE_RULES[request.regime].depositSection ? fee.depositCents : undefined;
  const rows = [
    field(ctx, t.fields.received, date(ctx, request.receivedOn)),
    field(ctx, t.fields.estimate, formatMoney(fee.estimateCents, lang), true),
    field(ctx, t.fields.basis, covers),
  ];
  if (deposit) rows.push(field(ctx, t.fields.deposit, formatMoney(deposit, lang)));
  const answer: LetterBlock[] = [{ type: 'paragraph', text: t.fee.howToAnswer({ email: organisation.email, reference: request.reference }) }];
  if (deposit) answer.push({ type: 'paragraph', text: t.fee.deposit({ deposit: formatMoney(deposit, lang) }) });
  return [
    ...ctx.paragraph('opening'),
    { type: 'fields', rows },
    { type: 'paragraph', text: t.fee.law[request.regime]({ cite: cite(ctx, law(ctx).feeProvision) }) },
    { type: 'paragraph', text: t.fee.noFeeUnlessConfirmed, strong: true },
    { type: 'heading', text: t.headings.whatWeNeed },
    ...answer,
    { type: 'paragraph', text: t.fee.mayWithdraw },
    { type: 'paragraph', text: t.fee.complaint({ commissioner: commissionerName(ctx) }) },
    commissionerBlock(t, ctx.commissioner),
    ...ctx.paragraph('closingNote'),
  ];
}

export function extensionNoticeBody(ctx: BodyContext): LetterBlock[] {
  const { t, request } = ctx;
  const regime = request.regime;
  if (regime === 'QC') return caiExtensionNoticeBody(ctx);
  const extension = request.extension ?? missing('letterNeedsExtension', 'Record the extension before writing the notice.');
  const provision = extensionProvision(regime, extension.ground) ?? missing('letterExtensionGround', 'The Act has no such ground for extension.');
  const rows = [
    field(ctx, t.fields.received, date(ctx, request.receivedOn)),
    field(ctx, t.fields.originalDue, date(ctx, originalDue(request))),
    field(ctx, t.fields.newDue, date(ctx, extension.newDue), true),
    field(ctx, t.fields.ground, `${t.extension.ground[extension.ground].replace(/\.$/, '')} (${cite(ctx, provision)}).`),
    field(ctx, t.fields.reasons, extension.reasons),
  ];
  if (extension.commissionerPermission) rows.push(field(ctx, t.fields.permission, extension.commissionerPermission));
  const noticeCite = cite(ctx, law(ctx).extensionNoticeProvision ?? provision);
  const complaintCite = regime === 'PIPEDA' ? `${noticeCite}; ${localizeProvision(law(ctx).complaintProvision ?? 's.11(1)', t.language)}` : noticeCite;
  return [
    ...ctx.paragraph('opening'),
    { type: 'paragraph', text: t.extension.extended({ cite: cite(ctx, provision) }) },
    { type: 'fields', rows },
    { type: 'paragraph', text: t.extension.willRespond({ newDue: date(ctx, extension.newDue) }), strong: true },
    { type: 'heading', text: t.headings.complain },
    { type: 'paragraph', text: t.extension.complaint[regime]({ cite: complaintCite, commissioner: commissionerName(ctx) }) },
    commissionerBlock(t, ctx.commissioner),
    ...ctx.paragraph('closingNote'),
  ];
}

/** Québec: notice that the Commission granted the office's application to extend the time (P-39.1 s.46). */
function caiExtensionNoticeBody(ctx: BodyContext): LetterBlock[] {
  const { t, request } = ctx;
  const cai = request.caiExtension;
  const decision = cai?.decision;
  if (!cai || !decision?.granted || !decision.newDue) missing('letterNeedsCaiExtension', 'Record the Commission’s decision granting the extension before writing the notice.');
  const l = law(ctx);
  const rows = [
    field(ctx, t.fields.received, date(ctx, request.receivedOn)),
    field(ctx, t.fields.originalDue, date(ctx, request.dueOn)),
    field(ctx, t.fields.caiApplied, date(ctx, cai.appliedOn)),
    field(ctx, t.fields.caiDecided, date(ctx, decision.on)),
    field(ctx, t.fields.newDue, date(ctx, decision.newDue), true),
    field(ctx, t.fields.reasons, cai.reasons),
  ];
  return [
    ...ctx.paragraph('opening'),
    { type: 'paragraph', text: t.extension.cai.granted({ cite: cite(ctx, 's.46'), applied: date(ctx, cai.appliedOn), decided: date(ctx, decision.on) }) },
    { type: 'fields', rows },
    { type: 'paragraph', text: t.extension.willRespond({ newDue: date(ctx, decision.newDue) }), strong: true },
    { type: 'heading', text: t.headings.review },
    {
      type: 'paragraph',
      text: t.extension.cai.remedies({
        deemed: cite(ctx, l.deemedRefusalProvision ?? 's.32'),
        commissioner: commissionerName(ctx),
        review: cite(ctx, l.reviewProvision),
        limit: t.refusal.limit(l.reviewLimit.count, l.reviewLimit.unit),
        limitCite: cite(ctx, l.reviewLimitProvision),
      }),
    },
    commissionerBlock(t, ctx.commissioner),
    ...ctx.paragraph('closingNote'),
  ];
}

function decided(ctx: BodyContext): { disclosed: DecisionItem[]; withheld: DecisionItem[] } {
  const items = ctx.request.decision;
  if (items.length === 0) missing('letterNeedsDecision', 'Record the decision on each item before writing the response.');
  return { disclosed: items.filter((i) => i.outcome === 'disclosed'), withheld: items.filter((i) => i.outcome === 'withheld') };
}

/** What the person receives and what the Act lets them know about it (PIPEDA 4.9.1–4.9.3, BC s.23(1)…). */
function providedBlocks(ctx: BodyContext, disclosed: DecisionItem[]): LetterBlock[] {
  const { t, request } = ctx;
  const summary = request.responseSummary;
  const blocks: LetterBlock[] = [{ type: 'heading', text: t.headings.enclosed }];
  // The list first: the officer's enclosure line often refers to it ("copies of the records listed above").
  if (disclosed.length > 0) {
    blocks.push({ type: 'paragraph', text: t.response.itemsIntro }, { type: 'list', items: disclosed.map((i) => i.description) });
  }
  blocks.push({ type: 'paragraph', text: summary?.enclosed || t.response.nothingEnclosed });
  if (summary?.uses) blocks.push({ type: 'heading', text: t.headings.uses }, { type: 'paragraph', text: summary.uses });
  if (summary?.disclosedTo) blocks.push({ type: 'heading', text: t.headings.disclosedTo }, { type: 'paragraph', text: summary.disclosedTo });
  // The information given includes what the person asked to correct and was not corrected (BC PIPA s.24(3)).
  if (ctx.annotations.length > 0) {
    const date = (d: string) => formatDate(d, t.language);
    blocks.push(
      { type: 'heading', text: t.headings.annotations },
      { type: 'paragraph', text: t.response.annotationsIntro },
      { type: 'list', items: ctx.annotations.map((a) => t.response.annotation({ reference: a.reference, requestedOn: date(a.requestedOn), decidedOn: date(a.decidedOn), text: a.text })) },
    );
  }
  const l = law(ctx);
  blocks.push({ type: 'paragraph', text: t.response.rightsBasis[request.regime]({ cite: cite(ctx, l.accessContentProvision) }) });
  blocks.push({ type: 'paragraph', text: t.response.correction({ cite: cite(ctx, l.correctionProvision) }) });
  return blocks;
}

export function responseBody(ctx: BodyContext): LetterBlock[] {
  const { t } = ctx;
  const { disclosed, withheld } = decided(ctx);
  if (withheld.length > 0) missing('letterIsRefusal', 'Some information is withheld: send a refusal letter, which states the grounds and the right to a review.');
  return [
    ...ctx.paragraph('opening'),
    { type: 'fields', rows: requestFields(ctx) },
    { type: 'paragraph', text: t.response.fullAccess },
    ...providedBlocks(ctx, disclosed),
    { type: 'paragraph', text: t.response.notSatisfied({ commissioner: commissionerName(ctx), phone: ctx.commissioner.phone, tollFree: tollFreeLine(ctx) }) },
    ...ctx.paragraph('closingNote'),
  ];
}

function withheldTable(ctx: BodyContext, withheld: DecisionItem[]): LetterBlock {
  const { t } = ctx;
  const short = t.act[ctx.request.regime].short;
  return {
    type: 'table',
    columns: [
      { header: '#', width: 0.06 },
      { header: t.refusal.columns.item, width: 0.34 },
      { header: t.refusal.columns.reason, width: 0.42 },
      { header: t.refusal.columns.provision, width: 0.18 },
    ],
    rows: withheld.map((item, i) => [String(i + 1), item.description, item.ground ?? '', t.citation(short, item.provision ?? '')]),
  };
}

/** Name, title, business address, telephone and email of the person who can answer (BC s.30(1)). */
function officerContact(t: LetterText, organisation: OrganisationProfile, officer: PrivacyOfficer): LetterBlock {
  const lang = t.language;
  return {
    type: 'contact',
    lines: [
      officer.name,
      officer.title,
      organisation.legalName,
      ...lines(organisation.address),
      `${withColon(t.labels.telephone, lang)} ${organisation.phone}`,
      `${withColon(t.labels.email, lang)} ${organisation.email}`,
    ],
  };
}

function reviewText(ctx: BodyContext, regime: Regime): string {
  const { t } = ctx;
  const l = LETTER_LAW[regime];
  return t.refusal.review[regime]({
    commissioner: commissionerName(ctx),
    review: cite(ctx, l.reviewProvision),
    limit: t.refusal.limit(l.reviewLimit.count, l.reviewLimit.unit),
    limitCite: cite(ctx, l.reviewLimitProvision),
  });
}

export function refusalBody(ctx: BodyContext): LetterBlock[] {
  const { t, request, organisation, officer } = ctx;
  const regime = request.regime;
  const { disclosed, withheld } = decided(ctx);
  if (withheld.length === 0) missing('letterIsResponse', 'Nothing is withheld: send the response letter instead.');
  // Defence in depth: a record saved before the workflow checked may still cite a repealed provision.
  withheld.forEach((item) => assertNotRepealed(regime, item.provision ?? ''));
  const act = t.act[regime].full;
  const l = law(ctx);
  const blocks: LetterBlock[] = [
    ...ctx.paragraph('opening'),
    { type: 'fields', rows: requestFields(ctx) },
    { type: 'paragraph', text: disclosed.length > 0 ? t.refusal.partial({ act }) : t.refusal.full({ act }) },
    { type: 'heading', text: t.headings.withheld },
    withheldTable(ctx, withheld),
  ];
  if (disclosed.length > 0) blocks.push({ type: 'heading', text: t.headings.provided }, ...providedBlocks(ctx, disclosed).slice(1));
  blocks.push(
    { type: 'heading', text: t.headings.alternative },
    ...ctx.paragraph('alternative'),
    { type: 'heading', text: t.headings.questions },
    { type: 'paragraph', text: t.refusal.contact({ name: officer.name, title: officer.title }) },
    officerContact(t, organisation, officer),
    { type: 'heading', text: t.headings.review },
    { type: 'paragraph', text: reviewText(ctx, regime) },
    commissionerBlock(t, ctx.commissioner),
  );
  if (regime === 'QC') blocks.push({ type: 'paragraph', text: t.refusal.assist({ cite: cite(ctx, l.refusalContentProvision) }) });
  if (regime === 'PIPEDA') blocks.push({ type: 'paragraph', text: t.refusal.retention({ cite: cite(ctx, 's.8(8)') }) });
  blocks.push({ type: 'paragraph', text: t.refusal.contentRequired({ cite: cite(ctx, l.refusalContentProvision) }) }, ...ctx.paragraph('closingNote'));
  return blocks;
}
