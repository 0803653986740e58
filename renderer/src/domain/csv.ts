// CSV as RFC 4180 writes it (comma-separated, or semicolons at the officer's choice; CRLF between
// records, a field quoted when it holds a separator, a double quote, CR or LF, a quote inside
// doubled), for the officer's own spreadsheets.
// Pure: the screens choose the columns and the file is written through the host port.

/**
 * A cell a spreadsheet would read as a formula. Excel, LibreOffice and Google Sheets evaluate a cell
 * that begins with = + - or @ (and, in some versions, after a leading tab or carriage return they
 * strip), so a name such as `=HYPERLINK("http://…","click")` typed into a record would run when the
 * officer opens the export ("CSV injection", OWASP). Prefixing a single quote makes the spreadsheet
 * show the text as typed; the quote is visible in a text editor, which is the price of safety.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The separators the officer may choose: a comma, or a semicolon for spreadsheets set up for French
 * (Excel takes the list separator from the system's region). A file may also be opened with a
 * separator other than the one it was written with, so every cell is made safe for all of them.
 */
export const CSV_SEPARATORS = [',', ';'] as const;
export type CsvSeparator = (typeof CSV_SEPARATORS)[number];

/**
 * A formula start after anything a spreadsheet may split a cell on (`,` `;` or a tab, which import
 * dialogs offer too), past any spaces it trims: "Côté;=HYPERLINK(…)" opened with `;` as separator
 * and without honouring quotes would put the formula in a cell of its own.
 */
const FORMULA_AFTER_SEPARATOR = /([,;\t][ \u00a0]*)([=+\-@])/g;
/** Quoted when it holds a quote, a line break or any separator, whichever one the file uses. */
const NEEDS_QUOTES = /[",;\t\r\n]/;

/** One cell, neutralised against formulas and quoted when RFC 4180 (or another separator) requires it. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  text = text.replace(FORMULA_AFTER_SEPARATOR, "$1'$2");
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A header row and the records, every record ended by CRLF (RFC 4180 §2, rules 1 and 2). */
export function csvDocument(
  header: readonly string[],
  rows: readonly (readonly (string | number | boolean | null | undefined)[])[],
  separator: CsvSeparator = ',',
): string {
  const width = header.length;
  const lines = [header, ...rows].map((row, i) => {
    if (row.length !== width) throw new RangeError(`CSV record ${i} has ${row.length} fields, the header has ${width}.`);
    return row.map((cell) => csvCell(cell)).join(separator);
  });
  return lines.map((line) => `${line}\r\n`).join('');
}

/** The byte order mark: without it Excel reads a CSV as the system's ANSI code page and "Amélie" turns to "AmÃ©lie". */
const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** The file's bytes: UTF-8 with a byte order mark. */
export function csvFileBytes(text: string): Uint8Array {
  const body = new TextEncoder().encode(text);
  const bytes = new Uint8Array(UTF8_BOM.length + body.length);
  bytes.set(UTF8_BOM, 0);
  bytes.set(body, UTF8_BOM.length);
  return bytes;
}
