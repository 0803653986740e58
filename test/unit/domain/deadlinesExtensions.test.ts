// Extensions of the time limit, Quebec's (granted only by the CAI), and the planning date that office closures
// produce without ever moving a statutory deadline. Expected dates were counted by hand.
import { describe, expect, it } from 'vitest';
import {
  QC_CAI_EXTENSION,
  extensionDeadline,
  extensionRule,
  planningDate,
  responseDeadline,
  type ExtensionGround,
} from '../../../renderer/src/domain/deadlines';
import type { Regime } from '../../../renderer/src/domain/regime';

describe('PIPEDA extensions, s.8(4)', () => {
  it('PIPEDA: lists interference and consultations (30 days) and alternative format (no cap); no commissioner permission', () => {
    const rule = extensionRule('PIPEDA');
    expect(rule?.grounds.map((g) => [g.ground, g.maxDays, g.citation.section])).toEqual([
      ['interference', 30, 's.8(4)(a)(i)'],
      ['consultation', 30, 's.8(4)(a)(ii)'],
      ['alternativeFormat', null, 's.8(4)(b)'],
    ]);
    expect(rule).toMatchObject({ regime: 'PIPEDA', noticeWithinOriginalPeriod: true, longerWithCommissionerPermission: false });
    expect(rule?.rule.section).toBe('s.8(4)');
  });

  it('PIPEDA: the extended limit is 60 days from receipt, not 30 days after the rolled original deadline', () => {
    // Day 30 is Easter Sunday 5 April 2026, so the original deadline rolls to Tuesday 7 April; the
    // extension counts 60 days from receipt: Tuesday 5 May (not 7 May).
    expect(responseDeadline('2026-03-06', 'PIPEDA').due).toBe('2026-04-07');
    const extended = extensionDeadline('2026-03-06', 'PIPEDA', 'interference');
    expect(extended).toMatchObject({ due: '2026-05-05', days: 60, unit: 'calendarDays', maxDays: 30, skipped: [] });
    expect(extended.counted).toHaveLength(60);
    expect(extended.rule.note.en).toMatch(/60 days counted from receipt/);
  });

  it('PIPEDA: an extended limit ending on Victoria Day moves to the Tuesday', () => {
    const extended = extensionDeadline('2026-03-19', 'PIPEDA', 'consultation');
    expect(extended.due).toBe('2026-05-19');
    expect(extended.skipped.map((s) => s.date)).toEqual(['2026-05-18']);
  });

  it('PIPEDA: year end and leap year extensions', () => {
    expect(extensionDeadline('2025-12-15', 'PIPEDA', 'interference').due).toBe('2026-02-13');
    const leap = extensionDeadline('2028-01-15', 'PIPEDA', 'interference');
    expect(leap.due).toBe('2028-03-15');
    expect(leap.counted).toContain('2028-02-29');
  });

  it('PIPEDA: alternative format has no fixed cap; the date given is the original deadline, for the notice', () => {
    const extended = extensionDeadline('2026-03-06', 'PIPEDA', 'alternativeFormat');
    expect(extended).toMatchObject({ due: '2026-04-07', days: 30, maxDays: null });
    expect(extended.rule.section).toBe('s.8(4)(b)');
    expect(extended.rule.note.en).toMatch(/no fixed cap/);
  });
});

describe('BC PIPA extensions, s.31', () => {
  it('BC PIPA: three grounds of up to 30 more days, longer with the commissioner\'s permission', () => {
    const rule = extensionRule('BC_PIPA');
    expect(rule?.grounds.map((g) => [g.ground, g.maxDays, g.citation.section])).toEqual([
      ['insufficientDetail', 30, 's.31(1)(a)'],
      ['largeVolume', 30, 's.31(1)(b)'],
      ['consultation', 30, 's.31(1)(c)'],
    ]);
    expect(rule).toMatchObject({ noticeWithinOriginalPeriod: true, longerWithCommissionerPermission: true });
    expect(rule?.rule.note.en).toMatch(/s\.31\(2\)/);
  });

  it('BC PIPA: 30 more days (not Saturdays or holidays) run on from the original 30', () => {
    for (const ground of ['insufficientDetail', 'largeVolume', 'consultation'] as const) {
      const extended = extensionDeadline('2026-03-02', 'BC_PIPA', ground);
      expect(extended).toMatchObject({ due: '2026-05-28', days: 60, unit: 'businessDays', maxDays: 30 });
      expect(extended.skipped.map((s) => s.date)).toEqual(['2026-04-03', '2026-04-06', '2026-05-18']);
    }
  });

  it('BC PIPA: an extension over the year end and Family Day', () => {
    const extended = extensionDeadline('2025-12-15', 'BC_PIPA', 'largeVolume');
    expect(extended.due).toBe('2026-03-13');
    expect(extended.skipped.map((s) => s.date)).toEqual(['2025-12-25', '2025-12-26', '2026-01-01', '2026-02-16']);
  });
});

describe('AB PIPA extensions, s.31', () => {
  it('AB PIPA: 45 + 30 = 75 calendar days from receipt; a Saturday is a valid last day', () => {
    expect(extensionDeadline('2026-03-02', 'AB_PIPA', 'consultation')).toMatchObject({ due: '2026-05-16', days: 75, maxDays: 30 });
  });

  it('AB PIPA: an extended limit ending on Victoria Day moves to the Tuesday', () => {
    expect(extensionDeadline('2026-03-04', 'AB_PIPA', 'largeVolume').due).toBe('2026-05-19');
    expect(extensionRule('AB_PIPA')).toMatchObject({ longerWithCommissionerPermission: true, noticeWithinOriginalPeriod: true });
  });
});

describe('Quebec: only the Commission extends the time (P-39.1 s.46)', () => {
  it('QC: the organization has no extension of its own; the rule cited is the CAI\'s, s.46', () => {
    expect(extensionRule('QC')).toBeNull();
    expect(QC_CAI_EXTENSION.section).toMatch(/s\.46/);
    expect(QC_CAI_EXTENSION.act).toMatch(/P-39\.1/);
    expect(QC_CAI_EXTENSION.note.en).toMatch(/Commission d'accès à l'information, which may extend the time/);
    expect(QC_CAI_EXTENSION.note.fr).toMatch(/demander à la Commission/);
  });

  it('QC: no rule text says the Act allows no extension', () => {
    for (const text of [QC_CAI_EXTENSION.note.en, QC_CAI_EXTENSION.note.fr]) {
      expect(text).not.toMatch(/no power to extend|does not let|ne permet pas de prolonger|ne permet pas à une entreprise/);
    }
  });

  it('QC: extensionDeadline refuses with a RangeError that points at the CAI', () => {
    for (const ground of ['interference', 'consultation', 'largeVolume'] as const) {
      expect(() => extensionDeadline('2026-03-02', 'QC', ground)).toThrow(RangeError);
    }
    expect(() => extensionDeadline('2026-03-02', 'QC', 'consultation')).toThrow(/only the Commission d'accès à l'information can.*s\.46/);
  });
});

describe('grounds a regime does not have, and invalid input', () => {
  it('refuses a ground that is not in the regime\'s Act, naming the grounds it has', () => {
    expect(() => extensionDeadline('2026-03-02', 'BC_PIPA', 'interference')).toThrow(
      '"interference" is not a ground for extending the time limit under Personal Information Protection Act (British Columbia). Its grounds are: insufficientDetail, largeVolume, consultation.',
    );
    expect(() => extensionDeadline('2026-03-02', 'PIPEDA', 'largeVolume')).toThrow(RangeError);
    expect(() => extensionDeadline('2026-03-02', 'AB_PIPA', 'alternativeFormat')).toThrow(RangeError);
    expect(() => extensionDeadline('2026-03-02', 'AB_PIPA', 'whenever' as ExtensionGround)).toThrow(RangeError);
  });

  it('refuses invalid dates and regimes', () => {
    expect(() => extensionDeadline('2026-04-31', 'PIPEDA', 'interference')).toThrow(RangeError);
    expect(() => extensionRule('NS' as Regime)).toThrow(/Unknown privacy regime/);
    expect(() => extensionDeadline('2026-03-02', 'NS' as Regime, 'interference')).toThrow(/Unknown privacy regime/);
  });
});

describe('planningDate: office closures never move a statutory deadline', () => {
  it('BC PIPA: closures on the last two days bring the send-by date back to the Monday', () => {
    expect(planningDate('2026-04-15', 'BC_PIPA', ['2026-04-15', '2026-04-14'])).toEqual({
      sendBy: '2026-04-13',
      closuresInPeriod: ['2026-04-14', '2026-04-15'],
    });
    expect(responseDeadline('2026-03-02', 'BC_PIPA').due).toBe('2026-04-15');
  });

  it('BC PIPA: the send-by date skips back over the Sunday and the Saturday', () => {
    expect(planningDate('2026-04-20', 'BC_PIPA', ['2026-04-20']).sendBy).toBe('2026-04-17');
  });

  it('PIPEDA: a Saturday deadline is a working date unless the office says it is closed', () => {
    expect(planningDate('2026-04-04', 'PIPEDA', []).sendBy).toBe('2026-04-04');
    expect(planningDate('2026-04-04', 'PIPEDA', ['2026-04-04']).sendBy).toBe('2026-04-02'); // back past Good Friday
    expect(planningDate('2026-04-04', 'AB_PIPA', ['2026-04-04']).sendBy).toBe('2026-04-02');
  });

  it('QC: back past 24 June', () => {
    expect(planningDate('2026-06-25', 'QC', ['2026-06-25']).sendBy).toBe('2026-06-23');
  });

  it('lists only the closures inside the response period, sorted and without repeats', () => {
    const plan = planningDate('2026-04-01', 'PIPEDA', ['2026-03-15', '2026-03-02', '2026-04-02', '2025-12-25', '2026-03-15']);
    expect(plan).toEqual({ sendBy: '2026-04-01', closuresInPeriod: ['2026-03-15'] });
    expect(planningDate('2026-04-15', 'BC_PIPA', ['2026-03-02', '2026-03-03']).closuresInPeriod).toEqual(['2026-03-03']);
  });

  it('takes the period from the day of receipt when given (e.g. an extended period)', () => {
    expect(planningDate('2026-05-05', 'PIPEDA', ['2026-03-20', '2026-04-20', '2026-03-06'], '2026-03-06').closuresInPeriod).toEqual(['2026-03-20', '2026-04-20']);
  });

  it('a long closure brings the send-by date before it, past the weekend', () => {
    const closures: string[] = [];
    for (let d = Date.UTC(2026, 2, 1); d <= Date.UTC(2026, 3, 15); d += 86_400_000) closures.push(new Date(d).toISOString().slice(0, 10));
    expect(planningDate('2026-04-15', 'BC_PIPA', closures).sendBy).toBe('2026-02-27');
  });

  it('the send-by date is never after the deadline, never closed, and the deadline never changes', () => {
    const regimes: Regime[] = ['BC_PIPA', 'PIPEDA', 'AB_PIPA', 'QC'];
    for (const regime of regimes) {
      for (let d = Date.UTC(2025, 10, 1); d < Date.UTC(2026, 11, 31); d += 86_400_000 * 5) {
        const received = new Date(d).toISOString().slice(0, 10);
        const { due } = responseDeadline(received, regime);
        const around = [-2, -1, 0, 1].map((k) => new Date(Date.parse(`${due}T00:00:00Z`) + k * 86_400_000).toISOString().slice(0, 10));
        const plan = planningDate(due, regime, around);
        expect(plan.sendBy <= due, `${regime} ${received}`).toBe(true);
        expect(around.slice(0, 3)).not.toContain(plan.sendBy);
        expect(responseDeadline(received, regime).due).toBe(due);
        expect(planningDate(due, regime, []).sendBy).toBe(due); // no closures: send by the deadline itself
      }
    }
  });

  it('refuses closures that are not dates, and an invalid deadline', () => {
    expect(() => planningDate('2026-04-15', 'BC_PIPA', ['2026-02-30'])).toThrow(RangeError);
    expect(() => planningDate('2026-04-15', 'BC_PIPA', [42 as unknown as string])).toThrow(RangeError);
    expect(() => planningDate('15/04/2026', 'BC_PIPA', [])).toThrow(RangeError);
    expect(() => planningDate('2026-04-15', 'BC_PIPA', [], '2026-13-01')).toThrow(RangeError);
  });
});
