// The access response letter names the recipients from the disclosure log (BC PIPA s.23(1)(c);
// PIPEDA Sch.1 4.9.3): the prefilled "disclosed to" text, as the respond step records it, printed by
// the real letter code and read back with pdftotext — one recipient a line, in the letter's language.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LetterLanguage } from '../../../renderer/src/domain/accessRequest';
import { applyAction } from '../../../renderer/src/domain/accessWorkflow';
import type { Disclosure } from '../../../renderer/src/domain/registers/disclosures';
import { buildAccessLetterPdf } from '../../../renderer/src/letters/accessLetter';
import { responseRecipients } from '../../../renderer/src/features/disclosures/responseRecipients';
import { ISSUED, letterInput, PERSON, requestFor } from '../letters/accessLetterFixtures';

const disclosure = (disclosedOn: string, name: string, address: string, personId = PERSON.id) =>
  ({ personId, disclosedOn, recipient: { kind: 'organisation', name, address } }) as Disclosure;
const LOG = [
  disclosure('2026-09-14', 'Example Benefits Inc.', '200 Granville Street\nVancouver BC V6C 1S4'),
  disclosure('2026-10-01', 'Fictive Collections Ltd.', '9 Sample Road, Surrey BC V3T 0A1'),
  disclosure('2026-10-20', 'EXAMPLE BENEFITS INC.', '200 Granville Street, Vancouver BC V6C 1S4'),
  disclosure('2026-10-02', 'Someone Else’s Insurer', '1 Other Way', 'another-person'),
];

async function responseLetter(language: LetterLanguage) {
  const prefill = responseRecipients(LOG, PERSON.id, language, ISSUED);
  const acknowledged = requestFor('acknowledgement', 'BC_PIPA', { language });
  const responded = applyAction(
    acknowledged,
    {
      type: 'respond',
      on: ISSUED,
      items: [{ description: 'Billing statements, 2026', outcome: 'disclosed' }],
      uses: 'To bill you.',
      disclosedTo: prefill.text,
      enclosed: 'Copies of the statements.',
    },
    { today: ISSUED, at: `${ISSUED}T18:00:00.000Z` },
  );
  const pdf = await buildAccessLetterPdf({ ...letterInput('response', 'BC_PIPA', language), request: responded });
  mkdirSync('test-results', { recursive: true });
  const file = `test-results/disclosures-response-${language}.pdf`;
  writeFileSync(file, pdf);
  // -layout keeps each printed line a line, so "one recipient a line" can be seen.
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\u00a0/g, ' ');
}

describe('the response letter names the recipients from the disclosure log', () => {
  it('English: each recipient once, on its own line, with its address and dates; no one else’s', async () => {
    const text = await responseLetter('en');
    expect(text).toContain('To whom your information has been disclosed');
    const lines = text.split('\n').map((l) => l.trim());
    const benefits = lines.findIndex((l) => l.startsWith('• Example Benefits Inc., 200 Granville Street, Vancouver BC V6C 1S4 — September 14, 2026;'));
    const collections = lines.findIndex((l) => l.startsWith('• Fictive Collections Ltd., 9 Sample Road, Surrey BC V3T 0A1 — October 1, 2026'));
    expect(benefits).toBeGreaterThan(0);
    expect(collections).toBeGreaterThan(benefits);
    expect(text.replace(/\s+/g, ' ')).toContain('September 14, 2026; October 20, 2026');
    expect(text).not.toContain('EXAMPLE BENEFITS');
    expect(text).not.toContain('Someone Else');
  }, 60_000);

  it('French: the same list with French dates and the French heading', async () => {
    const text = (await responseLetter('fr')).replace(/\s+/g, ' ');
    expect(text).toContain('Destinataires de vos renseignements');
    expect(text).toContain('• Example Benefits Inc., 200 Granville Street, Vancouver BC V6C 1S4 — 14 septembre 2026 ; 20 octobre 2026');
    expect(text).toContain('• Fictive Collections Ltd., 9 Sample Road, Surrey BC V3T 0A1 — 1er octobre 2026');
  }, 60_000);
});
