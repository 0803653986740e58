// A backup carries the clock steps of issue #12 (Québec's application to the CAI, BC clock stops)
// and refuses a record whose clock fields are malformed, rather than restoring them half-read.
import { describe, expect, it } from 'vitest';
import { accessRequestRecordSchema } from '../../../renderer/src/archive/recordSchemas';
import { accessRequestRecord } from '../../fixtures/accessRequestRecord';

const base = accessRequestRecord({ status: 'acknowledged' });

describe('archive records: clock steps', () => {
  it('keeps BC clock stops, open or closed, and a CAI application with its decision', () => {
    const stops = { ...base, clockStops: [{ kind: 'disregardApplication', start: '2026-03-10', end: '2026-03-12' }, { kind: 'feeEstimateReview', start: '2026-03-20' }] };
    expect(accessRequestRecordSchema.parse(stops)).toEqual(stops);
    const cai = { ...base, regime: 'QC', caiExtension: { appliedOn: '2026-03-13', reasons: 'Volume', decision: { on: '2026-03-16', granted: true, newDue: '2026-05-01' } } };
    expect(accessRequestRecordSchema.parse(cai)).toEqual(cai);
  });

  it('refuses an unknown kind of stop, a date that is not one, and an unexpected field', () => {
    expect(accessRequestRecordSchema.safeParse({ ...base, clockStops: [{ kind: 'holiday', start: '2026-03-10' }] }).success).toBe(false);
    expect(accessRequestRecordSchema.safeParse({ ...base, clockStops: [{ kind: 'disregardApplication', start: '2026-02-30' }] }).success).toBe(false);
    expect(accessRequestRecordSchema.safeParse({ ...base, caiExtension: { appliedOn: '2026-03-13', reasons: 'x', granted: true } }).success).toBe(false);
  });
});
