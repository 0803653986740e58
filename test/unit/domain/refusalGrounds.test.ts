// The refusal grounds each Act offers, the provisions that are repealed (and that the workflow and the
// refusal letter both refuse), and the grounds that oblige the officer to write to the commissioner.
import { describe, expect, it } from 'vitest';
import { applyAction, type AccessAction } from '../../../renderer/src/domain/accessWorkflow';
import { accessLetterContent } from '../../../renderer/src/domain/letters/accessLetterContent';
import {
  REFUSAL_GROUNDS,
  REPEALED_PROVISIONS,
  assertNotRepealed,
  commissionerNotices,
  findRefusalGround,
  groundForProvision,
  provisionKey,
  repealedProvision,
} from '../../../renderer/src/domain/refusalGrounds';
import { REGIMES } from '../../../renderer/src/domain/regime';
import { letterInput, receivedRequest, requestFor } from '../letters/accessLetterFixtures';
import { ruleViolationOf as violation } from '../../fixtures/accessRequestRecord';


const provisionsOf = (regime: keyof typeof REFUSAL_GROUNDS) => REFUSAL_GROUNDS[regime].map((g) => g.provision);

describe('repealed provisions', () => {
  it('no standard ground cites a repealed provision', () => {
    for (const regime of REGIMES) {
      for (const ground of REFUSAL_GROUNDS[regime]) expect(repealedProvision(regime, ground.provision), ground.id).toBeUndefined();
    }
  });

  it('BC PIPA: s.23(3)(d) is repealed; the mediator or arbitrator ground is s.23(3)(e)', () => {
    expect(REPEALED_PROVISIONS.BC_PIPA).toContain('s.23(3)(d)');
    expect(findRefusalGround('BC_PIPA:23(3)(d)')).toBeUndefined();
    expect(findRefusalGround('BC_PIPA:23(3)(e)')?.label.en).toMatch(/mediator or arbitrator/);
  });

  it('BC PIPA: typed variants of s.23(3)(d) are caught, with a message naming the provision', () => {
    for (const typed of ['s.23(3)(d)', '23(3)(d)', 's. 23(3)(d)', 'S.23 (3) (d)', 'section 23(3)(d)', 'art. 23(3)d)', 's.23(3)(d)(i)']) {
      const error = violation(() => assertNotRepealed('BC_PIPA', typed, 'items.0.provision'));
      expect(error.rule, typed).toBe('repealedProvision');
      expect(error.params).toEqual({ provision: 's.23(3)(d)', regime: 'BC_PIPA' });
      expect(error.field).toBe('items.0.provision');
      expect(error.message).toContain('s.23(3)(d) of BC PIPA is repealed');
    }
    for (const inForce of ['s.23(3)(e)', 's.23(3)', 's.23(4)(d)', 's.123(3)(d)']) expect(() => assertNotRepealed('BC_PIPA', inForce)).not.toThrow();
    // Repeal is per Act: PIPEDA has no s.23(3)(d) to repeal.
    expect(() => assertNotRepealed('PIPEDA', 's.23(3)(d)')).not.toThrow();
  });

  it('reads provisions the way officers type them', () => {
    expect(provisionKey(' S. 9 (3) (c.1) ')).toBe('9(3)(c.1)');
    expect(provisionKey('art. 23(3)a)')).toBe('23(3)(a)');
    expect(groundForProvision('PIPEDA', 's. 9(3)(c.1)')?.id).toBe('PIPEDA:9(3)(c.1)');
    expect(groundForProvision('PIPEDA', '')).toBeUndefined();
  });
});

describe('BC PIPA: the workflow and the refusal letter refuse a repealed provision', () => {
  const item = (provision: string) => ({ description: 'Mediation notes', outcome: 'withheld' as const, ground: 'Mediator’s notes.', provision });

  it('BC PIPA: respond refuses an item withheld under s.23(3)(d), on that item’s provision field, and changes nothing', () => {
    const request = receivedRequest('BC_PIPA');
    const action: AccessAction = { type: 'respond', on: '2026-11-05', items: [{ description: 'Intake form', outcome: 'disclosed' }, item('s. 23(3)(d)')], uses: 'Counselling.', disclosedTo: 'No one.', enclosed: 'Copies.' };
    const error = violation(() => applyAction(request, action, { today: '2026-11-05', at: '2026-11-05T18:00:00.000Z' }));
    expect(error.rule).toBe('repealedProvision');
    expect(error.field).toBe('items.1.provision');
    expect(request.status).toBe('received');
    expect(request.decision).toEqual([]);
    // The ground in force is accepted.
    expect(applyAction(request, { ...action, items: [item('s.23(3)(e)')] } as AccessAction, { today: '2026-11-05', at: '2026-11-05T18:00:00.000Z' }).status).toBe('refusedInFull');
  });

  it('BC PIPA: the refusal letter refuses a record that still cites s.23(3)(d)', () => {
    const refused = requestFor('refusal', 'BC_PIPA');
    const request = { ...refused, decision: refused.decision.map((d) => (d.outcome === 'withheld' ? { ...d, provision: '23(3)(d)' } : d)) };
    expect(violation(() => accessLetterContent(letterInput('refusal', 'BC_PIPA', 'en', { request }))).rule).toBe('repealedProvision');
  });
});

describe('grounds added to complete each Act’s list', () => {
  it('BC PIPA: s.23(3)(f) solicitor’s lien and s.30(2) refuse to confirm or deny are offered, both discretionary', () => {
    expect(provisionsOf('BC_PIPA')).toEqual(expect.arrayContaining(['s.23(3)(e)', 's.23(3)(f)', 's.30(2)']));
    expect(findRefusalGround('BC_PIPA:23(3)(f)')).toMatchObject({ mandatory: false, label: { en: expect.stringMatching(/solicitor’s lien/) } });
    expect(findRefusalGround('BC_PIPA:30(2)')).toMatchObject({ mandatory: false, label: { en: expect.stringMatching(/neither confirm nor deny.*investigation/) } });
  });

  it('PIPEDA: s.9(2.4) is mandatory and its letter label does not mention an institution (s.9(2.4)(c))', () => {
    const g = findRefusalGround('PIPEDA:9(2.4)')!;
    expect(g.mandatory).toBe(true);
    expect(g.label.en).toBe('The Act requires us to refuse access to this information.');
    for (const label of [g.label.en, g.label.fr]) expect(label).not.toMatch(/institution|gouvern|object|oppos|national|sécurité|security/i);
    expect(g.notifyCommissioner).toEqual({ provision: 's.9(2.4)(b)', silence: 's.9(2.4)(c)' });
  });

  it('PIPEDA: s.9(3)(e) (Public Servants Disclosure Protection Act) is discretionary', () => {
    const g = findRefusalGround('PIPEDA:9(3)(e)')!;
    expect(g.mandatory).toBe(false);
    expect(g.label.en).toMatch(/Public Servants Disclosure Protection Act/);
    expect(g.label.fr).toMatch(/Loi sur la protection des fonctionnaires divulgateurs d’actes répréhensibles/);
  });

  it('Québec: s.38 (under 14, medical or social information) and s.41 are mandatory, like s.40', () => {
    expect(provisionsOf('QC')).toEqual(['s.37', 's.38', 's.39(1)', 's.39(2)', 's.40', 's.41']);
    for (const id of ['QC:38', 'QC:40', 'QC:41']) expect(findRefusalGround(id)?.mandatory, id).toBe(true);
    expect(findRefusalGround('QC:38')?.label.en).toMatch(/under 14.*medical or social/);
  });
});

describe('PIPEDA: grounds that oblige a written notice to the Commissioner', () => {
  it('PIPEDA: s.9(3)(c.1) calls for a notice under s.9(5); s.9(2.4) under s.9(2.4)(b); each named once', () => {
    const notices = commissionerNotices(['PIPEDA:9(3)(c.1)', 'PIPEDA:9(3)(a)', 'PIPEDA:9(2.4)', 'PIPEDA:9(3)(c.1)', 'nonsense']);
    expect(notices.map((g) => [g.id, g.notifyCommissioner?.provision])).toEqual([
      ['PIPEDA:9(3)(c.1)', 's.9(5)'],
      ['PIPEDA:9(2.4)', 's.9(2.4)(b)'],
    ]);
    expect(commissionerNotices(['BC_PIPA:23(3)(c)', 'PIPEDA:9(1)'])).toEqual([]);
  });
});
