// What a lock is about to close: the open dialogs holding typed text. Only a dialog's title is kept,
// and only when it is one of the app's own strings ("New request"), never text that could name a
// person; the typed text itself is dropped with everything else the lock forgets.

/** The titles of open dialogs with a non-empty text field; `knownTitles` are the app's own strings. */
export function unsavedFormTitles(doc: Document, knownTitles: ReadonlySet<string>, untitled: string): string[] {
  const titles: string[] = [];
  for (const dialog of doc.querySelectorAll<HTMLElement>('[role="dialog"], [role="alertdialog"]')) {
    const fields = dialog.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('textarea, input:not([type]), input[type="text"], input[type="email"], input[type="tel"], input[type="search"], input[type="number"]');
    if (![...fields].some((field) => !field.readOnly && field.value.trim() !== '')) continue;
    const labelId = dialog.getAttribute('aria-labelledby');
    const title = (labelId ? doc.getElementById(labelId)?.textContent : null)?.trim() ?? '';
    titles.push(knownTitles.has(title) ? title : untitled);
  }
  return titles;
}

/** Every string in a translation bundle, flattened. */
export function bundleStrings(bundle: unknown, into = new Set<string>()): Set<string> {
  if (typeof bundle === 'string') into.add(bundle.trim());
  else if (bundle !== null && typeof bundle === 'object') for (const value of Object.values(bundle)) bundleStrings(value, into);
  return into;
}
