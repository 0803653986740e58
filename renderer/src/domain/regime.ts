// The privacy statutes Custodian knows. BC PIPA is the default: the office is in British Columbia.
export const REGIMES = ['BC_PIPA', 'PIPEDA', 'AB_PIPA', 'QC'] as const;
export type Regime = (typeof REGIMES)[number];
export const DEFAULT_REGIME: Regime = 'BC_PIPA';
