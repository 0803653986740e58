// Fees by Act (issue #12 item 6): a deposit only where the Act provides one, Québec's three bases,
// no fee for an employee's information in BC (and, on the protective reading, Alberta), and the fee
// notice not offered where it would be refused.
import { describe, expect, it } from 'vitest';
import type { AccessRequest } from '../../../renderer/src/domain/accessRequest';
import { accessRequestRecordSchema } from '../../../renderer/src/archive/recordSchemas';
import { allowedActions, applyAction, type AccessAction, type ActionContext } from '../../../renderer/src/domain/accessWorkflow';
import type { Regime } from '../../../renderer/src/domain/regime';
import { accessRequestRecord, ruleViolationOf as violation } from '../../fixtures/accessRequestRecord';

function request(regime: Regime): AccessRequest {
  return accessRequestRecord({ regime, status: 'acknowledged', dueOn: '2026-04-01' });
}

const ctx: ActionContext = { today: '2026-03-20', at: '2026-03-20T17:00:00.000Z', personKind: 'client' };
const employee: ActionContext = { ...ctx, personKind: 'employee' };

function estimate(extra: Partial<Extract<AccessAction, { type: 'sendFeeEstimate' }>> = {}): AccessAction {
  return { type: 'sendFeeEstimate', on: '2026-03-04', estimateCents: 2500, basis: 'Copies of 250 pages', ...extra };
}


describe('deposits', () => {
  it('BC PIPA: a deposit may be asked (s.32(3)(b))', () => {
    const sent = applyAction(request('BC_PIPA'), estimate({ depositCents: 1000 }), ctx);
    expect(sent.fee).toMatchObject({ estimateCents: 2500, depositCents: 1000, basis: 'Copies of 250 pages' });
  });

  it('PIPEDA: no deposit (s.8(6) provides none)', () => {
    const error = violation(() => applyAction(request('PIPEDA'), estimate({ depositCents: 1000 }), ctx));
    expect(error).toMatchObject({ rule: 'feeNoDeposit', field: 'depositCents', params: { regime: 'PIPEDA' } });
    expect(applyAction(request('PIPEDA'), estimate(), ctx).fee).not.toHaveProperty('depositCents');
  });

  it('Québec: no deposit (s.33 provides none)', () => {
    const error = violation(() => applyAction(request('QC'), estimate({ basis: '', bases: ['reproduction'], depositCents: 500 }), ctx));
    expect(error.rule).toBe('feeNoDeposit');
  });

  it('Alberta: no deposit until s.32 is confirmed (protective reading, check)', () => {
    expect(violation(() => applyAction(request('AB_PIPA'), estimate({ depositCents: 1000 }), ctx)).rule).toBe('feeNoDeposit');
  });

  it('a refused deposit changes nothing', () => {
    const before = request('PIPEDA');
    const copy = structuredClone(before);
    violation(() => applyAction(before, estimate({ depositCents: 1000 }), ctx));
    expect(before).toEqual(copy);
  });
});

describe('Québec: only transcription, reproduction or transmission (s.33)', () => {
  it('Québec: a fee for anything but transcription, reproduction or transmission is refused (s.33)', () => {
    const qc = request('QC');
    // A free-text basis could be for anything (search time, review): refused.
    expect(violation(() => applyAction(qc, estimate(), ctx))).toMatchObject({ rule: 'feeOnlyBases', field: 'bases', params: { section: '33' } });
    expect(violation(() => applyAction(qc, estimate({ basis: '', bases: [] }), ctx)).rule).toBe('feeOnlyBases');
    const search = estimate({ basis: '', bases: ['search' as never] });
    expect(violation(() => applyAction(qc, search, ctx)).rule).toBe('feeOnlyBases');
  });

  it('Québec: records the bases charged, in the order of the Act', () => {
    const sent = applyAction(request('QC'), estimate({ basis: '', bases: ['transmission', 'reproduction', 'transmission'] }), ctx);
    expect(sent.fee).toMatchObject({ basis: '', bases: ['reproduction', 'transmission'] });
    expect(sent.status).toBe('awaitingFeeDirection');
  });

  it('Québec: an archive keeps the bases and refuses one the Act does not list', () => {
    const sent = applyAction(request('QC'), estimate({ basis: '', bases: ['transcription'] }), ctx);
    expect(accessRequestRecordSchema.safeParse(sent).success).toBe(true);
    const tampered = { ...sent, fee: { ...sent.fee!, bases: ['search'] } };
    expect(accessRequestRecordSchema.safeParse(tampered).success).toBe(false);
  });

  it('other Acts keep the free-text basis and still require it', () => {
    expect(violation(() => applyAction(request('BC_PIPA'), estimate({ basis: '  ' }), ctx))).toMatchObject({ rule: 'feeBasisRequired', field: 'basis' });
    expect(applyAction(request('PIPEDA'), estimate(), ctx).fee).not.toHaveProperty('bases');
  });
});

describe('employees', () => {
  it("BC PIPA: no fee for an employee's personal information (s.32(1))", () => {
    const error = violation(() => applyAction(request('BC_PIPA'), estimate(), employee));
    expect(error).toMatchObject({ rule: 'feeEmployee', params: { regime: 'BC_PIPA', section: '32(1)' } });
    expect(error.message).toContain('employee');
  });

  it('Alberta: no fee for personal employee information (s.32, check: the protective reading)', () => {
    expect(violation(() => applyAction(request('AB_PIPA'), estimate(), employee)).rule).toBe('feeEmployee');
  });

  it('PIPEDA and Québec: an employee is charged on the same terms as anyone', () => {
    expect(applyAction(request('PIPEDA'), estimate(), employee).fee?.estimateCents).toBe(2500);
    expect(applyAction(request('QC'), estimate({ basis: '', bases: ['reproduction'] }), employee).fee?.bases).toEqual(['reproduction']);
  });

  it('BC PIPA: the fee notice is not offered for an employee (s.32(1)), and still is for a client', () => {
    expect(allowedActions(request('BC_PIPA'), 'employee')).not.toContain('sendFeeEstimate');
    expect(allowedActions(request('AB_PIPA'), 'employee')).not.toContain('sendFeeEstimate');
    expect(allowedActions(request('BC_PIPA'), 'client')).toContain('sendFeeEstimate');
    expect(allowedActions(request('PIPEDA'), 'employee')).toContain('sendFeeEstimate');
  });
});
