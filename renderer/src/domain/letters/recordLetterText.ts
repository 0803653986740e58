// What the consent and correction letters say, in one language: the shape recordLetterText.en.ts and
// recordLetterText.fr.ts both fill, so a sentence missing in one language is a type error. The
// letter furniture (labels, salutation, closing, footers, Act names, citations) is the access
// letters' own (letterText.ts), so every letter the office sends reads alike.
import type { LetterLanguage } from '../accessRequest';

export const RECORD_LETTER_KINDS = ['consentWithdrawal', 'correctionAcknowledgement', 'correctionOutcome', 'correctionNotice'] as const;
export type RecordLetterKind = (typeof RECORD_LETTER_KINDS)[number];

export const CONSENT_CHANNELS = ['written', 'oral', 'electronic'] as const;
export type ConsentChannel = (typeof CONSENT_CHANNELS)[number];

/** The correction outcome letter has two subjects, as the access refusal has. */
export type RecordSubjectKey = Exclude<RecordLetterKind, 'correctionOutcome'> | 'corrected' | 'notCorrected';

/**
 * Every `cite` argument arrives ready to print: " (PIPA, s.9(1))" with its leading space, or empty
 * where the Act's provision is not settled, so no sentence ever cites a guessed section.
 */
export interface RecordLetterText {
  language: LetterLanguage;
  subject: Record<RecordSubjectKey, string>;
  title: Record<RecordSubjectKey, string>;
  /** Salutation of a letter to an organisation with no named contact. */
  salutationOrganisation: string;
  closingNote: string;

  fields: {
    noticeReceived: string;
    how: string;
    effectiveFrom: string;
    whatIsWrong: string;
    correctionAsked: string;
    dueBy: string;
    decidedOn: string;
    annotation: string;
    individual: string;
    correctedOn: string;
    disclosedOn: string;
    informationDisclosed: string;
  };
  headings: {
    purposesStopping: string;
    consequences: string;
    continuing: string;
    whatChanged: string;
    reasons: string;
    recipientsNotified: string;
    correctedInformation: string;
  };

  consent: {
    opening: string;
    /** The consent register's ways of telling the office, as the letter prints them. */
    how: Record<ConsentChannel, string>;
    stops(a: { from: string; cite: string }): string;
    consequencesIntro(a: { cite: string }): string;
    legalObligation(a: { cite: string }): string;
    /** One item of the list of uses that continue: the use and the obligation that requires it. */
    continuingItem(a: { use: string; obligation: string }): string;
  };
  correction: {
    ackOpening: string;
    right(a: { cite: string }): string;
    dueBy(a: { due: string; cite: string }): string;
    noDue: string;
    nextSteps: string;
    outcomeOpening: string;
    corrected(a: { cite: string }): string;
    recipientsNotified(a: { cite: string }): string;
    notCorrected: string;
    annotated(a: { cite: string }): string;
    noticeOpening(a: { cite: string }): string;
    pleaseUpdate: string;
  };
}
