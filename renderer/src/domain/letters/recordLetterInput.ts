// What the consent and correction letters are built from: plain facts (dates, names, texts, the
// office, the officer, the commissioner), not register records, so the consent and correction
// registers can be wired to them whatever they store.
import type { LetterLanguage } from '../accessRequest';
import type { Commissioner } from '../commissioners';
import type { IsoDate } from '../isoDate';
import type { OrganisationProfile, PrivacyOfficer } from '../organisation';
import type { Regime } from '../regime';
import type { ConsentChannel } from './recordLetterText';

/** Who the letter is to or about: a name, and an address or email to send it to. */
export interface LetterPerson {
  name: string;
  address?: string;
  email?: string;
}

export interface RecordLetterBase {
  language: LetterLanguage;
  issuedOn: IsoDate;
  regime: Regime;
  organisation: OrganisationProfile;
  officer: PrivacyOfficer;
  person: LetterPerson;
}

export interface ConsentWithdrawalLetterInput extends RecordLetterBase {
  kind: 'consentWithdrawal';
  /** The reference of the consent entry (printed on every page). */
  reference: string;
  withdrawnOn: IsoDate;
  /** How the person told the office: the consent register's channel, or the officer's words ("by telephone, confirmed in writing"). */
  how: ConsentChannel | (string & {});
  /** From when the uses stop; the day of the notice unless given. */
  effectiveOn?: IsoDate;
  purposes: string[];
  /** The likely consequences, in the officer's words (BC PIPA s.9(2)). */
  consequences: string;
  /** Uses that go on because a legal obligation requires them (BC PIPA s.9(5)). */
  continuing?: { use: string; obligation: string }[];
}

/** A correction request as the letters need it. */
export interface CorrectionRequestFacts {
  reference: string;
  receivedOn: IsoDate;
  whatIsWrong: string;
  correctionAsked: string;
}

export interface CorrectionAcknowledgementLetterInput extends RecordLetterBase {
  kind: 'correctionAcknowledgement';
  request: CorrectionRequestFacts;
  dueOn?: IsoDate;
}

export interface CorrectionOutcomeLetterInput extends RecordLetterBase {
  kind: 'correctionOutcome';
  request: CorrectionRequestFacts;
  decision: { on: IsoDate; outcome: 'corrected' | 'notCorrected'; whatChanged?: string; annotation?: string; reasons?: string };
  /** Names of the organisations sent the corrected information. */
  recipientsNotified?: string[];
  /** The officer's correction of the commissioner's details (settings). */
  commissioner?: Commissioner;
}

export interface CorrectionNoticeLetterInput extends RecordLetterBase {
  kind: 'correctionNotice';
  request: Pick<CorrectionRequestFacts, 'reference'>;
  recipient: { name: string; address?: string; attention?: string };
  correctedOn: IsoDate;
  correctedInformation: string;
  disclosedOn?: IsoDate;
  informationDisclosed?: string;
}

export type RecordLetterInput =
  | ConsentWithdrawalLetterInput
  | CorrectionAcknowledgementLetterInput
  | CorrectionOutcomeLetterInput
  | CorrectionNoticeLetterInput;
