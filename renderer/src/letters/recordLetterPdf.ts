// The consent and correction letters as PDFs: the content from domain/letters/recordLetters.ts laid
// out by the access letters' own renderer (letterhead, recipient, reference, subject, signature kept
// with the closing, "Page X of Y" and confidentiality footers), so every letter looks the same.
import { recordLetterContent, type RecordLetterInput } from '../domain/letters/recordLetters';
import { renderLetterPdf } from './accessLetter';
import type { PdfOptions } from './recoveryKit';

/** Refuses (RuleViolation) before any PDF work when the letter lacks a fact it must state. */
export async function buildRecordLetterPdf(input: RecordLetterInput, options: PdfOptions = {}): Promise<Uint8Array> {
  return renderLetterPdf(recordLetterContent(input), options);
}
