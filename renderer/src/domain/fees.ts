// What each Act lets an organisation charge for access to a person's own information (issue #12
// item 6): whether a deposit may be asked, whether an employee may be charged at all, and what a fee
// may be for. sendFeeEstimate (accessWorkflow.ts) applies these rules; the fee form offers only what
// they allow, and allowedActions does not offer a fee notice that would be refused.
import type { PersonKind } from './person';
import type { Regime } from './regime';
import { RuleViolation } from './ruleViolation';

/** Québec P-39.1 s.33: access is free; a reasonable charge may be asked only for these. */
export const FEE_BASES = ['transcription', 'reproduction', 'transmission'] as const;
export type FeeBasis = (typeof FEE_BASES)[number];

export interface FeeRule {
  /** The section that allows a deposit; null where the Act provides none. */
  depositSection: string | null;
  /** The section that bars any fee for an employee's personal information; null where there is none. */
  employeeSection: string | null;
  /** The only things a fee may be for; null where the Act does not list them (free-text basis). */
  onlyBases: readonly FeeBasis[] | null;
}

export const FEE_RULES: Record<Regime, FeeRule> = {
  // PIPEDA s.8(6): a fee only after the approximate cost is told and the person does not withdraw;
  // Sch.1 4.9.4: minimal or no cost. No deposit is provided for, and no employee rule (confirm).
  PIPEDA: { depositSection: null, employeeSection: null, onlyBases: null },
  // BC PIPA s.32(1): no fee respecting employee personal information; s.32(2) a minimal fee
  // otherwise; s.32(3)(a) written estimate first, (b) a deposit may be required (confirm).
  // The record knows only that the person is an employee, not whether each item is employee
  // personal information: refusing any fee to an employee is the reading that protects them.
  BC_PIPA: { depositSection: '32(3)(b)', employeeSection: '32(1)', onlyBases: null },
  // Alberta PIPA s.32: the Act's text could not be read here (check). The Service Alberta / OIPC
  // guide (rev. Nov. 2008) says no fee for an employee's access to employment information, and that
  // a deposit may be required. Followed: no fee to an employee (the guide and the protective reading
  // agree); no deposit until s.32 is confirmed against the consolidation (protective reading).
  AB_PIPA: { depositSection: null, employeeSection: '32', onlyBases: null },
  // Québec P-39.1 s.33: access is free; only transcription, reproduction or transmission may be
  // charged, announced in advance. No deposit is provided for (confirm).
  QC: { depositSection: null, employeeSection: null, onlyBases: FEE_BASES },
};

/** Why this Act allows no fee at all for this person, or null when a fee may be charged. */
export function feeBarred(regime: Regime, personKind: PersonKind | undefined): RuleViolation | null {
  const section = FEE_RULES[regime].employeeSection;
  if (!section || personKind !== 'employee') return null;
  return new RuleViolation('feeEmployee', `The Act allows no fee for access to an employee's personal information (s.${section}).`, { regime, section });
}

export interface FeeTerms {
  depositCents?: number;
  basis: string;
  bases?: readonly string[];
}

/**
 * The Act's conditions on what is charged: throws RuleViolation, or returns the basis and bases to
 * record. Whether a fee may be charged at all (feeBarred) and the amounts are checked by sendFeeEstimate.
 */
export function checkFeeTerms(regime: Regime, terms: FeeTerms): { basis: string; bases?: FeeBasis[] } {
  const rule = FEE_RULES[regime];
  if (!rule.depositSection && terms.depositCents) {
    throw new RuleViolation('feeNoDeposit', 'The Act does not provide for a deposit: leave it empty.', { regime }, 'depositCents');
  }
  const basis = terms.basis.trim();
  const bases = [...new Set(terms.bases ?? [])];
  if (rule.onlyBases) {
    const allowed = rule.onlyBases as readonly string[];
    // A free-text basis could name anything (search time, review); s.33 allows only the three.
    if (basis || bases.length === 0 || bases.some((b) => !allowed.includes(b))) {
      throw new RuleViolation('feeOnlyBases', 'Under this Act a fee may be only for transcription, reproduction or transmission (s.33): tick at least one of them.', { regime, section: '33' }, 'bases');
    }
    return { basis: '', bases: FEE_BASES.filter((b) => bases.includes(b)) };
  }
  if (!basis) throw new RuleViolation('feeBasisRequired', 'Say what the fee is for.', {}, 'basis');
  if (bases.some((b) => !(FEE_BASES as readonly string[]).includes(b))) {
    throw new RuleViolation('feeBasisRequired', 'Say what the fee is for.', {}, 'bases');
  }
  return bases.length > 0 ? { basis, bases: FEE_BASES.filter((b) => bases.includes(b)) } : { basis };
}
