// Text the officer types must look the same on screen, in a letter and in a CSV. Control characters
// (C0, DEL, C1) are invisible or drawn differently by the PDF font, and bidirectional embeddings,
// overrides and isolates (U+202A–202E, U+2066–2069) reorder what follows them ("Trojan Source"), so
// a name could read one way on screen and another in the letter. They are refused in new input.
// LRM/RLM (U+200E/200F) are kept: they only mark direction, cannot reorder other text, and are
// legitimately needed to write mixed Arabic or Hebrew and Latin text. Line and paragraph separators
// (U+2028/2029) are refused: a PDF breaks the line where the screen may not.
import { z } from 'zod';

export type TextProblem = 'controlCharacter' | 'bidiControl';

// eslint-disable-next-line no-control-regex -- these are exactly the characters refused
const CONTROL_SINGLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
// eslint-disable-next-line no-control-regex -- tab, LF and CR stay allowed where text runs over lines
const CONTROL_MULTI = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/;
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;

/** What is wrong with `text` for display, or null when it is plain text. */
export function textProblem(text: string, multiline: boolean): TextProblem | null {
  if ((multiline ? CONTROL_MULTI : CONTROL_SINGLE).test(text)) return 'controlCharacter';
  if (BIDI_CONTROL.test(text)) return 'bidiControl';
  return null;
}

export const TEXT_PROBLEM_KEYS: Record<TextProblem, string> = {
  controlCharacter: 'validation.controlCharacter',
  bidiControl: 'validation.bidiControl',
};

/**
 * `entered`: new input from the officer, checked for hidden characters. `stored`: a record already
 * kept (an archive, a restored snapshot), held only to its limits so that older records still open.
 */
export type TextCheck = 'entered' | 'stored';

interface TextOptions {
  check: TextCheck;
  multiline?: boolean;
}

/** A text of at most `max` characters after trimming; '' allowed unless `required`. */
export function boundedText(max: number, options: TextOptions, required = false) {
  let text = z.string().trim();
  if (required) text = text.min(1, 'validation.required');
  text = text.max(max, 'validation.tooLong');
  if (options.check === 'stored') return text;
  const multiline = options.multiline ?? false;
  return text
    .refine((value) => textProblem(value, multiline) !== 'controlCharacter', TEXT_PROBLEM_KEYS.controlCharacter)
    .refine((value) => textProblem(value, multiline) !== 'bidiControl', TEXT_PROBLEM_KEYS.bidiControl);
}

/** A required text of at most `max` characters after trimming. */
export function requiredText(max: number, options: TextOptions) {
  return boundedText(max, options, true);
}

/**
 * An optional text: new input left blank ('' after trimming) becomes undefined. A stored record is
 * read as kept ('' included), so an archive round trip gives back exactly what it was given.
 */
export function optionalText(max: number, options: TextOptions) {
  const text = boundedText(max, options);
  if (options.check === 'stored') return text.optional();
  return text.transform((value) => (value === '' ? undefined : value)).optional();
}
