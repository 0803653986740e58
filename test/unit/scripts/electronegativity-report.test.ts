import { describe, expect, it } from 'vitest';
import { classifyFindings, readFindings } from '../../../scripts/lib/electronegativity-report.mjs';

const csv = [
  'issue, severity, confidence, filename, location, sample, description, url',
  'CONTEXT_ISOLATION_JS_CHECK,"HIGH","FIRM","window.ts","26:17","const w = new BrowserWindow({ a, b })","Review, please",https://x',
  'CSP_GLOBAL_CHECK,"MEDIUM","CERTAIN","N/A","0:0",N/A,"No CSP",https://y',
  'CONTEXT_ISOLATION_JS_CHECK,"HIGH","FIRM","ipc/pdf.ts","77:17","x","y",https://z',
  '',
].join('\n');

describe('electronegativity report', () => {
  it('parses quoted fields with commas', () => {
    const findings = readFindings(csv);
    expect(findings).toHaveLength(3);
    expect(findings[0]).toMatchObject({ issue: 'CONTEXT_ISOLATION_JS_CHECK', severity: 'HIGH', filename: 'window.ts', sample: 'const w = new BrowserWindow({ a, b })' });
  });

  it('blocks HIGH findings unless that check in that file is allowlisted', () => {
    const allowlist = [{ check: 'CONTEXT_ISOLATION_JS_CHECK', file: 'ipc/pdf.ts', reason: 'test' }];
    const { blocking, allowed, other } = classifyFindings(readFindings(csv), allowlist);
    expect(blocking.map((f) => f.filename)).toEqual(['window.ts']);
    expect(allowed.map((f) => f.filename)).toEqual(['ipc/pdf.ts']);
    expect(other.map((f) => f.issue)).toEqual(['CSP_GLOBAL_CHECK']);
  });
});
