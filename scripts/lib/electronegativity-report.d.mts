export interface Finding {
  issue: string;
  severity: string;
  confidence: string;
  filename: string;
  location: string;
  [key: string]: string;
}
export interface AllowlistEntry {
  check: string;
  file: string;
  reason: string;
}
export function parseCsv(text: string): string[][];
export function readFindings(csvText: string): Finding[];
export function classifyFindings(
  findings: Finding[],
  allowlist: AllowlistEntry[],
): { blocking: Finding[]; allowed: (Finding & { reason: string })[]; other: Finding[] };
