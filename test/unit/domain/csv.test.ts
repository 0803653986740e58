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
    expect(csvCell('\t=cmd')).toBe("'\t=cmd");
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
