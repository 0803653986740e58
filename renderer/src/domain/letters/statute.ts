// What each Act requires a letter to say, and where it says so: the provisions and time limits the
// letters print. Language-neutral; the sentences around them are in text.en.ts and text.fr.ts.
// The extension grounds and their provisions come from deadlines.ts (one source for both the
// deadline and the notice).
//
// Status of each point (primary text read = confirmed; otherwise check):
// - PIPEDA s.8(3)–(8), s.11(1) and (3) (six months to complain about a refusal), s.14 (Federal
//   Court, one year after the report): confirmed from the consolidated text.
// - BC PIPA s.30(1) content of a refusal, review within 30 days (ss.46–47): secondary sources
//   (FIPA, OIPC BC) agree; the exact paragraph numbers are a check.
// - Alberta PIPA: the brief thought the review limit was 45 days; OIPC Alberta's "Request a Review"
//   page says 30 days for a private-sector organization's decision (45 days is the Act's time to
//   respond, s.28(1)). Not read in the Act (s.47(3) is a check). The letter says 30 days: the reading
//   most protective of the person, who can never lose the right by acting on it.
// - Quebec P-39.1 s.32 (30 days, deemed refusal), s.33 (fees), s.34 (content of a refusal, help to
//   understand it), ss.42–43 (30 days to apply to the Commission): secondary sources; check.
import { extensionRule, type ExtensionGround } from '../deadlines';
import type { Regime } from '../regime';

export type { ExtensionGround };

export interface RegimeLetterLaw {
  /** The time to respond and where it is set. */
  responseDays: number;
  responseProvision: string;
  /** True where "day" leaves out Saturdays and holidays (BC PIPA s.1). */
  businessDays: boolean;
  /** Where the Act says no answer in time is a refusal (PIPEDA, Quebec). */
  deemedRefusalProvision?: string;
  feeProvision: string;
  /** Where the notice of the office's own extension must state its content; absent for Québec, where only the CAI extends (s.46). */
  extensionNoticeProvision?: string;
  /** What a response must tell the person besides the information itself. */
  accessContentProvision: string;
  correctionProvision: string;
  /** What a refusal must say. */
  refusalContentProvision: string;
  /** The person's recourse after a refusal: where, and the time limit to use it. */
  reviewProvision: string;
  reviewLimit: { count: number; unit: 'days' | 'months' };
  reviewLimitProvision: string;
  /** Where the Act itself gives the right to complain (BC and Alberta name it only through s.31(2)). */
  complaintProvision?: string;
}

export const LETTER_LAW: Record<Regime, RegimeLetterLaw> = {
  PIPEDA: {
    responseDays: 30,
    responseProvision: 's.8(3)',
    businessDays: false,
    deemedRefusalProvision: 's.8(5)',
    feeProvision: 's.8(6)',
    extensionNoticeProvision: 's.8(4)',
    accessContentProvision: 'Sch.1 4.9.1–4.9.3',
    correctionProvision: 'Sch.1 4.9.5',
    refusalContentProvision: 's.8(7)',
    reviewProvision: 's.11(1)',
    reviewLimit: { count: 6, unit: 'months' },
    reviewLimitProvision: 's.11(3)',
    complaintProvision: 's.11(1)',
  },
  BC_PIPA: {
    responseDays: 30,
    responseProvision: 's.29(1)',
    businessDays: true,
    feeProvision: 's.32',
    extensionNoticeProvision: 's.31(2)',
    accessContentProvision: 's.23(1)',
    correctionProvision: 's.24',
    refusalContentProvision: 's.30(1)',
    reviewProvision: 'ss.46–47',
    reviewLimit: { count: 30, unit: 'days' },
    reviewLimitProvision: 's.47',
  },
  AB_PIPA: {
    responseDays: 45,
    responseProvision: 's.28(1)',
    businessDays: false,
    feeProvision: 's.32',
    extensionNoticeProvision: 's.31(2)',
    accessContentProvision: 's.24(1)',
    correctionProvision: 's.25',
    refusalContentProvision: 's.29(1)',
    reviewProvision: 's.46',
    reviewLimit: { count: 30, unit: 'days' },
    reviewLimitProvision: 's.47',
  },
  QC: {
    responseDays: 30,
    responseProvision: 's.32',
    businessDays: false,
    deemedRefusalProvision: 's.32',
    feeProvision: 's.33',
    accessContentProvision: 's.27',
    correctionProvision: 's.28',
    refusalContentProvision: 's.34',
    reviewProvision: 's.42',
    reviewLimit: { count: 30, unit: 'days' },
    reviewLimitProvision: 's.43',
    complaintProvision: 's.42',
  },
};

/** The provision of the Act for extending on this ground (from deadlines.ts), or null if the Act has none. */
export function extensionProvision(regime: Regime, ground: ExtensionGround): string | null {
  const rule = extensionRule(regime);
  return rule?.grounds.find((g) => g.ground === ground)?.citation.section ?? null;
}
