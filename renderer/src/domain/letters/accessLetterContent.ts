// The content of an access-request letter (acknowledgement, fee estimate, extension notice, response,
// refusal), in English or French, from the record as it stands after the action the letter goes with.
// The officer's edits replace only the free-text paragraphs listed by editableParagraphs(); the
// statutory content (dates, provisions, rights, the commissioner) is built from the record every
// time, so no edit can remove it.
import { displayName } from '../person';
import { commissionerFor } from '../commissioners';
import type { LetterKind, LetterLanguage } from '../accessRequest';
import { formatDate, lines, withColon } from './format';
import {
  acknowledgementBody,
  extensionNoticeBody,
  feeEstimateBody,
  refusalBody,
  responseBody,
  type BodyContext,
} from './letterBodies';
import type { AccessLetterInput, EditableParagraph, LetterBlock, LetterContent } from './letterContent';
import { EDITABLE_KEYS, type LetterText, type ParagraphKey } from './letterText';
import { LETTER_TEXT_EN } from './text.en';
import { LETTER_TEXT_FR } from './text.fr';

export type { AccessLetterInput, EditableParagraph, LetterBlock, LetterContent } from './letterContent';
export type { ParagraphKey } from './letterText';

export const LETTER_TEXT: Record<LetterLanguage, LetterText> = { en: LETTER_TEXT_EN, fr: LETTER_TEXT_FR };

const BODIES: Record<LetterKind, (ctx: BodyContext) => LetterBlock[]> = {
  acknowledgement: acknowledgementBody,
  feeEstimate: feeEstimateBody,
  extensionNotice: extensionNoticeBody,
  response: responseBody,
  refusal: refusalBody,
};

function defaultParagraph(input: AccessLetterInput, key: ParagraphKey): string {
  const t = LETTER_TEXT[input.language];
  switch (key) {
    case 'opening':
      return t.defaults.opening[input.kind];
    case 'nextSteps':
      return t.defaults.nextSteps;
    case 'alternative':
      return input.request.responseSummary?.alternative || t.defaults.alternative;
    case 'closingNote':
      return t.defaults.closingNote;
  }
}

/** The officer's text for `key` if they edited it (an empty edit removes the paragraph), else the default. */
function paragraphText(input: AccessLetterInput, key: ParagraphKey): string {
  const edit = input.paragraphs?.[key];
  return typeof edit === 'string' ? edit.trim() : defaultParagraph(input, key);
}

/** The free-text paragraphs the officer may edit in this letter, with their current text. */
export function editableParagraphs(input: AccessLetterInput): EditableParagraph[] {
  const t = LETTER_TEXT[input.language];
  return EDITABLE_KEYS[input.kind].map((key) => ({ key, label: t.paragraphLabel[key], text: paragraphText(input, key) }));
}

function recipientLines(input: AccessLetterInput, t: LetterText): string[] {
  const name = displayName(input.person);
  const address = lines(input.person.address);
  if (address.length > 0) return [name, ...address];
  if (input.person.email) return [name, `${withColon(t.labels.byEmail, t.language)} ${input.person.email}`];
  return [name];
}

function subjectKey(input: AccessLetterInput): LetterKind | 'refusalInFull' {
  if (input.kind !== 'refusal') return input.kind;
  return input.request.decision.some((i) => i.outcome === 'disclosed') ? 'refusal' : 'refusalInFull';
}

export function accessLetterContent(input: AccessLetterInput): LetterContent {
  const t = LETTER_TEXT[input.language];
  const lang = t.language;
  const editable = new Set(EDITABLE_KEYS[input.kind]);
  const ctx: BodyContext = {
    t,
    request: input.request,
    organisation: input.organisation,
    officer: input.officer,
    commissioner: commissionerFor(input.request.regime, input.commissioner),
    annotations: input.annotations ?? [],
    paragraph: (key) => {
      if (!editable.has(key)) return [];
      const text = paragraphText(input, key);
      return text ? [{ type: 'paragraph', text, key }] : [];
    },
  };
  const { organisation, officer, request } = input;
  const name = displayName(input.person);
  const key = subjectKey(input);
  return {
    language: lang,
    kind: input.kind,
    title: `${t.title[key]} — ${request.reference}`,
    subject: `${withColon(t.labels.subject, lang)} ${t.subject[key]}`,
    reference: `${withColon(t.labels.reference, lang)} ${request.reference}`,
    dateLine: t.dateLine(formatDate(input.issuedOn, lang)),
    letterhead: [
      organisation.legalName,
      ...lines(organisation.address),
      `${withColon(t.labels.telephone, lang)} ${organisation.phone}   ·   ${withColon(t.labels.email, lang)} ${organisation.email}`,
    ],
    recipient: recipientLines(input, t),
    salutation: t.salutation(name),
    blocks: BODIES[input.kind](ctx),
    closing: t.closing,
    signatory: {
      name: officer.name,
      title: (lang === 'fr' && officer.titleFr) || officer.title,
      ...(officer.signatureImage ? { signatureImage: officer.signatureImage } : {}),
    },
    confidentiality: t.confidentiality,
    continuation: t.continuation(request.reference, name),
    pageLabel: t.pageLabel,
  };
}
