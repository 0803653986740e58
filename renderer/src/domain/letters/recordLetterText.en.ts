// The consent and correction letters in English (Canadian usage). Statutory sentences end with
// their citation; the officer's own texts (consequences, what changed, reasons) are printed as written.
import type { RecordLetterText } from './recordLetterText';

export const RECORD_LETTER_TEXT_EN: RecordLetterText = {
  language: 'en',
  subject: {
    consentWithdrawal: 'Confirmation that you have withdrawn your consent',
    correctionAcknowledgement: 'Acknowledgement of your request to correct your personal information',
    corrected: 'Your request to correct your personal information — information corrected',
    notCorrected: 'Your request to correct your personal information — information not corrected',
    correctionNotice: 'Correction of personal information we disclosed to you',
  },
  title: {
    consentWithdrawal: 'Withdrawal of consent',
    correctionAcknowledgement: 'Acknowledgement of a correction request',
    corrected: 'Correction made',
    notCorrected: 'Correction not made',
    correctionNotice: 'Notice of correction',
  },
  salutationOrganisation: 'Dear Sir or Madam,',
  closingNote: 'If you have any questions, please contact me and quote the reference above.',

  fields: {
    noticeReceived: 'Notice received',
    how: 'How you told us',
    effectiveFrom: 'Effective from',
    whatIsWrong: 'What you say is wrong',
    correctionAsked: 'Correction you asked for',
    dueBy: 'Our answer is due by',
    decidedOn: 'Date of our decision',
    annotation: 'Annotation on your file',
    individual: 'Individual concerned',
    correctedOn: 'Date corrected',
    disclosedOn: 'Disclosed to you on',
    informationDisclosed: 'Information disclosed',
  },
  headings: {
    purposesStopping: 'Purposes for which we will stop',
    consequences: 'What this means for you',
    continuing: 'Uses that must continue',
    whatChanged: 'What we changed',
    reasons: 'Our reasons',
    recipientsNotified: 'Organizations we are informing',
    correctedInformation: 'The corrected information',
  },

  consent: {
    opening: 'We have received your notice withdrawing your consent to our collection, use and disclosure of your personal information for the purposes listed below. This letter confirms the withdrawal and explains what it means for you.',
    how: { written: 'In writing', oral: 'Orally', electronic: 'Electronically' },
    stops: ({ from, cite }) => `From ${from}, we will no longer collect, use or disclose your personal information for these purposes${cite}.`,
    consequencesIntro: ({ cite }) => `The law requires us to tell you the likely consequences of withdrawing your consent${cite}:`,
    legalObligation: ({ cite }) =>
      `A withdrawal of consent cannot stop a use of your information that a legal obligation requires${cite}. We will therefore continue the following uses, and only as far as that obligation requires:`,
    continuingItem: ({ use, obligation }) => `${use} — ${obligation}`,
  },
  correction: {
    ackOpening: 'Thank you for your request to correct your personal information. This letter confirms that we have received it.',
    right: ({ cite }) => `The law gives you the right to ask us to correct an error or omission in your personal information that we hold${cite}.`,
    dueBy: ({ due, cite }) => `We will give you our answer by ${due} at the latest${cite}.`,
    noDue: 'We will give you our answer as soon as reasonably possible.',
    nextSteps: 'We will review the information and your request. If we correct the information, we will tell you what we changed. If we do not, we will record on your file the correction you asked for and explain our decision.',
    outcomeOpening: 'We have completed our review of your request to correct your personal information. This letter explains our decision.',
    corrected: ({ cite }) => `We have corrected your personal information as set out below${cite}.`,
    recipientsNotified: ({ cite }) => `We are sending the corrected information to each organization to which we disclosed it during the year before the correction${cite}:`,
    notCorrected: 'We have decided not to correct the information.',
    annotated: ({ cite }) => `We have annotated your personal information with the correction you asked for, so that anyone who uses it will see your request${cite}.`,
    noticeOpening: ({ cite }) =>
      `We have corrected personal information about the individual named below, which we disclosed to you. The law requires us to send you the corrected information${cite}.`,
    pleaseUpdate: 'Please correct this information in your records and use the corrected information from now on.',
  },
};
