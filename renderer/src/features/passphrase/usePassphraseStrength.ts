import { useEffect, useState } from 'react';
import { estimateStrength, type Strength } from './strength';

/** The live estimate for what is typed; null while empty or while the dictionaries load. */
export function usePassphraseStrength(passphrase: string, userInputs: readonly string[] = []): Strength | null {
  const [result, setResult] = useState<{ for: string; strength: Strength } | null>(null);
  const inputsKey = userInputs.join('\u0000');
  useEffect(() => {
    if (!passphrase) return;
    let current = true;
    estimateStrength(passphrase, inputsKey ? inputsKey.split('\u0000') : []).then(
      (strength) => {
        if (current) setResult({ for: passphrase, strength });
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [passphrase, inputsKey]);
  // Keep showing the previous estimate while the next one computes (a microtask), to avoid flicker.
  return passphrase ? (result?.strength ?? null) : null;
}
