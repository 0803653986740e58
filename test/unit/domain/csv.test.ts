import { describe, expect, it } from 'vitest';
import { csvCell, csvDocument, csvFileBytes } from '../../../renderer/src/domain/csv';

describe('CSV cells (RFC 4180)', () => {
  it('leaves plain text as it is', () => {
    expect(csvCell('Tremblay')).toBe('Tremblay');
    expect(csvCell('AR-2026-0001')).toBe('AR-2026-0001');
    expect(csvCell('')).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(null)).toBe('');
    expect(csvCell(42)).toBe('42');
  });

  it('quotes a field holding a comma, and doubles quotes inside a quoted field', () => {
    expect(csvCell('100 Main Street, Abbotsford')).toBe('"100 Main Street, Abbotsford"');
    expect(csvCell('Robert "Bob" Smith')).toBe('"Robert ""Bob"" Smith"');
    expect(csvCell('"')).toBe('""""');
  });

  it('quotes a field holding a line break (LF, CR or CRLF) and keeps the break', () => {
    expect(csvCell('line one\nline two')).toBe('"line one\nline two"');
    expect(csvCell('line one\r\nline two')).toBe('"line one\r\nline two"');
    expect(csvCell('a\rb')).toBe('"a\rb"');
  });

  it('keeps accents and other letters as they are (the BOM tells Excel it is UTF-8)', () => {
    expect(csvCell('Amélie Côté')).toBe('Amélie Côté');
    expect(csvCell('Nguyễn Thị Ánh')).toBe('Nguyễn Thị Ánh');
    expect(csvCell('Łukasz')).toBe('Łukasz');
  });
});

describe('CSV formula injection (OWASP "CSV injection")', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+15551234567', "'+15551234567"],
    ['-2', "'-2"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
  ])('a cell starting %s is prefixed with a single quote', (input, output) => {
    expect(csvCell(input)).toBe(output);
  });

  it('a cell starting with a tab or a carriage return is prefixed too', () => {
    // The tab is also a separator a spreadsheet may split on: quoted, and the formula after it neutralised too.
    expect(csvCell('\t=cmd')).toBe(`"'\t'=cmd"`);
    expect(csvCell('\r=cmd')).toBe('"\'\r=cmd"'); // the CR also requires quoting
  });

  it('neutralises first, then quotes: a formula holding commas and quotes stays one cell', () => {
    expect(csvCell('=HYPERLINK("http://example.invalid","click")')).toBe('"\'=HYPERLINK(""http://example.invalid"",""click"")"');
  });

  it('does not touch a sign in the middle of the text', () => {
    expect(csvCell('Smith-Jones')).toBe('Smith-Jones');
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell('privacy@example.ca')).toBe('privacy@example.ca');
  });
});

describe('CSV documents', () => {
  it('writes a header and records, each ended by CRLF', () => {
    const text = csvDocument(['Reference', 'Person'], [
      ['AR-2026-0001', 'Tremblay, Amélie'],
      ['AR-2026-0002', '=evil()'],
    ]);
    expect(text).toBe('Reference,Person\r\nAR-2026-0001,"Tremblay, Amélie"\r\nAR-2026-0002,\'=evil()\r\n');
  });

  it('refuses a record with the wrong number of fields', () => {
    expect(() => csvDocument(['a', 'b'], [['only one']])).toThrow(RangeError);
  });

  it('encodes as UTF-8 with a byte order mark', () => {
    const bytes = csvFileBytes('Nom\r\nCôté\r\n');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.slice(3))).toBe('Nom\r\nCôté\r\n');
    // ô is two bytes in UTF-8 (C3 B4), not one as in Windows-1252.
    expect(bytes.length).toBe(3 + 'Nom\r\nCôté\r\n'.length + 2);
  });
});

describe('CSV formulas after a separator (issue #13, item 14)', () => {
  const HYPERLINK = '=HYPERLINK("http://example.invalid","click")';

  it.each([',', ';'] as const)('with %s as the separator, a formula after a semicolon inside a field cannot become a cell of its own', (separator) => {
    const text = csvDocument(['Name', 'Phone'], [[`Côté;${HYPERLINK}`, '604']], separator);
    const record = text.split('\r\n')[1]!;
    // One quoted field, the formula start neutralised, then the separator and the next field.
    expect(record).toBe(`"Côté;'=HYPERLINK(""http://example.invalid"",""click"")"${separator}604`);
  });

  it.each([',', ';'] as const)('with %s as the separator, a formula after a comma or a tab is neutralised and the field quoted', (separator) => {
    expect(csvDocument(['A'], [['Smith,=1+1']], separator)).toBe(`A\r\n"Smith,'=1+1"\r\n`);
    expect(csvDocument(['A'], [['Smith\t@SUM(A1)']], separator)).toBe(`A\r\n"Smith\t'@SUM(A1)"\r\n`);
    expect(csvDocument(['A'], [['a;  -2+3']], separator)).toBe(`A\r\n"a;  '-2+3"\r\n`);
  });

  it('quotes a field holding a semicolon even in a comma file, so a spreadsheet set up for French keeps it whole', () => {
    expect(csvCell('Dupont; Marie')).toBe('"Dupont; Marie"');
    expect(csvDocument(['A', 'B'], [['Dupont; Marie', 'x']], ',')).toBe('A,B\r\n"Dupont; Marie",x\r\n');
  });

  it('quotes a field holding a comma in a semicolon file too, and joins with semicolons', () => {
    expect(csvDocument(['Nom', 'Adresse'], [['Côté', '12 rue des Érables, Gatineau']], ';')).toBe('Nom;Adresse\r\nCôté;"12 rue des Érables, Gatineau"\r\n');
  });

  it('leaves a sign that follows a letter, not a separator, as typed', () => {
    expect(csvCell('Smith-Jones')).toBe('Smith-Jones');
    expect(csvCell('a=b')).toBe('a=b');
  });
});
