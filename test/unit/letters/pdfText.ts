// Reads the text back out of an uncompressed pdfkit PDF. pdfkit writes standard-font text as hex
// strings inside TJ arrays, split where kerning applies; joining the pieces of one TJ gives a line.
// Bytes are WinAnsi, which matches Latin-1 for every letter French needs (é è à ç ô «»).
const WIN_ANSI_EXTRAS: Record<number, string> = { 0x80: '€', 0x85: '…', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•', 0x96: '–', 0x97: '—', 0x9c: 'œ' };

export function pdfTextLines(pdf: Uint8Array): string[] {
  const source = new TextDecoder('latin1').decode(pdf);
  const lines: string[] = [];
  for (const tj of source.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
    let line = '';
    for (const hex of (tj[1] ?? '').matchAll(/<([0-9a-fA-F]*)>/g)) {
      const digits = hex[1] ?? '';
      for (let i = 0; i < digits.length; i += 2) {
        const code = parseInt(digits.slice(i, i + 2), 16);
        line += WIN_ANSI_EXTRAS[code] ?? String.fromCharCode(code);
      }
    }
    lines.push(line);
  }
  return lines;
}

// Text as a PDF reader extracts it, for PDFs with embedded (Type 0, Identity-H) fonts whose glyph ids
// the hex reader above cannot decode: poppler's pdftotext (poppler-utils, installed by .ci/run).
// One string per page, Unicode NFC, with every run of whitespace (line breaks, no-break spaces
// included) folded to one space, so a sentence wrapped across lines is still found whole.
export async function pdfPageTexts(pdf: Uint8Array): Promise<string[]> {
  const { execFileSync } = await import('node:child_process');
  const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dir = mkdtempSync(join(tmpdir(), 'custodian-pdftext-'));
  try {
    const file = join(dir, 'letter.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    return text.split('\f').slice(0, -1).map(foldSpace);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** NFC, zero-width no-break spaces dropped, every run of whitespace (U+00A0, U+202F too) as one space. */
export function foldSpace(text: string): string {
  return text.normalize('NFC').replace(/\ufeff/g, '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}
