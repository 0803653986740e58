// Lays a letter's blocks out on Letter-size pages with pdfkit: paragraphs flow across pages on their
// own; labelled fields, table rows, contact blocks and the signature are kept whole, moving to the
// next page when they do not fit; a table's header row is repeated on each page it runs onto.
import type { LetterBlock } from '../domain/letters/letterContent';
import { registerLetterCache } from './letterCaches';

type Doc = PDFKit.PDFDocument;

export const FONT = { regular: 'LetterSans', bold: 'LetterSans-Bold' } as const;
export const COLOR = { ink: '#1b2528', muted: '#4a585d', accent: '#1f4e5a', rule: '#c5d0d3', shade: '#eef2f3' } as const;
export const PAGE = { marginX: 66, marginTop: 62, marginBottom: 80 } as const;

const BODY_SIZE = 10;
const LINE_GAP = 1.5;
const PARAGRAPH_GAP = 6;

/** Zero-width no-break space (line-break class WJ): forbids a break, prints nothing. */
const NO_BREAK = '\ufeff';

/**
 * Keeps a provision on one line: the line breaker would split "9(3)(a)" between ")(" and
 * "4.9.1–4.9.3" after the dash. Applied to everything drawn, since citations sit inside sentences.
 */
export function keepCitationsTogether(text: string): string {
  return text.replace(/\)\(/g, `)${NO_BREAK}(`).replace(/(\d)([–-])(\d)/g, `$1$2${NO_BREAK}$3`);
}

export function textWidth(doc: Doc): number {
  return doc.page.width - 2 * PAGE.marginX;
}

function bottom(doc: Doc): number {
  return doc.page.height - doc.page.margins.bottom;
}

/** Starts a new page unless `height` still fits below the current position. */
export function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > bottom(doc)) {
    doc.addPage();
    doc.x = PAGE.marginX;
    doc.y = doc.page.margins.top;
  }
}

/** Heights of wrapped text already measured, by font, size, width, line gap and text. */
const heights = new Map<string, number>();
const MAX_HEIGHTS = 5_000;
// Its keys are the texts themselves: emptied on lock.
registerLetterCache('heights', { size: () => heights.size, clear: () => heights.clear() });

/**
 * `doc.heightOfString` for the current font and size, remembered across letters: measuring wraps
 * the whole text (line breaking, word widths) and most measured texts (statutory paragraphs, table
 * headers, the commissioner's address) are the same in every letter of a kind. The height depends
 * only on the font, its size, the width, the line gap and the text. Saves ~0.2 ms a letter.
 */
export function heightOf(doc: Doc, text: string, options: { width: number; lineGap?: number }): number {
  const state = doc as unknown as { _font?: { name?: string }; _fontSize?: number }; // not in @types/pdfkit
  if (!state._font?.name || !state._fontSize) return doc.heightOfString(text, options); // another pdfkit
  const key = `${state._font.name} ${state._fontSize} ${options.width} ${options.lineGap ?? 0} ${text}`;
  let height = heights.get(key);
  if (height === undefined) {
    height = doc.heightOfString(text, options);
    if (heights.size >= MAX_HEIGHTS) heights.clear();
    heights.set(key, height);
  }
  return height;
}

function body(doc: Doc, bold = false, size = BODY_SIZE): Doc {
  return doc.font(bold ? FONT.bold : FONT.regular).fontSize(size).fillColor(COLOR.ink);
}

function paragraph(doc: Doc, text: string, bold: boolean, keepWith: number): void {
  body(doc, bold);
  // Never leave a lone first line at the foot of a page (room for two lines, without measuring the
  // paragraph: wrapping is the costliest step); a paragraph that introduces a contact block
  // ("…you may complain to:") is measured and stays on the same page as the block.
  const lines2 = 2 * doc.currentLineHeight(true) + LINE_GAP;
  ensureSpace(doc, keepWith > 0 ? heightOf(doc, text, { width: textWidth(doc), lineGap: LINE_GAP }) + PARAGRAPH_GAP + keepWith : lines2);
  body(doc, bold);
  doc.text(text, PAGE.marginX, doc.y, { width: textWidth(doc), lineGap: LINE_GAP });
  doc.y += PARAGRAPH_GAP;
}

function heading(doc: Doc, text: string): void {
  doc.font(FONT.bold).fontSize(11.5).fillColor(COLOR.accent);
  // A heading keeps at least three lines of what follows with it.
  ensureSpace(doc, doc.currentLineHeight(true) + 3 * (BODY_SIZE * 1.4) + 10);
  // Colours belong to a page's content stream: set them again after a page break.
  doc.font(FONT.bold).fontSize(11.5).fillColor(COLOR.accent);
  doc.y += 4;
  doc.text(text, PAGE.marginX, doc.y, { width: textWidth(doc) });
  doc.y += 3;
}

function fields(doc: Doc, rows: { label: string; value: string; strong?: boolean }[]): void {
  const labelWidth = 150;
  const gap = 10;
  const valueWidth = textWidth(doc) - labelWidth - gap;
  doc.y += 2;
  for (const row of rows) {
    body(doc, false, 10).fillColor(COLOR.muted);
    const labelHeight = heightOf(doc, row.label, { width: labelWidth });
    body(doc, Boolean(row.strong), 10);
    const valueHeight = heightOf(doc, row.value, { width: valueWidth, lineGap: 1 });
    ensureSpace(doc, Math.max(labelHeight, valueHeight));
    const top = doc.y;
    body(doc, false, 10).fillColor(COLOR.muted).text(row.label, PAGE.marginX, top, { width: labelWidth });
    body(doc, Boolean(row.strong), 10).text(row.value, PAGE.marginX + labelWidth + gap, top, { width: valueWidth, lineGap: 1 });
    doc.y = top + Math.max(labelHeight, valueHeight) + 4;
  }
  doc.y += PARAGRAPH_GAP - 2;
}

function list(doc: Doc, items: string[]): void {
  const indent = 16;
  body(doc);
  for (const item of items) {
    const height = heightOf(doc, item, { width: textWidth(doc) - indent, lineGap: LINE_GAP });
    ensureSpace(doc, Math.min(height, 2 * doc.currentLineHeight(true)));
    body(doc);
    const top = doc.y;
    doc.text('•', PAGE.marginX + 4, top, { lineBreak: false });
    doc.text(item, PAGE.marginX + indent, top, { width: textWidth(doc) - indent, lineGap: LINE_GAP });
    doc.y += 2;
  }
  doc.y += PARAGRAPH_GAP - 2;
}

const CONTACT_INDENT = 18;

function contactHeight(doc: Doc, rows: string[]): number {
  const width = textWidth(doc) - CONTACT_INDENT;
  return rows.reduce((sum, row, i) => sum + heightOf(body(doc, i === 0, 10), row, { width }), 0);
}

function contact(doc: Doc, rows: string[]): void {
  const indent = CONTACT_INDENT;
  const width = textWidth(doc) - indent;
  const height = contactHeight(doc, rows);
  ensureSpace(doc, height + 8);
  doc.lineWidth(2).strokeColor(COLOR.rule).moveTo(PAGE.marginX + 4, doc.y + 1).lineTo(PAGE.marginX + 4, doc.y + height - 1).stroke();
  rows.forEach((row, i) => body(doc, i === 0, 10).text(row, PAGE.marginX + indent, doc.y, { width }));
  doc.y += PARAGRAPH_GAP + 2;
}

const CELL_PAD = 4;
const TABLE_SIZE = 9;

function tableRow(doc: Doc, cells: string[], widths: number[], header: boolean, height: number): void {
  const top = doc.y;
  const width = widths.reduce((a, b) => a + b, 0);
  if (header) doc.rect(PAGE.marginX, top, width, height).fill(COLOR.shade);
  let x = PAGE.marginX;
  cells.forEach((cell, i) => {
    body(doc, header, TABLE_SIZE).text(cell, x + CELL_PAD, top + CELL_PAD, { width: widths[i]! - 2 * CELL_PAD });
    x += widths[i]!;
  });
  doc.lineWidth(0.6).strokeColor(COLOR.rule).moveTo(PAGE.marginX, top + height).lineTo(PAGE.marginX + width, top + height).stroke();
  doc.x = PAGE.marginX;
  doc.y = top + height;
}

function rowHeight(doc: Doc, cells: string[], widths: number[], header: boolean): number {
  return Math.max(...cells.map((cell, i) => heightOf(body(doc, header, TABLE_SIZE), cell, { width: widths[i]! - 2 * CELL_PAD }))) + 2 * CELL_PAD;
}

function table(doc: Doc, block: Extract<LetterBlock, { type: 'table' }>): void {
  const widths = block.columns.map((c) => c.width * textWidth(doc));
  const headers = block.columns.map((c) => c.header);
  const headerHeight = rowHeight(doc, headers, widths, true);
  const firstRow = block.rows[0] ? rowHeight(doc, block.rows[0], widths, false) : 0;
  ensureSpace(doc, headerHeight + firstRow);
  tableRow(doc, headers, widths, true, headerHeight);
  for (const row of block.rows) {
    const height = rowHeight(doc, row, widths, false);
    if (doc.y + height > bottom(doc)) {
      ensureSpace(doc, headerHeight + height);
      tableRow(doc, headers, widths, true, headerHeight);
    }
    tableRow(doc, row, widths, false, height);
  }
  doc.y += PARAGRAPH_GAP + 3;
}

/** Draws one block; `next` is the block after it, for keep-with-next decisions. */
export function drawBlock(doc: Doc, block: LetterBlock, next?: LetterBlock): void {
  switch (block.type) {
    case 'paragraph':
      return paragraph(doc, keepCitationsTogether(block.text), Boolean(block.strong), next?.type === 'contact' ? contactHeight(doc, next.lines) + 8 : 0);
    case 'heading':
      return heading(doc, block.text);
    case 'fields':
      return fields(doc, block.rows.map((row) => ({ ...row, value: keepCitationsTogether(row.value) })));
    case 'list':
      return list(doc, block.items.map(keepCitationsTogether));
    case 'table':
      return table(doc, { ...block, rows: block.rows.map((row) => row.map(keepCitationsTogether)) });
    case 'contact':
      return contact(doc, block.lines);
  }
}

export { body as bodyFont };
