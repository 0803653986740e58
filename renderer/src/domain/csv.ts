// CSV as RFC 4180 writes it (comma-separated, CRLF between records, a field quoted when it holds a
// comma, a double quote, CR or LF, a quote inside doubled), for the officer's own spreadsheets.
// Pure: the screens choose the columns and the file is written through the host port.

/**
 * A cell a spreadsheet would read as a formula. Excel, LibreOffice and Google Sheets evaluate a cell
 * that begins with = + - or @ (and, in some versions, after a leading tab or carriage return they
 * strip), so a name such as `=HYPERLINK("http://…","click")` typed into a record would run when the
 * officer opens the export ("CSV injection", OWASP). Prefixing a single quote makes the spreadsheet
 * show the text as typed; the quote is visible in a text editor, which is the price of safety.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell, neutralised against formulas and quoted when RFC 4180 requires it. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A header row and the records, every record ended by CRLF (RFC 4180 §2, rules 1 and 2). */
export function csvDocument(header: readonly string[], rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  const width = header.length;
  const lines = [header, ...rows].map((row, i) => {
    if (row.length !== width) throw new RangeError(`CSV record ${i} has ${row.length} fields, the header has ${width}.`);
    return row.map(csvCell).join(',');
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
