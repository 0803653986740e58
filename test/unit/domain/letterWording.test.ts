// Statutory wording the letters must carry (issue #12): the BC extension notice's two remedies, the
// French of PIPEDA s.8(4)(a)(i), and the commissioner's own telephone in the BC response letter.
import { describe, expect, it } from 'vitest';
import { DEFAULT_COMMISSIONERS } from '../../../renderer/src/domain/commissioners';
import { accessLetterContent, type LetterBlock } from '../../../renderer/src/domain/letters/accessLetterContent';
import { letterInput, requestFor } from '../letters/accessLetterFixtures';

function paragraphs(blocks: LetterBlock[]): string[] {
  return blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []));
}

describe('BC PIPA extension notice (s.31(2)(c))', () => {
  it('BC PIPA: the notice tells of the right to complain and to ask for an order under s.52(3)(b), in English', () => {
    const text = paragraphs(accessLetterContent(letterInput('extensionNotice', 'BC_PIPA', 'en')).blocks).join('\n');
    expect(text).toMatch(/right to complain about this extension to the Office of the Information and Privacy Commissioner for British Columbia/);
    expect(text).toMatch(/order confirming or reducing the extension \(PIPA, s\.31\(2\); s\.52\(3\)\(b\)\)/);
  });

  it('BC PIPA: the notice tells of both remedies in French', () => {
    const text = paragraphs(accessLetterContent(letterInput('extensionNotice', 'BC_PIPA', 'fr')).blocks).join('\n');
    expect(text).toContain('porter plainte au sujet de cette prolongation');
    expect(text).toMatch(/rendre une ordonnance confirmant ou réduisant la prolongation \(PIPA, art.\u00a031\(2\); art.\u00a052\(3\)\(b\)\)/);
  });
});

describe('PIPEDA extension ground s.8(4)(a)(i) in French', () => {
  it('PIPEDA: the French notice says « entraverait gravement », as the statute does', () => {
    const input = letterInput('extensionNotice', 'PIPEDA', 'fr');
    expect(input.request.extension?.ground).toBe('interference');
    const content = accessLetterContent(input);
    const text = JSON.stringify(content.blocks);
    expect(text).toContain('entraverait gravement');
    expect(text).not.toContain('indûment');
  });
});

describe('response letter: the commissioner’s telephone', () => {
  it('BC PIPA: prints the OIPC’s own number, and the Service BC toll-free line only with its note', () => {
    const bc = DEFAULT_COMMISSIONERS.BC_PIPA;
    for (const language of ['en', 'fr'] as const) {
      const input = letterInput('response', 'BC_PIPA', language, { request: requestFor('response', 'BC_PIPA', { language }) });
      const line = paragraphs(accessLetterContent(input).blocks).find((p) => p.includes(bc.tollFree!))!;
      expect(line, language).toContain(bc.phone);
      expect(line, language).toContain(`${bc.tollFree} (${bc.tollFreeNote![language]})`);
    }
  });

  it('without a toll-free number, only the office’s number is printed', () => {
    const commissioner = { ...DEFAULT_COMMISSIONERS.BC_PIPA, tollFree: undefined, tollFreeNote: undefined };
    const text = paragraphs(accessLetterContent(letterInput('response', 'BC_PIPA', 'en', { commissioner })).blocks).join('\n');
    expect(text).toContain('may contact the Office of the Information and Privacy Commissioner for British Columbia at 250-387-5629.');
  });
});
