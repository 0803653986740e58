// zxcvbn-ts with the common and English dictionaries. They weigh ~1.5 MB, so they load on first use
// (a separate chunk) rather than with the app. Feedback comes back as translation keys (no
// translations passed), which the screens translate through i18n (zxcvbn.warnings.*, .suggestions.*).
import type { ZxcvbnResult } from '@zxcvbn-ts/core';

export const MIN_PASSPHRASE_LENGTH = 12;
/** zxcvbn's "safely unguessable" band (≈10^10 guesses): the vault refuses anything weaker. */
export const MIN_PASSPHRASE_SCORE = 3;

export interface Strength {
  score: 0 | 1 | 2 | 3 | 4;
  warning: string | null;
  suggestions: string[];
}

type Checker = (passphrase: string, userInputs?: string[]) => ZxcvbnResult;
let checker: Promise<Checker> | null = null;

function loadChecker(): Promise<Checker> {
  checker ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common'), import('@zxcvbn-ts/language-en')]).then(
    ([core, common, english]) => {
      const factory = new core.ZxcvbnFactory({
        dictionary: { ...common.dictionary, ...english.dictionary },
        graphs: common.adjacencyGraphs,
        useLevenshteinDistance: true,
      });
      return (passphrase, userInputs) => factory.check(passphrase, userInputs);
    },
  );
  return checker;
}

export async function estimateStrength(passphrase: string, userInputs: string[] = []): Promise<Strength> {
  const check = await loadChecker();
  // zxcvbn's cost grows with length; beyond 100 characters the score is 4 anyway.
  const result = check(passphrase.slice(0, 100), userInputs);
  return { score: result.score, warning: result.feedback.warning, suggestions: result.feedback.suggestions };
}
