// @vitest-environment jsdom
// The strength meter's bars say what its words say: "1 of 4" lights one bar of four.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nextProvider } from 'react-i18next';
import { StrengthMeter } from '../../../renderer/src/features/passphrase/StrengthMeter';
import type { Strength } from '../../../renderer/src/features/passphrase/strength';
import { createI18n } from '../../../renderer/src/i18n';

afterEach(cleanup);

function meter(score: Strength['score']) {
  const strength = { score, warning: '', suggestions: [] } as unknown as Strength;
  render(
    <I18nextProvider i18n={createI18n('en')}>
      <StrengthMeter strength={strength} empty={false} />
    </I18nextProvider>,
  );
  const element = screen.getByRole('meter');
  const bars = Array.from(element.children);
  return { element, bars, lit: bars.filter((bar) => bar.getAttribute('data-filled') === 'true').length };
}

describe('StrengthMeter', () => {
  for (const score of [0, 1, 2, 3, 4] as const) {
    it(`lights ${score} of 4 bars when it says "${score} of 4"`, () => {
      const { element, bars, lit } = meter(score);
      expect(element.getAttribute('aria-valuetext')).toContain(`(${score} of 4)`);
      expect(bars).toHaveLength(4);
      expect(lit).toBe(score);
    });
  }
});
