// Small pure pieces the access-request screens rely on: money, time left, holiday reasons and rule
// messages, in both languages.
import { describe, expect, it } from 'vitest';
import { errorMessage } from '../../../renderer/src/ui/errorMessage';
import { RuleViolation } from '../../../renderer/src/domain/ruleViolation';
import { dayOffReason } from '../../../renderer/src/features/accessRequests/dayOffReason';
import { daysLeftText } from '../../../renderer/src/features/accessRequests/format';
import { parseDollars } from '../../../renderer/src/ui/format';
import { createI18n } from '../../../renderer/src/i18n';
import { ValidationError } from '../../../renderer/src/store/errors';
import { holidaysInYear } from '../../../renderer/src/domain/holidays';
import { REGIMES } from '../../../renderer/src/domain/regime';

const en = createI18n('en').t;
const fr = createI18n('fr').t;

describe('parseDollars', () => {
  it('reads amounts as officers type them, in English or French, to whole cents', () => {
    expect(parseDollars('25')).toBe(2500);
    expect(parseDollars('25.5')).toBe(2550);
    expect(parseDollars('$1,250.00')).toBe(125_000);
    expect(parseDollars('25,50')).toBe(2550);
    expect(parseDollars('1 250,00 $')).toBe(125_000);
    expect(parseDollars('0.07')).toBe(7);
  });

  it('refuses what is not an amount', () => {
    for (const text of ['', 'abc', '12.345', '-5', '1.2.3', '25 dollars']) expect(parseDollars(text)).toBeNull();
  });
});

describe('daysLeftText', () => {
  it('says the time left in words, never by colour alone', () => {
    expect(daysLeftText(en, 3)).toEqual({ text: '3 days left', tone: 'soon' });
    expect(daysLeftText(en, 1).text).toBe('1 day left');
    expect(daysLeftText(en, 20)).toEqual({ text: '20 days left', tone: 'ok' });
    expect(daysLeftText(en, 0)).toEqual({ text: 'Due today', tone: 'today' });
    expect(daysLeftText(en, -4)).toEqual({ text: 'Overdue by 4 days', tone: 'overdue' });
    expect(daysLeftText(en, -1).text).toBe('Overdue by 1 day');
    expect(daysLeftText(fr, -4).text).toBe('En retard de 4 jours');
    expect(daysLeftText(fr, 1).text).toBe('1 jour restant');
    expect(daysLeftText(fr, 0).text).toBe('Échéance aujourd’hui');
  });
});

describe('dayOffReason', () => {
  it('translates the holiday named by deadlines.ts and keeps its citation', () => {
    expect(dayOffReason(en, 'Easter Monday (holiday, BC Interpretation Act s.29)')).toBe('Easter Monday (holiday, BC Interpretation Act s.29)');
    expect(dayOffReason(fr, 'Easter Monday (holiday, BC Interpretation Act s.29)')).toBe('Lundi de Pâques (jour férié, BC Interpretation Act s.29)');
    expect(dayOffReason(fr, 'Sunday (holiday, Quebec Interpretation Act s.61(23))')).toBe('Dimanche (jour férié, Quebec Interpretation Act s.61(23))');
    expect(dayOffReason(fr, 'Saturday (not a "day", BC PIPA s.1)')).toBe('Samedi (pas un « jour », BC PIPA s.1)');
  });

  it('has a French name for every holiday deadlines.ts can name, in every regime from 2013 to 2040', () => {
    const untranslated = new Set<string>();
    for (const regime of REGIMES) {
      for (let year = 2013; year <= 2040; year++) {
        for (const reason of holidaysInYear(regime, year).values()) {
          const name = /^(.+) \(holiday, /.exec(reason)?.[1] ?? reason;
          if (dayOffReason(fr, reason).startsWith(name)) untranslated.add(reason);
        }
      }
    }
    // Names that read the same in both languages would show up here; there are none today.
    expect([...untranslated]).toEqual([]);
  });

  it('shows a reason it does not know as it is', () => {
    expect(dayOffReason(fr, 'Some new day (holiday, Act s.1)')).toBe('Some new day (jour férié, Act s.1)');
    expect(dayOffReason(fr, 'Office moved')).toBe('Office moved');
  });
});

describe('errorMessage and RuleViolation', () => {
  it('gives the rule in the officer’s language with its dates formatted, and says nothing was saved', () => {
    const late = new RuleViolation('extensionTooLate', 'An extension notice must be sent within the original time limit, which ended on 2026-04-15.', { due: '2026-04-15' }, 'on');
    expect(errorMessage(en, late)).toBe('An extension notice must be sent within the original time limit, which ended on April 15, 2026. It is too late to extend; respond as soon as possible. Nothing was saved.');
    expect(errorMessage(fr, late)).toBe('L’avis de prolongation doit être envoyé avant la fin du délai initial, qui a pris fin le 15 avril 2026. Il est trop tard pour prolonger; répondez le plus tôt possible. Rien n’a été enregistré.');
  });

  it('names the step and the status in words', () => {
    const notNow = new RuleViolation('notAllowedNow', '“extend” is not possible while the request is responded.', { action: 'extend', status: 'responded' });
    expect(errorMessage(en, notNow)).toBe('“Extend time” is not possible while the request is “Responded”. Nothing was saved.');
    expect(errorMessage(fr, notNow)).toBe('« Prolonger le délai » n’est pas possible lorsque la demande est à l’état « Réponse donnée ». Rien n’a été enregistré.');
  });

  it('has a sentence for every rule the workflow and the store can break', () => {
    const rules = [
      'invalidDate', 'futureDate', 'beforeReceipt', 'notAllowedNow', 'feeWithoutEstimate', 'feeWithoutDirection', 'paidBeforeEstimate',
      'feeAlreadySent', 'feeEstimateRequired', 'feeDeposit', 'feeBasisRequired', 'feeEmployee', 'feeNoDeposit', 'feeOnlyBases', 'noExtension', 'alreadyExtended', 'extensionTooLate',
      'extensionGround', 'extensionReasons', 'extensionNotLater', 'extensionTooLong', 'decisionRequired', 'refusalGround', 'decisionItem',
      'closedRequest', 'personFixed', 'dueFixed', 'referenceYear', 'changedMeanwhile', 'letterMismatch', 'repealedProvision',
      'caiOnlyQuebec', 'caiAlreadyApplied', 'caiApplicationTooLate', 'caiReasons', 'caiNoApplication', 'caiAlreadyDecided', 'caiDecisionBeforeApplication',
      'clockStopNotInAct', 'clockStopKind', 'clockAlreadyStopped', 'clockStopNoEstimate', 'clockStopBeforeEstimate', 'clockStopAfterDue',
      'clockStopEndBeforeStart', 'clockStopOverlap', 'clockNotStopped',
    ];
    for (const t of [en, fr]) {
      for (const rule of rules) {
        const text = errorMessage(t, new RuleViolation(rule, 'x', { date: '2026-01-02', received: '2026-01-01', due: '2026-01-03', max: '2026-02-01', item: 1, action: 'extend', status: 'received', regime: 'QC', section: '33', applied: '2026-01-02', start: '2026-01-02', provision: 's.23(3)(d)' }));
        expect(text, rule).not.toContain('{{');
        expect(text, rule).not.toContain(t('rules.unknown'));
      }
    }
  });

  it('still translates store errors by code', () => {
    expect(errorMessage(fr, new ValidationError({ personId: 'validation.personMissing' }))).toBe('Certains champs ne sont pas valides. Rien n’a été enregistré.');
  });
});
