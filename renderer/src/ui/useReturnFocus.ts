// A dialog that hands over to another (a decision, then its letters; a withdrawal, then its letter)
// leaves MUI nothing to return focus to when the second closes: the first one's opener is remembered
// here and focused again, or, when it is gone (the row changed), the dialog still open underneath or
// the page's heading, so keyboard and screen-reader users are not dropped at the top of the document.
import { useCallback, useMemo, useRef } from 'react';

export function useReturnFocus(): { remember(): void; restore(): void } {
  const opener = useRef<HTMLElement | null>(null);
  const remember = useCallback(() => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  }, []);
  const restore = useCallback(() => {
    const element = opener.current;
    opener.current = null;
    if (!element) return; // nothing handed over: MUI returns focus itself
    // After MUI's own attempt, which targets the first dialog's (now removed) content.
    setTimeout(() => {
      if (element.isConnected) element.focus();
      else fallback()?.focus();
    });
  }, []);
  return useMemo(() => ({ remember, restore }), [remember, restore]);
}

/** The dialog still open (its focus-trap container, where MUI puts focus on opening), else the page's heading. */
function fallback(): HTMLElement | null {
  const dialog = document.querySelector<HTMLElement>('[role="dialog"]');
  if (dialog) return dialog.closest<HTMLElement>('[tabindex="-1"]') ?? dialog;
  return document.querySelector<HTMLElement>('main h1');
}
