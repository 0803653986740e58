// A message kept in state as a way to word it, not as words: a status line set in English reads in
// French as soon as the officer switches language, instead of staying behind in the old language.
import type { TFunction } from 'i18next';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Words a message in the current language; dates go through t('format.locale'), not a captured formatter. */
export type Wording = (t: TFunction) => string;

export function useWording(): [string | null, (wording: Wording | null) => void] {
  const { t } = useTranslation();
  const [wording, setWordingState] = useState<{ wording: Wording } | null>(null);
  // Wrapped: useState would call a bare function as an updater.
  const setWording = useCallback((next: Wording | null) => setWordingState(next ? { wording: next } : null), []);
  return [wording ? wording.wording(t) : null, setWording];
}
