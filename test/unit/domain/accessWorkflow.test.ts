// The access-request state machine: which actions each state offers, the law's conditions on each
// transition, and the deemed-refusal flag.
import { describe, expect, it } from 'vitest';
import { ACCESS_STATUSES, isDeemedRefusal, type AccessStatus } from '../../../renderer/src/domain/accessRequest';
import { ACTION_SOURCES, allowedActions, applyAction, daysLeft, letterFor, type AccessAction } from '../../../renderer/src/domain/accessWorkflow';
import { accessRequestRecord, ruleViolationOf as violation } from '../../fixtures/accessRequestRecord';

const request = accessRequestRecord;

const ctx = { today: '2026-03-20', at: '2026-03-20T17:00:00.000Z' };


const sample: Record<AccessAction['type'], AccessAction> = {
  acknowledge: { type: 'acknowledge', on: '2026-03-03' },
  sendFeeEstimate: { type: 'sendFeeEstimate', on: '2026-03-04', estimateCents: 2500, basis: 'Copies of 250 pages' },
  recordFeeDirection: { type: 'recordFeeDirection', on: '2026-03-06', direction: 'proceed' },
  recordFeePaid: { type: 'recordFeePaid', on: '2026-03-07' },
  extend: { type: 'extend', on: '2026-03-10', ground: 'largeVolume', reasons: 'Archived records', newDue: '2026-05-01' },
  respond: { type: 'respond', on: '2026-03-12', items: [{ description: 'Clinical notes', outcome: 'disclosed' }], uses: 'Treatment', disclosedTo: 'No one', enclosed: 'Copies' },
  withdraw: { type: 'withdraw', on: '2026-03-05' },
  abandon: { type: 'abandon', on: '2026-03-05' },
  applyToCai: { type: 'applyToCai', on: '2026-03-05', reasons: 'Archived records' },
  recordCaiDecision: { type: 'recordCaiDecision', on: '2026-03-06', granted: false },
  stopClock: { type: 'stopClock', on: '2026-03-05', kind: 'disregardApplication' },
  restartClock: { type: 'restartClock', on: '2026-03-06' },
};

describe('the state machine', () => {
  it('refuses every action from a state that does not allow it, naming the rule', () => {
    for (const status of ACCESS_STATUSES) {
      for (const [type, action] of Object.entries(sample)) {
        if (ACTION_SOURCES[type as AccessAction['type']].includes(status)) continue;
        const error = violation(() => applyAction(request({ status }), action, ctx));
        expect(error.rule).toBe('notAllowedNow');
      }
    }
  });

  it('offers nothing once a request is closed', () => {
    const closed: AccessStatus[] = ['responded', 'refusedInFull', 'withdrawn', 'abandoned'];
    for (const status of closed) expect(allowedActions(request({ status }))).toEqual([]);
  });

  it('walks received → acknowledged → awaiting direction → acknowledged → extended → responded, time-stamping each step', () => {
    let r = request();
    r = applyAction(r, sample.acknowledge, ctx);
    r = applyAction(r, sample.sendFeeEstimate, ctx);
    expect(r.status).toBe('awaitingFeeDirection');
    expect(allowedActions(r)).toEqual(['recordFeeDirection', 'extend', 'withdraw', 'abandon', 'stopClock']);
    r = applyAction(r, sample.recordFeeDirection, ctx);
    expect(r.status).toBe('acknowledged');
    expect(allowedActions(r)).toContain('recordFeePaid');
    r = applyAction(r, sample.recordFeePaid, ctx);
    expect(allowedActions(r)).not.toContain('recordFeePaid');
    r = applyAction(r, sample.extend, ctx);
    expect(r.status).toBe('extended');
    expect(allowedActions(r)).not.toContain('extend');
    r = applyAction(r, sample.respond, ctx);
    expect(r.status).toBe('responded');
    expect(r.events.map((e) => `${e.from}→${e.to}`)).toEqual([
      'received→acknowledged',
      'acknowledged→awaitingFeeDirection',
      'awaitingFeeDirection→acknowledged',
      'acknowledged→acknowledged',
      'acknowledged→extended',
      'extended→responded',
    ]);
    expect(r.events.every((e) => e.at === ctx.at)).toBe(true);
  });

  it('closes the request as withdrawn when the person withdraws after the fee estimate', () => {
    const r = applyAction(applyAction(request(), sample.sendFeeEstimate, ctx), { ...sample.recordFeeDirection, direction: 'withdraw' } as AccessAction, ctx);
    expect(r).toMatchObject({ status: 'withdrawn', closedOn: '2026-03-06' });
  });

  it('returns to "extended" when the person agrees to a fee after an extension', () => {
    let r = applyAction(request(), sample.extend, ctx);
    r = applyAction(r, { ...sample.sendFeeEstimate, on: '2026-03-11' } as AccessAction, ctx);
    r = applyAction(r, { ...sample.recordFeeDirection, on: '2026-03-12' } as AccessAction, ctx);
    expect(r.status).toBe('extended');
  });

  it('derives responded, refused in part and refused in full from the decision items', () => {
    const withheld = { description: 'Notes about another patient', outcome: 'withheld' as const, ground: 'Would reveal another person’s information', provision: 's.23(4)(c)' };
    const disclosed = { description: 'My file', outcome: 'disclosed' as const };
    const respond = (items: (typeof withheld | typeof disclosed)[]) => applyAction(request(), { ...sample.respond, items } as AccessAction, ctx).status;
    expect(respond([disclosed])).toBe('responded');
    expect(respond([disclosed, withheld])).toBe('refusedInPart');
    expect(respond([withheld])).toBe('refusedInFull');
    expect(letterFor({ ...sample.respond, items: [disclosed, withheld] } as AccessAction)).toBe('refusal');
    expect(letterFor(sample.respond)).toBe('response');
  });
});

describe('bad input is refused with the rule that applies, and the record is unchanged', () => {
  it('a date in the future', () => {
    const r = request();
    expect(violation(() => applyAction(r, { type: 'acknowledge', on: '2026-03-21' }, ctx))).toMatchObject({ rule: 'futureDate', field: 'on' });
    expect(r.status).toBe('received');
  });

  it('a response dated before the request was received', () => {
    expect(violation(() => applyAction(request(), { ...sample.respond, on: '2026-03-01' } as AccessAction, ctx)).rule).toBe('beforeReceipt');
  });

  it('a refusal without a ground or without the provision relied on', () => {
    const noGround = { description: 'Notes', outcome: 'withheld' as const, provision: 's.23(3)(a)' };
    const noProvision = { description: 'Notes', outcome: 'withheld' as const, ground: 'Legal privilege' };
    expect(violation(() => applyAction(request(), { ...sample.respond, items: [noGround] } as AccessAction, ctx))).toMatchObject({ rule: 'refusalGround', field: 'items.0.ground' });
    expect(violation(() => applyAction(request(), { ...sample.respond, items: [noProvision] } as AccessAction, ctx))).toMatchObject({ rule: 'refusalGround', field: 'items.0.provision' });
  });

  it('a response with no decision items', () => {
    expect(violation(() => applyAction(request(), { ...sample.respond, items: [] } as AccessAction, ctx)).rule).toBe('decisionRequired');
  });

  it('an extension notice after the original deadline (BC PIPA s.31: within the time to respond)', () => {
    const late = { ...ctx, today: '2026-04-20' };
    const error = violation(() => applyAction(request(), { ...sample.extend, on: '2026-04-16' } as AccessAction, late));
    expect(error).toMatchObject({ rule: 'extensionTooLate', params: { due: '2026-04-15' } });
  });

  it('an extension beyond what the Act allows, unless the commissioner permitted a longer one', () => {
    const tooLong = { ...sample.extend, newDue: '2026-12-31' } as AccessAction;
    expect(violation(() => applyAction(request(), tooLong, ctx)).rule).toBe('extensionTooLong');
    const permitted = applyAction(request(), { ...tooLong, commissionerPermission: 'OIPC file F26-00001, 2026-03-09' } as AccessAction, ctx);
    expect(permitted.extension?.newDue).toBe('2026-12-31');
  });

  it('an extension under PIPEDA longer than 30 more days on the interference ground', () => {
    const pipeda = request({ regime: 'PIPEDA', dueOn: '2026-04-01' });
    const action = { type: 'extend', on: '2026-03-10', ground: 'interference', reasons: 'Peak season', newDue: '2026-06-30' } as AccessAction;
    expect(violation(() => applyAction(pipeda, action, ctx)).rule).toBe('extensionTooLong');
    // PIPEDA has no commissioner's permission for more: the permission text does not help.
    expect(violation(() => applyAction(pipeda, { ...action, commissionerPermission: 'asked' } as AccessAction, ctx)).rule).toBe('extensionTooLong');
  });

  it('no extension at all under Quebec’s private-sector Act', () => {
    const qc = request({ regime: 'QC', dueOn: '2026-04-01' });
    expect(allowedActions(qc)).not.toContain('extend');
    expect(violation(() => applyAction(qc, sample.extend, ctx)).rule).toBe('noExtension');
  });

  it('an extension with a new date not after the original deadline, or without reasons', () => {
    expect(violation(() => applyAction(request(), { ...sample.extend, newDue: '2026-04-15' } as AccessAction, ctx)).rule).toBe('extensionNotLater');
    expect(violation(() => applyAction(request(), { ...sample.extend, reasons: '  ' } as AccessAction, ctx)).rule).toBe('extensionReasons');
  });

  it('a fee notice without an amount, and a payment without an estimate sent', () => {
    expect(violation(() => applyAction(request(), { ...sample.sendFeeEstimate, estimateCents: 0 } as AccessAction, ctx)).rule).toBe('feeEstimateRequired');
    expect(violation(() => applyAction(request({ status: 'acknowledged' }), sample.recordFeePaid, ctx)).rule).toBe('feeWithoutEstimate');
  });
});

describe('deemed refusal and days left', () => {
  it('flags an open request past its binding deadline, not one answered or extended in time', () => {
    expect(isDeemedRefusal(request(), '2026-04-15')).toBe(false);
    expect(isDeemedRefusal(request(), '2026-04-16')).toBe(true);
    expect(isDeemedRefusal(request({ status: 'responded' }), '2026-04-16')).toBe(false);
    const extended = request({ status: 'extended', extension: { ground: 'largeVolume', reasons: 'x', newDue: '2026-05-01', noticeOn: '2026-03-10' } });
    expect(isDeemedRefusal(extended, '2026-04-16')).toBe(false);
    expect(isDeemedRefusal(extended, '2026-05-02')).toBe(true);
  });

  it('counts days left to the binding deadline, negative when overdue, null when closed', () => {
    expect(daysLeft(request(), '2026-04-10')).toBe(5);
    expect(daysLeft(request(), '2026-04-18')).toBe(-3);
    expect(daysLeft(request({ status: 'withdrawn' }), '2026-04-10')).toBeNull();
  });
});
