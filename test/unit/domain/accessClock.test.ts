// The steps that move the statutory clock without an extension of the organisation's own: Québec's
// application to the Commission d'accès à l'information (P-39.1 s.46) and BC PIPA's periods that do
// not count (s.29(2) and (3)). Expected dates were counted by hand on a calendar.
import { describe, expect, it } from 'vitest';
import { currentDue, isDeemedRefusal, originalDue, type AccessRequest } from '../../../renderer/src/domain/accessRequest';
import { allowedActions, applyAction, extensionLimit, letterFor, type AccessAction } from '../../../renderer/src/domain/accessWorkflow';
import { withClockStops } from '../../../renderer/src/domain/clockStops';
import { responseDeadline } from '../../../renderer/src/domain/deadlines';
import { accessRequestRecord, ruleViolationOf as refusal } from '../../fixtures/accessRequestRecord';

/** Acknowledged, with the statutory date computed for its Act. */
function request(overrides: Partial<AccessRequest> = {}): AccessRequest {
  const regime = overrides.regime ?? 'BC_PIPA';
  return accessRequestRecord({ status: 'acknowledged', dueOn: responseDeadline('2026-03-02', regime).due, ...overrides });
}

const ctx = (today: string) => ({ today, at: `${today}T17:00:00.000Z` });


const apply = (r: AccessRequest, action: AccessAction, today = '2026-03-20') => applyAction(r, action, ctx(today));

describe('Québec: an extension only the CAI grants (P-39.1 s.46)', () => {
  const qc = () => request({ regime: 'QC' });

  it('Québec: the s.32 date is 30 calendar days after receipt (2026-04-01)', () => {
    expect(qc().dueOn).toBe('2026-04-01');
  });

  it('Québec: an application within the s.32 limit is recorded and leaves the due date binding while pending', () => {
    const r = apply(qc(), { type: 'applyToCai', on: '2026-03-20', reasons: 'Records held by a supplier' });
    expect(r.caiExtension).toEqual({ appliedOn: '2026-03-20', reasons: 'Records held by a supplier' });
    expect(r.status).toBe('acknowledged');
    expect(currentDue(r)).toBe('2026-04-01');
    expect(allowedActions(r)).toContain('recordCaiDecision');
    expect(allowedActions(r)).not.toContain('applyToCai');
    // Pending is no shelter: past the s.32 date it is a deemed refusal.
    expect(isDeemedRefusal(r, '2026-04-02')).toBe(true);
  });

  it('Québec: an application after the s.32 time limit is refused with the rule', () => {
    const error = refusal(() => apply(qc(), { type: 'applyToCai', on: '2026-04-02', reasons: 'Late' }, '2026-04-03'));
    expect(error.rule).toBe('caiApplicationTooLate');
    expect(error.message).toMatch(/s\.32.*2026-04-01.*s\.46/);
  });

  it('Québec: only a granted extension moves the binding date, and it sends the extension notice', () => {
    const applied = apply(qc(), { type: 'applyToCai', on: '2026-03-20', reasons: 'Volume' });
    const granted: AccessAction = { type: 'recordCaiDecision', on: '2026-03-27', granted: true, newDue: '2026-05-01' };
    const r = apply(applied, granted, '2026-03-27');
    expect(r.status).toBe('extended');
    expect(currentDue(r)).toBe('2026-05-01');
    expect(letterFor(granted)).toBe('extensionNotice');
    expect(isDeemedRefusal(r, '2026-04-15')).toBe(false);

    const refusedDecision: AccessAction = { type: 'recordCaiDecision', on: '2026-03-27', granted: false };
    const refused = apply(applied, refusedDecision, '2026-03-27');
    expect(refused.status).toBe('acknowledged');
    expect(currentDue(refused)).toBe('2026-04-01');
    expect(letterFor(refusedDecision)).toBeNull();
  });

  it('Québec: a decision before the application, or a granted date not after the s.32 date, is refused', () => {
    const applied = apply(qc(), { type: 'applyToCai', on: '2026-03-20', reasons: 'Volume' });
    expect(refusal(() => apply(applied, { type: 'recordCaiDecision', on: '2026-03-19', granted: true, newDue: '2026-05-01' })).rule).toBe('caiDecisionBeforeApplication');
    expect(refusal(() => apply(applied, { type: 'recordCaiDecision', on: '2026-03-20', granted: true, newDue: '2026-04-01' })).rule).toBe('extensionNotLater');
    expect(refusal(() => apply(applied, { type: 'recordCaiDecision', on: '2026-03-20', granted: true })).rule).toBe('extensionNotLater');
  });

  it('Québec: no application without reasons; none under another Act', () => {
    expect(refusal(() => apply(qc(), { type: 'applyToCai', on: '2026-03-20', reasons: '  ' })).rule).toBe('caiReasons');
    expect(refusal(() => apply(request(), { type: 'applyToCai', on: '2026-03-20', reasons: 'x' })).rule).toBe('caiOnlyQuebec');
    expect(allowedActions(request())).not.toContain('applyToCai');
  });
});

describe('BC PIPA: days that do not run (s.29(2) and (3))', () => {
  it('BC PIPA: the 30 days after receipt on 2026-03-02 end on 2026-04-15 (Good Friday and Easter Monday skipped)', () => {
    expect(request().dueOn).toBe('2026-04-15');
  });

  it('BC PIPA s.29(2): an s.37 application before the commissioner from Tue 10 to Thu 12 March leaves three days out: due Mon 20 April', () => {
    const r = apply(request(), { type: 'stopClock', on: '2026-03-10', kind: 'disregardApplication', endOn: '2026-03-12' });
    expect(r.clockStops).toEqual([{ kind: 'disregardApplication', start: '2026-03-10', end: '2026-03-12' }]);
    expect(currentDue(r)).toBe('2026-04-20');
    const { stopped } = withClockStops(r.receivedOn, r.dueOn, r.regime, r.clockStops);
    expect(stopped.map((d) => d.date)).toEqual(['2026-03-10', '2026-03-11', '2026-03-12']);
    expect(stopped.every((d) => d.provision === 's.29(2)')).toBe(true);
  });

  it('BC PIPA: a stop over a weekend leaves out only the "days" in it (Fri 13 and Mon 16 March): due Fri 17 April', () => {
    const r = apply(request(), { type: 'stopClock', on: '2026-03-13', kind: 'disregardApplication', endOn: '2026-03-16' });
    expect(currentDue(r)).toBe('2026-04-17');
  });

  it('BC PIPA: while the matter is before the commissioner nothing is overdue, and the clock restarts on the decision', () => {
    let r = apply(request(), { type: 'stopClock', on: '2026-04-10', kind: 'disregardApplication' }, '2026-04-10');
    expect(allowedActions(r)).toContain('restartClock');
    expect(allowedActions(r)).not.toContain('stopClock');
    expect(isDeemedRefusal(r, '2026-05-01')).toBe(false);
    r = apply(r, { type: 'restartClock', on: '2026-04-21' }, '2026-04-22');
    // Fri 10, Mon 13 … Tue 21 April: 8 days not counted; 30th day moves from Wed 15 April to Mon 27 April.
    expect(r.clockStops).toEqual([{ kind: 'disregardApplication', start: '2026-04-10', end: '2026-04-21' }]);
    expect(currentDue(r)).toBe('2026-04-27');
    expect(isDeemedRefusal(r, '2026-04-27')).toBe(false);
    expect(isDeemedRefusal(r, '2026-04-28')).toBe(true);
  });

  it('BC PIPA s.29(3): a fee estimate review stops the clock only after an estimate was sent', () => {
    const error = refusal(() => apply(request(), { type: 'stopClock', on: '2026-03-10', kind: 'feeEstimateReview', endOn: '2026-03-11' }));
    expect(error.rule).toBe('clockStopNoEstimate');
    const withFee = request({ fee: { estimateCents: 2500, basis: 'Copies', estimateSentOn: '2026-03-05' } });
    expect(refusal(() => apply(withFee, { type: 'stopClock', on: '2026-03-04', kind: 'feeEstimateReview' })).rule).toBe('clockStopBeforeEstimate');
    const r = apply(withFee, { type: 'stopClock', on: '2026-03-09', kind: 'feeEstimateReview', endOn: '2026-03-09' });
    expect(currentDue(r)).toBe('2026-04-16');
  });

  it('BC PIPA: a stop after the time ran out, one that overlaps another, or one ending before it starts is refused', () => {
    expect(refusal(() => apply(request(), { type: 'stopClock', on: '2026-04-16', kind: 'disregardApplication' }, '2026-04-20')).rule).toBe('clockStopAfterDue');
    const r = apply(request(), { type: 'stopClock', on: '2026-03-10', kind: 'disregardApplication', endOn: '2026-03-12' });
    expect(refusal(() => apply(r, { type: 'stopClock', on: '2026-03-12', kind: 'disregardApplication', endOn: '2026-03-13' })).rule).toBe('clockStopOverlap');
    expect(refusal(() => apply(request(), { type: 'stopClock', on: '2026-03-10', kind: 'disregardApplication', endOn: '2026-03-09' })).rule).toBe('clockStopEndBeforeStart');
    expect(refusal(() => apply(request(), { type: 'stopClock', on: '2026-03-10', kind: 'disregardApplication', endOn: '2026-03-25' })).rule).toBe('futureDate');
  });

  it('no other Act stops the clock: PIPEDA, Alberta and Québec refuse a stop', () => {
    for (const regime of ['PIPEDA', 'AB_PIPA', 'QC'] as const) {
      const r = request({ regime });
      expect(allowedActions(r)).not.toContain('stopClock');
      expect(refusal(() => apply(r, { type: 'stopClock', on: '2026-03-10', kind: 'disregardApplication', endOn: '2026-03-11' })).rule).toBe('clockStopNotInAct');
    }
  });

  it('BC PIPA: a stop moves the extension limit and the notice deadline with it', () => {
    const r = apply(request(), { type: 'stopClock', on: '2026-03-10', kind: 'disregardApplication', endOn: '2026-03-12' });
    expect(originalDue(r)).toBe('2026-04-20');
    // 60 days from receipt end on Thu 28 May (Victoria Day, 18 May, skipped); three stopped days: Tue 2 June.
    expect(extensionLimit(request(), 'largeVolume').due).toBe('2026-05-28');
    expect(extensionLimit(r, 'largeVolume').due).toBe('2026-06-02');
    // A notice on 17 April would be late without the stop; with it, it is in time.
    const extended = apply(r, { type: 'extend', on: '2026-04-17', ground: 'largeVolume', reasons: 'Volume', newDue: '2026-06-02' }, '2026-04-17');
    expect(currentDue(extended)).toBe('2026-06-02');
  });

  it('BC PIPA: a stop after the extension notice moves the extended date; one before it does not move it again', () => {
    const withFee = request({ fee: { estimateCents: 2500, basis: 'Copies', estimateSentOn: '2026-03-05' } });
    const extended = apply(withFee, { type: 'extend', on: '2026-03-20', ground: 'largeVolume', reasons: 'Volume', newDue: '2026-05-01' });
    // Wed 25 and Thu 26 March: two days; Fri 1 May → Tue 5 May.
    const r = apply(extended, { type: 'stopClock', on: '2026-03-25', kind: 'feeEstimateReview', endOn: '2026-03-26' }, '2026-03-27');
    expect(currentDue(r)).toBe('2026-05-05');
    const before = apply(apply(withFee, { type: 'stopClock', on: '2026-03-10', kind: 'feeEstimateReview', endOn: '2026-03-11' }), {
      type: 'extend',
      on: '2026-03-20',
      ground: 'largeVolume',
      reasons: 'Volume',
      newDue: '2026-05-01',
    });
    expect(currentDue(before)).toBe('2026-05-01');
  });
});
