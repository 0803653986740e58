// @vitest-environment jsdom
// The request page shows the statutory due date and the policy's promise side by side, and the
// date to answer by with which of the two governs. Dates counted by hand (2026: Good Friday 3 April).
import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { RequestPage } from '../../../renderer/src/features/accessRequests/RequestPage';
import { FakeVaultGate, sampleRequest, STRONG_PASSPHRASE, type SeedRequest } from '../app/fakes';
import { renderUnlocked } from '../app/render';
import { createI18n } from '../../../renderer/src/i18n';

const TODAY = '2026-03-16';

async function openRequest(overrides: Partial<SeedRequest> = {}) {
  const gate = FakeVaultGate.withVault({ today: TODAY });
  const [person] = gate.people().seed([{ kind: 'client', givenName: 'Amélie', familyName: 'Tremblay' }]);
  gate.accessRequests().seed([sampleRequest(person!.id, { id: 'r1', ...overrides })]);
  renderUnlocked(<RequestPage requestId="r1" />, await gate.unlock(STRONG_PASSPHRASE));
  await screen.findByRole('heading', { level: 1, name: /AR-2026-0001/ });
  return screen.queryByTestId('answer-by');
}

beforeEach(() => {
  window.location.hash = '#/requests/r1';
});

describe('access request page: the policy’s promise', () => {
  it('Alberta: shows the Act’s 45 days and the policy’s earlier 30 business days, and says the policy governs', async () => {
    const line = await openRequest({ regime: 'AB_PIPA' });
    expect(screen.getByText('Due April 16, 2026')).toBeTruthy();
    expect(line?.textContent).toContain('Our policy: answer by April 14, 2026 (30 business days).');
    expect(line?.textContent).toContain('Answer by April 14, 2026 — the policy governs');
    // The record keeps both dates.
    expect(screen.getByText('April 14, 2026 (30 business days)')).toBeTruthy();
  }, 120_000);

  it('PIPEDA: the Act’s 30 calendar days come first, so the Act governs', async () => {
    const line = await openRequest({ regime: 'PIPEDA' });
    expect(line?.textContent).toContain('Our policy: answer by April 15, 2026 (30 business days).');
    expect(line?.textContent).toContain('Answer by April 1, 2026 — the Act governs');
  }, 120_000);

  it('Alberta: once an extension notice was sent, the extended statutory date governs and the policy is met', async () => {
    const line = await openRequest({
      regime: 'AB_PIPA',
      status: 'extended',
      extension: { ground: 'largeVolume', reasons: 'Many boxes', newDue: '2026-05-18', noticeOn: '2026-03-13' },
    });
    expect(line?.textContent).toContain('The time was extended by a written notice, which meets the policy’s promise.');
    expect(line?.textContent).toContain('Answer by May 18, 2026 — the Act governs');
  }, 120_000);

  it('BC: the Act’s 30 days (s.1) and the policy’s 30 business days give the same date', async () => {
    const line = await openRequest({ regime: 'BC_PIPA' });
    expect(line?.textContent).toContain('Answer by April 15, 2026 — the Act and the policy give the same date');
  }, 120_000);

  it('says nothing about answering once the request is closed', async () => {
    expect(await openRequest({ status: 'responded', respondedOn: '2026-03-10', closedOn: '2026-03-10' })).toBeNull();
  }, 120_000);
});

describe('l’engagement de la politique, en français', () => {
  it('has every string in French, in statutory French with a non-breaking space before the colon', async () => {
    const { default: fr } = await import('../../../renderer/src/i18n/fr.json');
    const { default: en } = await import('../../../renderer/src/i18n/en.json');
    const keys = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]));
    const noMany = (list: string[]) => list.filter((k) => !k.endsWith('_many')).sort();
    expect(noMany(keys(fr.accessRequests.policy))).toEqual(keys(en.accessRequests.policy).sort());
    expect(keys(fr.settings.policyPromise).sort()).toEqual(keys(en.settings.policyPromise).sort());
    const t = createI18n('fr').t;
    expect(t('accessRequests.policy.policyLine', { date: '15 avril 2026', promise: t('accessRequests.policy.promise.businessDays', { count: 30 }) })).toBe(
      'Notre politique\u00a0: réponse d’ici le 15 avril 2026 (30 jours ouvrables).',
    );
    expect(t('accessRequests.policy.answerBy', { date: '15 avril 2026', governs: t('accessRequests.policy.governs.policy') })).toBe(
      'Répondre d’ici le 15 avril 2026 — la date de la politique s’applique',
    );
    expect(t('accessRequests.policy.promise.calendarDays', { count: 1 })).toBe('1 jour civil');
  });
});
