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
