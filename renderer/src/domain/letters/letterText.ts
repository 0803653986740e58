// Everything a letter says, in one language: the shape text.en.ts and text.fr.ts both fill, so a
// sentence missing in one language is a type error. Statutory sentences take their facts (dates,
// provisions already cited, the commissioner's name) as arguments; none of them is editable.
import type { LetterKind, LetterLanguage } from '../accessRequest';
import type { FeeBasis } from '../fees';
import type { Regime } from '../regime';
import type { ExtensionGround } from './statute';

/** The paragraphs the officer may rewrite. Everything else in a letter is fixed by law or by the record. */
export type ParagraphKey = 'opening' | 'nextSteps' | 'alternative' | 'closingNote';

export const EDITABLE_KEYS: Record<LetterKind, readonly ParagraphKey[]> = {
  acknowledgement: ['opening', 'nextSteps', 'closingNote'],
  feeEstimate: ['opening', 'closingNote'],
  extensionNotice: ['opening', 'closingNote'],
  response: ['opening', 'closingNote'],
  refusal: ['opening', 'alternative', 'closingNote'],
};

export interface Cited {
  /** e.g. "(PIPA, s.29(1))" already formatted for the language. */
  cite: string;
}

export interface LetterText {
  language: LetterLanguage;
  act: Record<Regime, { full: string; short: string }>;
  /** "PIPA, s.29(1)" / "PIPA, art. 29(1)": the short act name and a localised provision. */
  citation(actShort: string, provision: string): string;

  dateLine(date: string): string;
  labels: {
    reference: string;
    subject: string;
    byEmail: string;
    telephone: string;
    tollFree: string;
    email: string;
  };
  salutation(name: string): string;
  closing: string;
  confidentiality: string;
  pageLabel(page: number, pages: number): string;
  /** Top line of every page after the first. */
  continuation(reference: string, name: string): string;
  subject: Record<LetterKind | 'refusalInFull', string>;
  title: Record<LetterKind | 'refusalInFull', string>;

  paragraphLabel: Record<ParagraphKey, string>;
  defaults: {
    opening: Record<LetterKind, string>;
    nextSteps: string;
    alternative: string;
    closingNote: string;
  };

  fields: {
    received: string;
    requested: string;
    law: string;
    dueBy: string;
    estimate: string;
    basis: string;
    deposit: string;
    originalDue: string;
    newDue: string;
    ground: string;
    reasons: string;
    permission: string;
    caiApplied: string;
    caiDecided: string;
  };
  headings: {
    nextSteps: string;
    whatWeNeed: string;
    complain: string;
    enclosed: string;
    uses: string;
    disclosedTo: string;
    annotations: string;
    withheld: string;
    provided: string;
    alternative: string;
    questions: string;
    review: string;
  };

  ack: {
    responseTime(a: Cited & { days: number; due: string; businessDays: boolean }): string;
    deemedRefusal(a: Cited & { commissioner: string }): string;
    lateComplaint(a: { commissioner: string }): string;
    /** Québec: only the Commission can extend the time, on the office's application (s.46). */
    nextSteps(extension: 'office' | 'commission'): string;
    feeRule: Record<Regime, (a: Cited) => string>;
  };
  fee: {
    law: Record<Regime, (a: Cited) => string>;
    /** What a Québec fee may be for (s.33), as the letter lists it. */
    bases: Record<FeeBasis, string>;
    noFeeUnlessConfirmed: string;
    howToAnswer(a: { email: string; reference: string }): string;
    deposit(a: { deposit: string }): string;
    mayWithdraw: string;
    complaint(a: { commissioner: string }): string;
  };
  extension: {
    extended(a: Cited): string;
    willRespond(a: { newDue: string }): string;
    ground: Record<ExtensionGround, string>;
    complaint: Record<Exclude<Regime, 'QC'>, (a: Cited & { commissioner: string }) => string>;
    /** Québec: the extension the Commission granted (P-39.1 s.46) and what the person can do. */
    cai: {
      granted(a: Cited & { applied: string; decided: string }): string;
      remedies(a: { deemed: string; commissioner: string; review: string; limit: string; limitCite: string }): string;
    };
  };
  response: {
    fullAccess: string;
    nothingEnclosed: string;
    itemsIntro: string;
    rightsBasis: Record<Regime, (a: Cited) => string>;
    correction(a: Cited): string;
    /** Corrections asked for and not made, kept with the information (BC PIPA s.24(3), PIPEDA Sch.1 4.9.6). */
    annotationsIntro: string;
    annotation(a: { reference: string; requestedOn: string; decidedOn: string; text: string }): string;
    /** `tollFree` comes with its note when the line is not direct (BC: through Service BC). */
    notSatisfied(a: { commissioner: string; phone: string; tollFree?: string }): string;
  };
  refusal: {
    partial(a: { act: string }): string;
    full(a: { act: string }): string;
    columns: { item: string; reason: string; provision: string };
    contentRequired(a: Cited): string;
    contact(a: { name: string; title: string }): string;
    review: Record<Regime, (a: { commissioner: string; review: string; limit: string; limitCite: string }) => string>;
    limit(count: number, unit: 'days' | 'months'): string;
    assist(a: Cited): string;
    retention(a: Cited): string;
  };
}
