// The grounds each Act gives for collecting, using or disclosing personal information without
// consent (PIPEDA s.7; BC PIPA ss.12, 15, 18; Alberta PIPA ss.14, 17, 20; Québec ss.6, 12, 18).
import { describe, expect, it } from 'vitest';
import en from '../../../renderer/src/i18n/en.json';
import fr from '../../../renderer/src/i18n/fr.json';
import { REGIMES } from '../../../renderer/src/domain/regime';
import {
  WITHOUT_CONSENT_ACTS,
  WITHOUT_CONSENT_GROUND_IDS,
  groundsFor,
  isGroundAllowed,
  withoutConsentGround,
} from '../../../renderer/src/domain/withoutConsentGrounds';

const labels = (d: unknown) => (d as { withoutConsent: { grounds: Record<string, string> } }).withoutConsent.grounds;

describe('grounds without consent', () => {
  it('every Act gives grounds for each of collecting, using and disclosing', () => {
    for (const regime of REGIMES) {
      for (const act of WITHOUT_CONSENT_ACTS) expect(groundsFor(regime, act).length, `${regime} ${act}`).toBeGreaterThan(0);
    }
  });

  it('a ground appears once per Act and act, with a provision written "s.…"', () => {
    for (const regime of REGIMES) {
      for (const act of WITHOUT_CONSENT_ACTS) {
        const ids = groundsFor(regime, act).map((g) => g.id);
        expect(new Set(ids).size, `${regime} ${act}`).toBe(ids.length);
        for (const ground of groundsFor(regime, act)) expect(ground.provision, ground.id).toMatch(/^s\.\d/);
      }
    }
  });

  it('every ground has a label in English and French, and every label a ground', () => {
    const used = new Set(REGIMES.flatMap((r) => WITHOUT_CONSENT_ACTS.flatMap((a) => groundsFor(r, a).map((g) => g.id))));
    expect([...used].sort()).toEqual([...WITHOUT_CONSENT_GROUND_IDS].sort());
    expect(Object.keys(labels(en)).sort()).toEqual([...WITHOUT_CONSENT_GROUND_IDS].sort());
    expect(Object.keys(labels(fr)).sort()).toEqual([...WITHOUT_CONSENT_GROUND_IDS].sort());
  });

  it('BC PIPA: disclosure required or authorized by law is s.18(1)(o)', () => {
    expect(withoutConsentGround('BC_PIPA', 'disclose', 'requiredByLaw')?.provision).toBe('s.18(1)(o)');
  });

  it('BC PIPA: debt collection is a ground for each act, s.12(1)(g), s.15(1)(g), s.18(1)(g)', () => {
    expect(withoutConsentGround('BC_PIPA', 'collect', 'debtCollection')?.provision).toBe('s.12(1)(g)');
    expect(withoutConsentGround('BC_PIPA', 'use', 'debtCollection')?.provision).toBe('s.15(1)(g)');
    expect(withoutConsentGround('BC_PIPA', 'disclose', 'debtCollection')?.provision).toBe('s.18(1)(g)');
  });

  it('PIPEDA: a witness statement for an insurance claim (s.7(3)(e.1)) is not a ground under BC PIPA', () => {
    expect(isGroundAllowed('PIPEDA', 'disclose', 'witnessStatement')).toBe(true);
    for (const act of WITHOUT_CONSENT_ACTS) expect(isGroundAllowed('BC_PIPA', act, 'witnessStatement')).toBe(false);
  });

  it('PIPEDA: the lawyer ground, s.7(3)(a), is for disclosure only', () => {
    expect(withoutConsentGround('PIPEDA', 'disclose', 'lawyer')?.provision).toBe('s.7(3)(a)');
    expect(isGroundAllowed('PIPEDA', 'collect', 'lawyer')).toBe(false);
    expect(isGroundAllowed('PIPEDA', 'use', 'lawyer')).toBe(false);
  });

  it('Québec: disclosure to the enterprise’s attorney is s.18(1); use for a consistent purpose is s.12(1)', () => {
    expect(withoutConsentGround('QC', 'disclose', 'lawyer')?.provision).toBe('s.18(1)');
    expect(withoutConsentGround('QC', 'use', 'consistentPurpose')?.provision).toBe('s.12(1)');
    expect(isGroundAllowed('QC', 'disclose', 'consistentPurpose')).toBe(false);
  });

  it('an unknown ground id is never allowed', () => {
    expect(isGroundAllowed('PIPEDA', 'disclose', 'because')).toBe(false);
    expect(isGroundAllowed('PIPEDA', 'disclose', '')).toBe(false);
  });
});
