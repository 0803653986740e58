// Lays a letter's blocks out on Letter-size pages with pdfkit: paragraphs flow across pages on their
// own; labelled fields, table rows, contact blocks and the signature are kept whole, moving to the
// next page when they do not fit; a table's header row is repeated on each page it runs onto. Each
// block starts only where what must follow it fits too (`startNeed`): a heading with the start of
// its section, a paragraph with the contact block it introduces, the letter's last block with the
// closing and signature.
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

function twoLines(doc: Doc): number {
  return 2 * body(doc).currentLineHeight(true) + LINE_GAP;
}

function paragraphHeight(doc: Doc, text: string, bold: boolean): number {
  return heightOf(body(doc, bold), text, { width: textWidth(doc), lineGap: LINE_GAP }) + PARAGRAPH_GAP;
}

function paragraph(doc: Doc, text: string, bold: boolean, need: number): void {
  ensureSpace(doc, need);
  body(doc, bold);
  doc.text(text, PAGE.marginX, doc.y, { width: textWidth(doc), lineGap: LINE_GAP });
  doc.y += PARAGRAPH_GAP;
}

function headingHeight(doc: Doc, text: string): number {
  return heightOf(doc.font(FONT.bold).fontSize(11.5), text, { width: textWidth(doc) }) + 7;
}

function heading(doc: Doc, text: string, need: number): void {
  ensureSpace(doc, need);
  // Colours belong to a page's content stream: set them again after a page break.
  doc.font(FONT.bold).fontSize(11.5).fillColor(COLOR.accent);
  doc.y += 4;
  doc.text(text, PAGE.marginX, doc.y, { width: textWidth(doc) });
  doc.y += 3;
}

type FieldRow = { label: string; value: string; strong?: boolean };
const LABEL_WIDTH = 150;
const LABEL_GAP = 10;

function fieldHeight(doc: Doc, row: FieldRow): number {
  const labelHeight = heightOf(body(doc, false, 10), row.label, { width: LABEL_WIDTH });
  const valueHeight = heightOf(body(doc, Boolean(row.strong), 10), row.value, { width: textWidth(doc) - LABEL_WIDTH - LABEL_GAP, lineGap: 1 });
  return Math.max(labelHeight, valueHeight);
}

function fields(doc: Doc, rows: FieldRow[], need: number): void {
  const labelWidth = LABEL_WIDTH;
  const gap = LABEL_GAP;
  const valueWidth = textWidth(doc) - labelWidth - gap;
  ensureSpace(doc, need);
  doc.y += 2;
  for (const row of rows) {
    const height = fieldHeight(doc, row);
    ensureSpace(doc, height);
    const top = doc.y;
    body(doc, false, 10).fillColor(COLOR.muted).text(row.label, PAGE.marginX, top, { width: labelWidth });
    body(doc, Boolean(row.strong), 10).text(row.value, PAGE.marginX + labelWidth + gap, top, { width: valueWidth, lineGap: 1 });
    doc.y = top + height + 4;
  }
  doc.y += PARAGRAPH_GAP - 2;
}

const LIST_INDENT = 16;

function listItemHeight(doc: Doc, item: string): number {
  return heightOf(body(doc), item, { width: textWidth(doc) - LIST_INDENT, lineGap: LINE_GAP }) + 2;
}

function list(doc: Doc, items: string[], need: number): void {
  const indent = LIST_INDENT;
  ensureSpace(doc, need);
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

function contact(doc: Doc, rows: string[], need: number): void {
  const indent = CONTACT_INDENT;
  const width = textWidth(doc) - indent;
  const height = contactHeight(doc, rows);
  ensureSpace(doc, Math.max(need, height + 8));
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

type Table = Extract<LetterBlock, { type: 'table' }>;

/** Heights of the header row and of each row, in the table's own widths. */
function tableRows(doc: Doc, block: Table): { header: number; rows: number[] } {
  const widths = block.columns.map((c) => c.width * textWidth(doc));
  return { header: rowHeight(doc, block.columns.map((c) => c.header), widths, true), rows: block.rows.map((row) => rowHeight(doc, row, widths, false)) };
}

function table(doc: Doc, block: Table, need: number): void {
  const widths = block.columns.map((c) => c.width * textWidth(doc));
  const headers = block.columns.map((c) => c.header);
  const headerHeight = rowHeight(doc, headers, widths, true);
  const firstRow = block.rows[0] ? rowHeight(doc, block.rows[0], widths, false) : 0;
  ensureSpace(doc, Math.max(need, headerHeight + firstRow));
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

/** The text as drawn: citations kept on one line. */
function drawn(block: LetterBlock): LetterBlock {
  switch (block.type) {
    case 'paragraph':
      return { ...block, text: keepCitationsTogether(block.text) };
    case 'fields':
      return { ...block, rows: block.rows.map((row) => ({ ...row, value: keepCitationsTogether(row.value) })) };
    case 'list':
      return { ...block, items: block.items.map(keepCitationsTogether) };
    case 'table':
      return { ...block, rows: block.rows.map((row) => row.map(keepCitationsTogether)) };
    default:
      return block;
  }
}

/** The whole height of a block as drawn (text already prepared by `drawn`). */
function blockHeight(doc: Doc, block: LetterBlock): number {
  switch (block.type) {
    case 'paragraph':
      return paragraphHeight(doc, block.text, Boolean(block.strong));
    case 'heading':
      return headingHeight(doc, block.text);
    case 'fields':
      return 2 + block.rows.reduce((sum, row) => sum + fieldHeight(doc, row) + 4, 0) + PARAGRAPH_GAP - 2;
    case 'list':
      return block.items.reduce((sum, item) => sum + listItemHeight(doc, item), 0) + PARAGRAPH_GAP - 2;
    case 'table': {
      const { header, rows } = tableRows(doc, block);
      return header + rows.reduce((a, b) => a + b, 0) + PARAGRAPH_GAP + 3;
    }
    case 'contact':
      return contactHeight(doc, block.lines) + PARAGRAPH_GAP + 2;
  }
}

/** The least that must fit below a block's start for it not to be stranded there on its own. */
function ownNeed(doc: Doc, block: LetterBlock): number {
  switch (block.type) {
    // Never a lone first line at the foot of a page; the paragraph flows on from there.
    case 'paragraph':
      return Math.min(paragraphHeight(doc, block.text, Boolean(block.strong)), twoLines(doc));
    case 'heading':
      return headingHeight(doc, block.text);
    case 'fields':
      return block.rows[0] ? fieldHeight(doc, block.rows[0]) + 2 : 0;
    case 'list':
      return block.items[0] ? Math.min(listItemHeight(doc, block.items[0]), twoLines(doc)) : 0;
    case 'table': {
      const { header, rows } = tableRows(doc, block);
      return header + (rows[0] ?? 0);
    }
    case 'contact':
      return contactHeight(doc, block.lines) + 8;
  }
}

/** Room on an empty page: a group taller than this cannot be kept together and is not tried. */
function pageRoom(doc: Doc): number {
  return doc.page.height - PAGE.marginTop - doc.page.margins.bottom;
}

/**
 * Draws a letter's blocks, then `after` (the closing and signature, `afterHeight` tall). The end is
 * kept together with it: the last block, the paragraph that introduces a final contact block, and a
 * heading just before them — unless together they would not fit on any page.
 */
export function drawBlocks(doc: Doc, source: LetterBlock[], after?: { height: number; draw: () => void }): void {
  const blocks = source.map(drawn);
  let tail = blocks.length;
  if (after && blocks.length > 0) {
    tail = blocks.length - 1;
    if (blocks[tail]!.type === 'contact' && blocks[tail - 1]?.type === 'paragraph') tail -= 1;
    if (blocks[tail - 1]?.type === 'heading') tail -= 1;
  }
  const tailHeight = after ? blocks.slice(tail).reduce((sum, b) => sum + blockHeight(doc, b), 0) + after.height : 0;
  const keepTail = after !== undefined && tailHeight <= pageRoom(doc);
  const need = (i: number): number => {
    const block = blocks[i]!;
    if (keepTail && i === tail) return tailHeight;
    const next = blocks[i + 1];
    // A heading goes with the start of its section; a paragraph with the contact block it introduces.
    if (block.type === 'heading' && next) return Math.min(blockHeight(doc, block) + need(i + 1), pageRoom(doc));
    if (block.type === 'paragraph' && next?.type === 'contact') return Math.min(blockHeight(doc, block) + ownNeed(doc, next), pageRoom(doc));
    return ownNeed(doc, block);
  };
  blocks.forEach((block, i) => drawPrepared(doc, block, need(i)));
  if (after) {
    ensureSpace(doc, after.height);
    after.draw();
  }
}

/** Draws one block, first moving to a new page unless `need` fits (by default, its own least). */
export function drawBlock(doc: Doc, block: LetterBlock, need?: number): void {
  const prepared = drawn(block);
  drawPrepared(doc, prepared, need ?? ownNeed(doc, prepared));
}

function drawPrepared(doc: Doc, block: LetterBlock, need: number): void {
  switch (block.type) {
    case 'paragraph':
      return paragraph(doc, block.text, Boolean(block.strong), need);
    case 'heading':
      return heading(doc, block.text, need);
    case 'fields':
      return fields(doc, block.rows, need);
    case 'list':
      return list(doc, block.items, need);
    case 'table':
      return table(doc, block, need);
    case 'contact':
      return contact(doc, block.lines, need);
  }
}

export { body as bodyFont };
