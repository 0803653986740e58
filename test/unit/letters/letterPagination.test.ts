// Issue #14, item 2: the signature sits with its closing. For every kind × Act × language, with short
// and long content (paragraph lengths varied so the page breaks fall in different places), read back
// from the PDF: the closing and signature block never start a page alone (the last paragraph is on
// their page), no heading is the last text of a page, and table rows are never split across pages.
import { describe, expect, it } from 'vitest';
import { LANGUAGES, LETTER_KINDS, type LetterKind, type LetterLanguage } from '../../../renderer/src/domain/accessRequest';
import { accessLetterContent, type AccessLetterInput } from '../../../renderer/src/domain/letters/accessLetterContent';
import { REGIMES, type Regime } from '../../../renderer/src/domain/regime';
import { buildAccessLetterPdf } from '../../../renderer/src/letters/accessLetter';
import { letterInput, OFFICER, requestFor, signaturePng } from './accessLetterFixtures';
import { foldSpace, pdfPageTexts } from './pdfText';

const CONFIDENTIAL = { en: 'CONFIDENTIAL —', fr: 'CONFIDENTIEL —' };
const SENTENCE = {
  en: 'We have begun gathering the records you asked for and will write again as soon as they are ready. ',
  fr: 'Nous avons commencé à rassembler les documents demandés et vous écrirons dès qu’ils seront prêts. ',
};

/** The page's own text: without the continuation line above and the footer below. */
function bodyOf(page: string, language: LetterLanguage, index: number): string {
  const footer = page.lastIndexOf(CONFIDENTIAL[language]);
  let body = footer >= 0 ? page.slice(0, footer) : page;
  if (index > 0) body = body.replace(/^AR-2026-0042 — Avery Testperson \((continued|suite)\)/, '');
  return body.trim();
}

/** Short: the defaults. Long: opening and closing note lengths varied by case, a longer withheld table. */
function variant(kind: LetterKind, regime: Regime, language: LetterLanguage, long: boolean, seed: number): AccessLetterInput {
  const officer = { ...OFFICER, signatureImage: signaturePng(240, 70, { alpha: true }) };
  if (!long) return letterInput(kind, regime, language, { officer });
  const opening = SENTENCE[language].repeat(3 + ((seed * 7) % 19));
  const closingNote = seed % 3 === 0 ? '' : SENTENCE[language].repeat(1 + (seed % 5));
  const extra: Partial<AccessLetterInput> = { officer, paragraphs: { opening, closingNote, nextSteps: SENTENCE[language].repeat(seed % 4) } };
  if (kind === 'refusal') extra.request = requestFor('refusal', regime, { language, withheld: 4 + (seed % 9) });
  return letterInput(kind, regime, language, extra);
}

describe('page breaks in every letter', () => {
  let seed = 0;
  for (const kind of LETTER_KINDS) {
    for (const regime of REGIMES) {
      for (const language of LANGUAGES) {
        for (const long of [false, true]) {
          seed += 1;
          const caseSeed = seed;
          it(`${kind}, ${regime}, ${language}, ${long ? 'long' : 'short'}: signature with its closing and body text, no heading ending a page, rows whole`, async () => {
            const input = variant(kind, regime, language, long, caseSeed);
            const content = accessLetterContent(input);
            const pages = await pdfPageTexts(await buildAccessLetterPdf(input, { compress: false }));
            const bodies = pages.map((page, i) => bodyOf(page, language, i));
            const closing = foldSpace(content.closing);
            const signatureAt = bodies.findIndex((b) => b.includes(`${closing} Jordan Exampleton Privacy Officer`));
            expect(signatureAt).toBeGreaterThanOrEqual(0);
            const before = bodies[signatureAt]!.slice(0, bodies[signatureAt]!.lastIndexOf(closing)).trim();
            expect(before.length, `page ${signatureAt + 1} starts with the signature block alone`).toBeGreaterThan(0);
            const last = content.blocks.at(-1)!;
            if (last.type === 'paragraph') expect(before.endsWith(foldSpace(last.text).slice(-40))).toBe(true);
            const headings = content.blocks.flatMap((b) => (b.type === 'heading' ? [foldSpace(b.text)] : []));
            bodies.slice(0, -1).forEach((body, i) => {
              for (const heading of headings) expect(body.endsWith(heading), `page ${i + 1} ends with the heading “${heading}”`).toBe(false);
            });
            for (const row of content.blocks.flatMap((b) => (b.type === 'table' ? b.rows : []))) {
              expect(bodies.some((body) => body.includes(foldSpace(row[0]!))), `row “${row[0]}” split`).toBe(true);
            }
          });
        }
      }
    }
  }
});
