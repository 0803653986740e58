// Recording a file already under way (issue #14 item 4): each past step is checked against the rules
// on its own date, not today's, and a response after the binding deadline is kept and marked late.
import { describe, expect, it } from 'vitest';
import { isAnsweredLate, isDeemedRefusal, type AccessRequest } from '../../../renderer/src/domain/accessRequest';
import { allowedActions, applyAction, type AccessAction } from '../../../renderer/src/domain/accessWorkflow';
import { responseDeadline } from '../../../renderer/src/domain/deadlines';
import { accessRequestRecord, ruleViolationOf as refusal } from '../../fixtures/accessRequestRecord';

const ctx = (today: string) => ({ today, at: `${today}T17:00:00.000Z` });

/** BC PIPA, received Monday 2 March 2026, due 15 April (30 business days). */
const bc = (overrides: Partial<AccessRequest> = {}) => accessRequestRecord({ status: 'acknowledged', ...overrides });
const bcDays = responseDeadline('2026-03-02', 'BC_PIPA').counted;
// Day 40 under BC PIPA s.1: ten more "days" after 15 April (no Saturdays, Sundays or holidays), counted by hand.
const BC_DAY_40 = '2026-04-29';

const extend = (on: string): AccessAction => ({ type: 'extend', on, ground: 'largeVolume', reasons: 'Archived records', newDue: '2026-05-27' });
const respond = (on: string): AccessAction => ({
  type: 'respond',
  on,
  items: [{ description: 'Clinical notes', outcome: 'disclosed' }],
  uses: 'Treatment',
  disclosedTo: 'No one',
  enclosed: 'Copies',
});

describe('recording a step already taken, on its own date', () => {
  it('BC PIPA: an extension notice sent on day 28 can be recorded on day 40', () => {
    const day28 = bcDays[27]!;
    expect(day28).toBe('2026-04-13');
    // Today the request is past its original date, yet the notice was sent in time: the step is offered.
    expect(isDeemedRefusal(bc(), BC_DAY_40)).toBe(true);
    expect(allowedActions(bc())).toContain('extend');
    const r = applyAction(bc(), extend(day28), ctx(BC_DAY_40));
    expect(r.status).toBe('extended');
    expect(r.extension).toMatchObject({ noticeOn: day28, newDue: '2026-05-27' });
    expect(r.events.at(-1)).toMatchObject({ on: day28, action: 'extend', to: 'extended' });
    expect(isDeemedRefusal(r, BC_DAY_40)).toBe(false);
  });

  it('an extension notice dated after the original deadline is refused, and nothing changes', () => {
    const before = bc();
    const error = refusal(() => applyAction(before, extend('2026-04-16'), ctx(BC_DAY_40)));
    expect(error).toMatchObject({ rule: 'extensionTooLate', params: { due: '2026-04-15' }, field: 'on' });
    expect(error.message).toBe('An extension notice must be sent within the original time limit, which ended on 2026-04-15. Nothing was saved.');
    expect(before.status).toBe('acknowledged');
    expect(before.extension).toBeUndefined();
  });

  it('PIPEDA: a fee estimate sent on day 5 can be recorded on day 60, when the request is a deemed refusal today', () => {
    const pipeda = accessRequestRecord({ regime: 'PIPEDA', dueOn: responseDeadline('2026-03-02', 'PIPEDA').due });
    const today = '2026-05-01';
    expect(isDeemedRefusal(pipeda, today)).toBe(true);
    expect(allowedActions(pipeda)).toEqual(expect.arrayContaining(['acknowledge', 'sendFeeEstimate', 'extend', 'respond']));
    const r = applyAction(pipeda, { type: 'sendFeeEstimate', on: '2026-03-07', estimateCents: 1500, basis: 'Copies of 150 pages' }, ctx(today));
    expect(r.status).toBe('awaitingFeeDirection');
    expect(r.fee?.estimateSentOn).toBe('2026-03-07');
  });

  it('Québec: an application to the CAI made within the s.32 limit can be recorded after that date', () => {
    const qc = accessRequestRecord({ regime: 'QC', status: 'acknowledged', dueOn: responseDeadline('2026-03-02', 'QC').due });
    expect(qc.dueOn).toBe('2026-04-01');
    expect(allowedActions(qc)).toContain('applyToCai');
    const r = applyAction(qc, { type: 'applyToCai', on: '2026-03-25', reasons: 'Records held by a supplier' }, ctx('2026-04-20'));
    expect(r.caiExtension?.appliedOn).toBe('2026-03-25');
    expect(refusal(() => applyAction(qc, { type: 'applyToCai', on: '2026-04-02', reasons: 'Late' }, ctx('2026-04-20'))).rule).toBe('caiApplicationTooLate');
  });
});

describe('answered late', () => {
  it('a response sent after the due date is recorded and marked answered late', () => {
    const r = applyAction(bc(), respond('2026-04-20'), ctx(BC_DAY_40));
    expect(r.status).toBe('responded');
    expect(r.respondedOn).toBe('2026-04-20');
    expect(isAnsweredLate(r)).toBe(true);
  });

  it('a response on the due date itself is not late', () => {
    expect(isAnsweredLate(applyAction(bc(), respond('2026-04-15'), ctx(BC_DAY_40)))).toBe(false);
  });

  it('a refusal after an extension is late only after the extended date', () => {
    const extended = applyAction(bc(), extend('2026-04-13'), ctx(BC_DAY_40));
    const refuse = (on: string): AccessAction => ({ ...respond(on), items: [{ description: 'Notes', outcome: 'withheld', ground: 'Legal advice', provision: 's.23(3)(a)' }] } as AccessAction);
    const inTime = applyAction(extended, refuse('2026-05-27'), ctx('2026-06-10'));
    expect(inTime.status).toBe('refusedInFull');
    expect(isAnsweredLate(inTime)).toBe(false);
    expect(isAnsweredLate(applyAction(extended, refuse('2026-05-28'), ctx('2026-06-10')))).toBe(true);
  });

  it('BC PIPA: a response given while a fee review was still before the commissioner is not late (s.29(3))', () => {
    const stopped = bc({ fee: { estimateCents: 1000, basis: 'Copies', estimateSentOn: '2026-03-05' }, clockStops: [{ kind: 'feeEstimateReview', start: '2026-04-10' }] });
    expect(isAnsweredLate(applyAction(stopped, respond('2026-04-24'), ctx(BC_DAY_40)))).toBe(false);
  });

  it('a request still open, withdrawn or abandoned is never answered late', () => {
    expect(isAnsweredLate(bc())).toBe(false);
    expect(isAnsweredLate(applyAction(bc(), { type: 'withdraw', on: '2026-04-20' }, ctx(BC_DAY_40)))).toBe(false);
  });
});
