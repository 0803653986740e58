// The correction request register (BC PIPA s.24; PIPEDA Sch.1 4.9.5; Alberta PIPA s.25; Québec s.28):
// no request from the future, no decision before the request, a correction made says what changed,
// a correction refused keeps the annotation (BC PIPA s.24(3)); the time to answer per Act.
import { describe, expect, it } from 'vitest';
import { responseDeadline } from '../../../renderer/src/domain/deadlines';
import type { RuleContext } from '../../../renderer/src/domain/registers/definition';
import {
  correctionDeadline,
  correctionRequestsRegister,
  correctionStatus,
  type CorrectionRequest,
  type CorrectionRequestInput,
} from '../../../renderer/src/domain/registers/correctionRequests';
import { REGIMES } from '../../../renderer/src/domain/regime';
import { ruleViolationOf as violation } from '../../fixtures/accessRequestRecord';

const TODAY = '2026-03-10';
const context: RuleContext = { today: TODAY, get: () => undefined, list: () => [], personKind: () => 'client' };
const schema = correctionRequestsRegister.fields('entered');

function input(overrides: Record<string, unknown> = {}): CorrectionRequestInput {
  return schema.parse({
    personId: 'p1',
    regime: 'BC_PIPA',
    receivedOn: '2026-03-02',
    inWriting: true,
    whatIsWrong: 'Birth date shown as 1980-01-02',
    correctionAsked: 'Birth date 1980-02-01',
    evidence: '',
    ...overrides,
  });
}
const check = (i: CorrectionRequestInput) => () => correctionRequestsRegister.check!(i, context);

describe('the request', () => {
  it('an open request received today or earlier is accepted; a blank evidence note is left absent', () => {
    const parsed = input();
    expect(parsed.evidence).toBeUndefined();
    expect(check(parsed)).not.toThrow();
    expect(check(input({ receivedOn: TODAY }))).not.toThrow();
  });
  it('a request received in the future is refused (futureDate)', () => {
    const v = violation(check(input({ receivedOn: '2026-03-11' })));
    expect([v.rule, v.field]).toEqual(['futureDate', 'receivedOn']);
  });
  it('what is wrong and the correction asked are required', () => {
    expect(schema.safeParse({ ...input(), whatIsWrong: '' }).success).toBe(false);
    expect(schema.safeParse({ ...input(), correctionAsked: '' }).success).toBe(false);
  });
});

describe('the decision', () => {
  it('corrected, with what changed, on or after the request: accepted', () => {
    expect(check(input({ decision: { on: '2026-03-02', outcome: 'corrected', whatChanged: 'Birth date fixed' } }))).not.toThrow();
  });
  it('a decision dated the day before the request is refused (correctionDecisionBeforeRequest)', () => {
    const v = violation(check(input({ decision: { on: '2026-03-01', outcome: 'corrected', whatChanged: 'x' } })));
    expect([v.rule, v.field, v.params]).toEqual(['correctionDecisionBeforeRequest', 'decision.on', { date: '2026-03-01', received: '2026-03-02' }]);
  });
  it('a decision dated in the future is refused (futureDate)', () => {
    expect(violation(check(input({ decision: { on: '2026-03-11', outcome: 'corrected', whatChanged: 'x' } }))).rule).toBe('futureDate');
  });
  it('BC PIPA s.24(2)(a): corrected without saying what changed is refused', () => {
    const v = violation(check(input({ decision: { on: TODAY, outcome: 'corrected', whatChanged: '' } })));
    expect([v.rule, v.field]).toEqual(['correctionWhatChangedRequired', 'decision.whatChanged']);
  });
  it('BC PIPA s.24(3): not corrected without the annotation is refused', () => {
    const v = violation(check(input({ decision: { on: TODAY, outcome: 'notCorrected', whatChanged: 'not the annotation' } })));
    expect([v.rule, v.field]).toEqual(['correctionAnnotationRequired', 'decision.annotation']);
  });
  it('not corrected with the annotation is accepted', () => {
    expect(check(input({ decision: { on: TODAY, outcome: 'notCorrected', annotation: 'Asks for 1980-02-01' } }))).not.toThrow();
  });
});

describe('the time to answer', () => {
  it('BC PIPA s.29 (business days, s.1): received Monday 2026-03-02, due 2026-04-15 — Good Friday and Easter Monday skipped', () => {
    expect(correctionDeadline('BC_PIPA', '2026-03-02')).toEqual({ due: '2026-04-15', rule: 'registers.correctionRequests.deadlineRules.BC_PIPA' });
  });
  it('every Act uses the access engine with its own period (PIPEDA s.8(3), Alberta s.28(1) 45 days, Québec s.32)', () => {
    for (const regime of REGIMES) expect(correctionDeadline(regime, '2026-03-02').due).toBe(responseDeadline('2026-03-02', regime).due);
    expect(correctionDeadline('AB_PIPA', '2026-03-02').due).toBe('2026-04-16');
  });
});

describe('the clear index and the status', () => {
  const record = (decision?: CorrectionRequestInput['decision']): CorrectionRequest => ({
    ...input(decision ? { decision } : {}),
    id: 'c1',
    createdAt: '2026-03-02T10:00:00Z',
    updatedAt: '2026-03-02T10:00:00Z',
    reference: 'CR-2026-0001',
  });
  it('holds ids, dates, the Act and the status — never the texts', () => {
    const columns = Object.fromEntries(Object.entries(correctionRequestsRegister.index).map(([k, f]) => [k, f(record())]));
    expect(columns).toEqual({ personId: 'p1', receivedOn: '2026-03-02', regime: 'BC_PIPA', status: 'open', dueOn: '2026-04-15' });
  });
  it('status follows the decision', () => {
    expect(correctionStatus(record({ on: TODAY, outcome: 'corrected', whatChanged: 'x' }))).toBe('corrected');
    expect(correctionStatus(record({ on: TODAY, outcome: 'notCorrected', annotation: 'y' }))).toBe('notCorrected');
  });
});
