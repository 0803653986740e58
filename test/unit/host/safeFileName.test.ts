// Issue #13, item 16: an attachment saves back out whatever name it arrived with. Every name made
// here passes the desktop host's own checks (electron/ipc/validate.ts) and the file systems' rules.
import { describe, expect, it } from 'vitest';
import { parseFileName, parseFilters } from '../../../electron/ipc/validate';
import { fileExtension, MAX_FILE_NAME_BYTES, safeFileName, safeTitle } from '../../../renderer/src/host/safeFileName';

const bytes = (text: string) => new TextEncoder().encode(text).length;

const ODD_NAMES = [
  'Scan 2026-03-02.pdf',
  `${'Relevé de compte détaillé '.repeat(30)}.pdf`,
  `${'é'.repeat(400)}.docx`,
  `${'📄'.repeat(200)}.png`,
  'notes: mars/avril\\2026.txt',
  'a\u0000b\u0007c\u001f\u007f\u0085.pdf',
  'invoice\u202Efdp.exe',
  'CON.pdf',
  'nul',
  'Lpt1.tar.gz',
  'com¹.txt',
  'report.p df',
  'archive.tar.gz',
  'README',
  '.hidden',
  '..',
  '...pdf',
  'trailing dots... ',
  'what?<>|*".pdf',
  '   ',
  '',
  'line\nbreak.pdf',
  `short.${'x'.repeat(40)}`,
];

describe('safe file names for saving an attachment (issue #13, item 16)', () => {
  it.each(ODD_NAMES)('%j becomes a name the host and every file system accept', (original) => {
    const name = safeFileName(original);
    expect(() => parseFileName(name, 'suggestedName')).not.toThrow();
    expect(bytes(name)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    // eslint-disable-next-line no-control-regex -- control characters are what must not be there
    expect(name).not.toMatch(/[<>:"/\\|?*\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(name).not.toMatch(/^[.\s]|[.\s]$/);
    expect(name.split('.')[0]).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)$/i);
    const extension = fileExtension(original);
    expect(() => parseFilters([{ name: extension.toUpperCase() || '*', extensions: [extension || '*'] }])).not.toThrow();
  });

  it('keeps an ordinary name as it was', () => {
    expect(safeFileName('Scan 2026-03-02.pdf')).toBe('Scan 2026-03-02.pdf');
    expect(safeFileName('Côté — pièce d’identité.jpeg')).toBe('Côté — pièce d’identité.jpeg');
    expect(safeFileName('archive.tar.gz')).toBe('archive.tar.gz');
  });

  it('replaces what Windows or the host refuse and keeps the rest readable', () => {
    expect(safeFileName('notes: mars/avril\\2026.txt')).toBe('notes_ mars_avril_2026.txt');
    expect(safeFileName('what?<>|*".pdf')).toBe('what______.pdf');
    expect(safeFileName('a\u0000b\u0007c.pdf')).toBe('a_b_c.pdf');
  });

  it('removes a direction override, so the saved name shows its real extension', () => {
    expect(safeFileName('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
  });

  it('shortens a long name to 240 bytes, never inside a character, keeping the extension', () => {
    const long = safeFileName(`${'é'.repeat(400)}.docx`);
    expect(long.endsWith('.docx')).toBe(true);
    expect(bytes(long)).toBeLessThanOrEqual(240);
    expect(long).toBe(`${'é'.repeat(117)}.docx`);
    const emoji = safeFileName(`${'📄'.repeat(200)}.png`);
    expect(emoji).toBe(`${'📄'.repeat(59)}.png`);
  });

  it('moves a reserved Windows device name aside, with or without an extension', () => {
    expect(safeFileName('CON.pdf')).toBe('_CON.pdf');
    expect(safeFileName('nul')).toBe('_nul');
    expect(safeFileName('Lpt1.tar.gz')).toBe('_Lpt1.tar.gz');
    expect(safeFileName('CONTRACT.pdf')).toBe('CONTRACT.pdf');
  });

  it('uses the fallback when nothing usable is left, and drops an extension the host cannot name', () => {
    expect(safeFileName('')).toBe('attachment');
    expect(safeFileName('..')).toBe('attachment');
    expect(safeFileName('.hidden')).toBe('hidden');
    expect(safeFileName('...pdf')).toBe('attachment.pdf');
    expect(fileExtension('report.p df')).toBe('');
    expect(safeFileName('report.p df')).toBe('report.p df');
    expect(fileExtension(`short.${'x'.repeat(40)}`)).toBe('');
  });

  it('makes a viewer title without control characters and of bounded length', () => {
    expect(safeTitle('scan\u0007\u202E.pdf')).toBe('scan_.pdf');
    expect(safeTitle('x'.repeat(500))).toHaveLength(200);
  });
});
