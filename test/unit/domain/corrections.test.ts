// Whom a correction is sent to (BC PIPA s.24(2)(b): organisations the information was disclosed to
// "during the year before the date the correction was made"): the window's edges, 29 February,
// one entry per recipient, in the order of first disclosure.
import { describe, expect, it } from 'vitest';
import { annotationsOf, correctionRecipients, correctionWindowStart, recipientIdOf, recipientsToNotify } from '../../../renderer/src/domain/corrections';
import { recipientsForAccessResponse } from '../../../renderer/src/domain/registers/disclosures';

const d = (recipientId: string, disclosedOn: string) => ({ recipientId, disclosedOn });

describe('correctionRecipients: the year before the correction, both ends included', () => {
  const corrected = '2025-06-15';
  it('leaves out the day before the window', () => {
    expect(correctionRecipients([d('a', '2024-06-14')], corrected)).toEqual([]);
  });
  it('includes the first day of the window (the same day a year earlier)', () => {
    expect(correctionRecipients([d('a', '2024-06-15')], corrected)).toEqual(['a']);
  });
  it('includes a disclosure on the day of the correction', () => {
    expect(correctionRecipients([d('a', corrected)], corrected)).toEqual(['a']);
  });
  it('leaves out a disclosure after the correction', () => {
    expect(correctionRecipients([d('a', '2025-06-16')], corrected)).toEqual([]);
  });
  it('keeps 13 months ago out and 2 months ago in', () => {
    expect(correctionRecipients([d('old', '2024-05-15'), d('recent', '2025-04-15')], corrected)).toEqual(['recent']);
  });
});

describe('one year before, around 29 February', () => {
  it('corrected 2025-02-28: the window opens 2024-02-28, so 2024-02-27 is out', () => {
    expect(correctionWindowStart('2025-02-28')).toBe('2024-02-28');
    expect(correctionRecipients([d('out', '2024-02-27'), d('in', '2024-02-28'), d('leap', '2024-02-29')], '2025-02-28')).toEqual(['in', 'leap']);
  });
  it('corrected 2024-02-29: the window opens 2023-02-28 (the earlier reading, notifying more)', () => {
    expect(correctionWindowStart('2024-02-29')).toBe('2023-02-28');
    expect(correctionRecipients([d('out', '2023-02-27'), d('in', '2023-02-28'), d('march', '2023-03-01')], '2024-02-29')).toEqual(['in', 'march']);
  });
  it('corrected 2025-03-01: the window opens 2024-03-01, so the leap day is out', () => {
    expect(correctionRecipients([d('leap', '2024-02-29'), d('in', '2024-03-01')], '2025-03-01')).toEqual(['in']);
  });
  it('century years: 2000 was a leap year (opens 2000-02-28 for 2001-02-28); 1999 was not (2000-02-29 opens 1999-02-28)', () => {
    expect(correctionWindowStart('2001-02-28')).toBe('2000-02-28');
    expect(correctionWindowStart('2000-02-29')).toBe('1999-02-28');
  });
  it('refuses a correction date that is not a date', () => {
    expect(() => correctionRecipients([], '2025-02-30')).toThrow(RangeError);
  });
});

describe('each recipient once, in the order of its first disclosure', () => {
  it('lists a recipient disclosed to three times once', () => {
    expect(correctionRecipients([d('a', '2025-01-01'), d('a', '2025-02-01'), d('a', '2025-03-01')], '2025-06-01')).toEqual(['a']);
  });
  it('keeps the order of first disclosure as given, not alphabetical', () => {
    expect(correctionRecipients([d('c', '2025-01-01'), d('a', '2025-02-01'), d('c', '2025-03-01'), d('b', '2025-04-01')], '2025-06-01')).toEqual(['c', 'a', 'b']);
  });
  it('a recipient outside the window once and inside once is notified', () => {
    expect(correctionRecipients([d('a', '2020-01-01'), d('b', '2025-01-01'), d('a', '2025-05-01')], '2025-06-01')).toEqual(['b', 'a']);
  });
});

describe('recipientIdOf and recipientsToNotify on disclosure records', () => {
  const rec = (name: string, address: string | undefined, disclosedOn: string) => ({ personId: 'p1', disclosedOn, recipient: { kind: 'organisation' as const, name, ...(address ? { address } : {}) } });
  it('one id for the same recipient typed differently, as the access response merges them', () => {
    const a = rec('Example Benefits Inc.', '200 Granville St\nVancouver', '2025-01-01');
    const b = rec('EXAMPLE  benefits inc.', '200 Granville St, Vancouver', '2025-02-01');
    expect(recipientIdOf(a.recipient)).toBe(recipientIdOf(b.recipient));
    expect(recipientsForAccessResponse([a, b], 'p1')).toHaveLength(1);
  });
  it('different addresses are different recipients', () => {
    expect(recipientIdOf({ name: 'Acme', address: 'Victoria' })).not.toBe(recipientIdOf({ name: 'Acme', address: 'Surrey' }));
  });
  it('returns the records’ recipients in the window, earliest first, each once with its first spelling', () => {
    const records = [rec('Late Co', undefined, '2025-05-01'), rec('Old Co', undefined, '2024-01-01'), rec('Early Co', undefined, '2025-01-01'), rec('LATE CO', undefined, '2025-05-20')];
    expect(recipientsToNotify(records, '2025-06-01').map((r) => r.name)).toEqual(['Early Co', 'Late Co']);
  });
});

describe('annotationsOf: the corrections a person asked for and did not get', () => {
  const decided = (personId: string, reference: string, receivedOn: string, decision?: { on: string; outcome: string; annotation?: string }) => ({ personId, reference, receivedOn, ...(decision ? { decision } : {}) });

  it('keeps only this person’s "not corrected" decisions, oldest decision first, with the annotation as recorded', () => {
    const requests = [
      decided('p1', 'CR-2026-0003', '2026-05-01', { on: '2026-05-20', outcome: 'notCorrected', annotation: 'Asked: my start date is 2019, not 2020.' }),
      decided('p1', 'CR-2026-0001', '2026-02-01', { on: '2026-02-10', outcome: 'notCorrected', annotation: 'Asked: spell my name Zoë.' }),
      decided('p1', 'CR-2026-0002', '2026-03-01', { on: '2026-03-05', outcome: 'corrected' }),
      decided('p1', 'CR-2026-0004', '2026-06-01'),
      decided('p2', 'CR-2026-0005', '2026-01-01', { on: '2026-01-05', outcome: 'notCorrected', annotation: 'Someone else’s.' }),
    ];
    expect(annotationsOf(requests, 'p1')).toEqual([
      { reference: 'CR-2026-0001', requestedOn: '2026-02-01', decidedOn: '2026-02-10', text: 'Asked: spell my name Zoë.' },
      { reference: 'CR-2026-0003', requestedOn: '2026-05-01', decidedOn: '2026-05-20', text: 'Asked: my start date is 2019, not 2020.' },
    ]);
    expect(annotationsOf(requests, 'nobody')).toEqual([]);
  });
});
