// Letter wording found in a full walkthrough: the response letter lists the records before the line
// that refers to them ("Copies of the records listed above"), and French letters carry the officer's
// French title when one was entered.
import { describe, expect, it } from 'vitest';
import { accessLetterContent, type LetterBlock } from '../../../renderer/src/domain/letters/accessLetterContent';
import { privacyOfficerSchema } from '../../../renderer/src/domain/organisation';
import { REGIMES } from '../../../renderer/src/domain/regime';
import { letterInput, OFFICER } from '../letters/accessLetterFixtures';

const texts = (blocks: LetterBlock[]) =>
  blocks.map((b) => (b.type === 'paragraph' || b.type === 'heading' ? b.text : b.type === 'list' ? b.items.join(' / ') : b.type));

describe('response letter: the list comes before the line that refers to it', () => {
  for (const regime of REGIMES) {
    for (const language of ['en', 'fr'] as const) {
      it(`${regime} ${language}: "Copies of the records listed above" follows the list of records`, () => {
        const input = letterInput('response', regime, language);
        input.request = { ...input.request, responseSummary: { ...input.request.responseSummary!, enclosed: 'Copies of the records listed above.' } };
        const lines = texts(accessLetterContent(input).blocks);
        const list = lines.findIndex((line) => line.includes('Intake form of March 2023'));
        const enclosed = lines.indexOf('Copies of the records listed above.');
        expect(list).toBeGreaterThan(-1);
        expect(enclosed).toBeGreaterThan(list);
      });
    }
  }
});

describe('officer title in French letters', () => {
  it('a French letter signs with the French title when one was entered; an English letter keeps the English one', () => {
    const officer = { ...OFFICER, titleFr: 'Responsable de la protection des renseignements personnels' };
    expect(accessLetterContent(letterInput('acknowledgement', 'QC', 'fr', { officer })).signatory.title).toBe(officer.titleFr);
    expect(accessLetterContent(letterInput('acknowledgement', 'QC', 'en', { officer })).signatory.title).toBe('Privacy Officer');
  });

  it('without a French title, a French letter falls back to the title as entered', () => {
    expect(accessLetterContent(letterInput('acknowledgement', 'PIPEDA', 'fr')).signatory.title).toBe('Privacy Officer');
  });

  it('the French title is optional, limited like the title, and an empty one is not kept', () => {
    expect(privacyOfficerSchema.parse({ name: 'J. E.', title: 'Privacy Officer' })).not.toHaveProperty('titleFr');
    expect(privacyOfficerSchema.parse({ name: 'J. E.', title: 'Privacy Officer', titleFr: '  Responsable  ' }).titleFr).toBe('Responsable');
    expect(privacyOfficerSchema.safeParse({ name: 'J. E.', title: 'Privacy Officer', titleFr: 'x'.repeat(1000) }).success).toBe(false);
    expect(privacyOfficerSchema.safeParse({ name: 'J. E.', title: 'Privacy Officer', titleFr: 'Resp\u202Eonsable' }).success).toBe(false);
  });
});
