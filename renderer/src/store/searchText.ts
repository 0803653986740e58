// Text folded for matching: lowercase, accents stripped, so "helene" finds "Hélène" and
// "COTE" finds "Côté". Not locale collation: fast enough to run over 50,000 people per keystroke.

const COMBINING_MARKS = /\p{M}/gu;

const ASCII = /^\p{ASCII}*$/u;

export function foldForSearch(text: string): string {
  // Emails and references are nearly always ASCII: skip normalisation, the costly part, for them.
  if (ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
}

/** Query tokens; every one must occur somewhere in a person's haystack. */
export function searchTokens(query: string): string[] {
  return foldForSearch(query).split(/\s+/).filter(Boolean);
}
