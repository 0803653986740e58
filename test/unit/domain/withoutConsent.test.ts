// The register of collections, uses and disclosures without consent (policy 3.5): the ground must be
// one the Act gives for that act (PIPEDA s.7; BC PIPA ss.12, 15, 18; Alberta PIPA ss.14, 17, 20;
// Québec ss.6, 12, 18), the provision comes from the ground, and no date lies in the future.
import { describe, expect, it } from 'vitest';
import type { RuleContext } from '../../../renderer/src/domain/registers/definition';
import { withoutConsentRegister, type WithoutConsentEntry, type WithoutConsentInput } from '../../../renderer/src/domain/registers/withoutConsent';
import { REGIMES } from '../../../renderer/src/domain/regime';
import { WITHOUT_CONSENT_ACTS, groundsFor } from '../../../renderer/src/domain/withoutConsentGrounds';
import { ruleViolationOf as violation } from '../../fixtures/accessRequestRecord';

const TODAY = '2026-03-10';
const context: RuleContext = { today: TODAY, get: () => undefined, list: () => [], personKind: () => 'client' };
const schema = withoutConsentRegister.fields('entered');

function input(overrides: Record<string, unknown> = {}): WithoutConsentInput {
  return schema.parse({
    date: '2026-02-01',
    personId: 'p1',
    act: 'disclose',
    regime: 'BC_PIPA',
    what: 'Home address and account balance',
    groundId: 'requiredByLaw',
    purposeId: '',
    notes: '',
    ...overrides,
  });
}
const check = (i: WithoutConsentInput) => () => withoutConsentRegister.check!(i, context);

describe('the fields', () => {
  it('BC PIPA: a disclosure required or authorized by law takes its provision, s.18(1)(o), from the ground', () => {
    const parsed = input();
    expect(parsed.provision).toBe('s.18(1)(o)');
    expect(parsed.purposeId).toBeUndefined();
    expect(parsed.notes).toBeUndefined();
  });

  it('a provision sent with the input is replaced by the ground’s own', () => {
    expect(input({ provision: 's.99' }).provision).toBe('s.18(1)(o)');
    expect(input({ act: 'collect', provision: 's.18(1)(o)' }).provision).toBe('s.12(1)(h)');
  });

  it('requires what was collected, used or disclosed, and refuses an act the register does not know', () => {
    expect(schema.safeParse({ ...input(), what: '  ' }).error?.issues[0]?.message).toBe('validation.required');
    expect(schema.safeParse({ ...input(), act: 'sell' }).success).toBe(false);
    expect(schema.safeParse({ ...input(), regime: 'ON' }).success).toBe(false);
    expect(schema.safeParse({ ...input(), date: '2026-02-30' }).error?.issues[0]?.message).toBe('validation.date');
  });

  it('refuses hidden characters in new input but opens a stored record that holds them, provision as stored', () => {
    const odd = { ...input(), what: 'Address\u202e' };
    expect(schema.safeParse(odd).success).toBe(false);
    const stored = withoutConsentRegister.fields('stored').parse({ ...odd, provision: 's.18(1)(n)' });
    expect(stored.provision).toBe('s.18(1)(n)');
  });
});

describe('rules', () => {
  it('every Act gives at least one ground for each act, and each is accepted', () => {
    for (const regime of REGIMES) {
      for (const act of WITHOUT_CONSENT_ACTS) {
        const grounds = groundsFor(regime, act);
        expect(grounds.length, `${regime} ${act}`).toBeGreaterThan(0);
        for (const ground of grounds) expect(check(input({ regime, act, groundId: ground.id })), `${regime} ${act} ${ground.id}`).not.toThrow();
      }
    }
  });

  it('PIPEDA s.7(3)(e.1): a witness statement for an insurance claim is refused under BC PIPA, naming the Act', () => {
    expect(check(input({ regime: 'PIPEDA', groundId: 'witnessStatement' }))).not.toThrow();
    const parsed = input({ regime: 'BC_PIPA', groundId: 'witnessStatement' });
    expect(parsed.provision).toBe('');
    const error = violation(check(parsed));
    expect(error.rule).toBe('groundNotAllowed');
    expect(error.params).toEqual({ regime: 'BC_PIPA' });
    expect(error.field).toBe('groundId');
    expect(error.message).toMatch(/BC PIPA/);
  });

  it('a ground the Act gives for one act is refused for another (PIPEDA: the lawyer, s.7(3)(a), only for a disclosure)', () => {
    expect(check(input({ regime: 'PIPEDA', act: 'disclose', groundId: 'lawyer' }))).not.toThrow();
    expect(violation(check(input({ regime: 'PIPEDA', act: 'use', groundId: 'lawyer' }))).rule).toBe('groundNotAllowed');
  });

  it('an entry dated in the future is refused on its date; today is accepted', () => {
    const error = violation(check(input({ date: '2026-03-11' })));
    expect(error.rule).toBe('futureDate');
    expect(error.field).toBe('date');
    expect(check(input({ date: TODAY }))).not.toThrow();
  });
});

describe('the definition', () => {
  const entry = (over: Partial<WithoutConsentEntry>): WithoutConsentEntry => ({
    ...input(),
    id: 'x',
    createdAt: '2026-02-01T10:00:00.000Z',
    updatedAt: '2026-02-01T10:00:00.000Z',
    ...over,
  });

  it('indexes only ids, the date, the act and the Act: never what was disclosed or the notes', () => {
    const record = entry({ reference: 'NC-2026-0001', notes: 'Called the police' });
    const clear = Object.fromEntries(Object.entries(withoutConsentRegister.index).map(([k, f]) => [k, f(record)]));
    expect(clear).toEqual({ personId: 'p1', date: '2026-02-01', act: 'disclose', regime: 'BC_PIPA' });
  });

  it('numbers entries NC-YYYY-NNNN by the date of the act, keeps them for ever, and links people and purposes', () => {
    expect(withoutConsentRegister.reference?.prefix).toBe('NC');
    expect(withoutConsentRegister.reference?.dateOf(input({ date: '2025-12-31' }))).toBe('2025-12-31');
    expect(withoutConsentRegister.removal).toBe('never');
    expect(withoutConsentRegister.links).toEqual([
      { field: 'personId', register: 'people' },
      { field: 'purposeId', register: 'purposes', refuseRetired: true },
    ]);
  });

  it('lists newest first and exports the columns the officer asked for', () => {
    const older = entry({ id: 'a', date: '2026-01-05', reference: 'NC-2026-0001' });
    const newer = entry({ id: 'b', date: '2026-02-05', reference: 'NC-2026-0002' });
    expect([older, newer].sort(withoutConsentRegister.compare).map((r) => r.id)).toEqual(['b', 'a']);
    expect(withoutConsentRegister.csv.map((c) => c.id)).toEqual(['reference', 'date', 'person', 'act', 'regime', 'ground', 'provision', 'what']);
    const cells = withoutConsentRegister.csv.map((c) => c.value(newer, { personName: () => 'Ana Silva', label: () => undefined }));
    expect(cells).toEqual([
      'NC-2026-0002',
      '2026-02-05',
      'Ana Silva',
      { term: 'registers.withoutConsent.acts.disclose' },
      { term: 'regimesShort.BC_PIPA' },
      { term: 'withoutConsent.grounds.requiredByLaw' },
      's.18(1)(o)',
      'Home address and account balance',
    ]);
  });
});
