// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { buildRecoveryKitPdf } from '../../../renderer/src/letters/recoveryKit';
import { recoveryKeyGroups } from '../../../renderer/src/letters/recoveryKeyGroups';
import { pdfTextLines } from './pdfText';

const KEY = 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789-ABCD-EFGH-JKMN-PQRS-TV00';
const input = { organisationName: 'Clinique Sainte-Hélène inc.', recoveryKey: KEY, createdAt: new Date('2025-03-14T12:00:00Z') };

describe('recovery kit PDF', () => {
  it('holds the title, the organisation, every key group and the instructions (English)', async () => {
    const pdf = await buildRecoveryKitPdf({ ...input, language: 'en' }, { compress: false });
    expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe('%PDF-');
    const text = pdfTextLines(pdf).join('\n');
    expect(text).toContain('Custodian recovery kit');
    expect(text).toContain('Clinique Sainte-Hélène inc.');
    expect(text).toContain('March 14, 2025');
    for (const group of recoveryKeyGroups(KEY)) expect(text).toContain(group);
    expect(text).toContain('ABCD  EFGH  JKMN  PQRS');
    for (const heading of ['RECOVERY KEY', 'What this is', 'Keep it safe', 'How to use it', 'Stored at:']) expect(text).toContain(heading);
    expect(text).toContain('Anyone who has this key and a copy of the Custodian database can read everything');
    expect(text).toContain('“Use recovery key”');
    expect(text).toContain('CONFIDENTIAL');
  });

  it('keeps French accents and guillemets (standard fonts, WinAnsi)', async () => {
    const pdf = await buildRecoveryKitPdf({ ...input, language: 'fr' }, { compress: false });
    const text = pdfTextLines(pdf).join('\n');
    expect(text).toContain('Trousse de récupération Custodian');
    expect(text).toContain('Clé de récupération'.toUpperCase());
    expect(text).toContain('Créée le');
    expect(text).toContain('14 mars 2025');
    expect(text).toContain('«\u00a0Utiliser la clé de');
    expect(text).toContain('récupération\u00a0»');
    expect(text).toContain('Créée le\u00a0: 14 mars 2025');
    expect(text).toContain('Conservez-la en lieu sûr');
    expect(text).toContain('CONFIDENTIEL');
  });

  it('is one Letter-size page, compressed by default', async () => {
    const pdf = await buildRecoveryKitPdf({ ...input, language: 'en' });
    const source = new TextDecoder('latin1').decode(pdf);
    expect(source.match(/\/Type \/Page\b/g)).toHaveLength(1);
    expect(source).toContain('/MediaBox [0 0 612 792]');
    expect(source).toContain('/FlateDecode');
    expect(source).not.toContain('Custodian recovery kit'.split('').map((c) => c.charCodeAt(0).toString(16)).join(''));
  });
});
