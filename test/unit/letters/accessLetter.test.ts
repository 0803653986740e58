// The access-request letters as PDFs, read back as a PDF reader reads them (pdftotext): for every
// kind × regime × language, the content the regime requires is on the page, every page has its
// "Page X of Y" and confidentiality line, and names outside WinAnsi survive.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { currentDue, LANGUAGES, LETTER_KINDS, type LetterKind, type LetterLanguage } from '../../../renderer/src/domain/accessRequest';
import { DEFAULT_COMMISSIONERS } from '../../../renderer/src/domain/commissioners';
import { accessLetterContent } from '../../../renderer/src/domain/letters/accessLetterContent';
import { formatDate, formatMoney } from '../../../renderer/src/domain/letters/format';
import { REGIMES, type Regime } from '../../../renderer/src/domain/regime';
import { RuleViolation } from '../../../renderer/src/domain/ruleViolation';
import { buildAccessLetterPdf, SignatureImageError } from '../../../renderer/src/letters/accessLetter';
import { letterInput, OFFICER, PERSON, requestFor, signaturePng } from './accessLetterFixtures';
import { foldSpace, pdfPageTexts } from './pdfText';

const PAGE = { en: (i: number, n: number) => `Page ${i} of ${n}`, fr: (i: number, n: number) => `Page ${i} de ${n}` };
const CONFIDENTIAL = { en: 'CONFIDENTIAL — This letter contains personal information.', fr: 'CONFIDENTIEL — Cette lettre contient des renseignements personnels.' };
const SECTION = { en: 's.', fr: 'art. ' };
const ACT = { PIPEDA: { en: 'PIPEDA', fr: 'LPRPDE' }, BC_PIPA: { en: 'PIPA', fr: 'PIPA' }, AB_PIPA: { en: 'PIPA', fr: 'PIPA' }, QC: { en: 'P-39.1', fr: 'Loi sur le privé' } };
/** The provision each kind must cite, per regime (s.8(3) = "PIPEDA, s.8(3)" / "LPRPDE, art. 8(3)"). */
const PROVISION: Record<LetterKind, Record<Regime, string>> = {
  acknowledgement: { PIPEDA: '8(3)', BC_PIPA: '29(1)', AB_PIPA: '28(1)', QC: '32' },
  feeEstimate: { PIPEDA: '8(6)', BC_PIPA: '32', AB_PIPA: '32', QC: '33' },
  extensionNotice: { PIPEDA: '8(4)(a)(i)', BC_PIPA: '31(1)(a)', AB_PIPA: '31(1)(a)', QC: '46' },
  response: { PIPEDA: '4.9.1–4.9.3', BC_PIPA: '23(1)', AB_PIPA: '24(1)', QC: '27' },
  refusal: { PIPEDA: '11(3)', BC_PIPA: '47', AB_PIPA: '47', QC: '43' },
};
const REVIEW_LIMIT: Record<Regime, Record<LetterLanguage, string>> = {
  PIPEDA: { en: 'within 6 months after the refusal', fr: 'dans les 6 mois suivant le refus' },
  BC_PIPA: { en: 'within 30 days after you are notified', fr: 'dans les 30 jours suivant la date où vous avez été avisé' },
  AB_PIPA: { en: 'within 30 days after you are notified', fr: 'dans les 30 jours suivant la date où vous avez été avisé' },
  QC: { en: 'within 30 days of this refusal', fr: 'dans les 30 jours suivant le présent refus' },
};

function cite(regime: Regime, language: LetterLanguage, provision: string): string {
  const section = provision.startsWith('4.9') ? (language === 'en' ? 'Sch. 1, cl. ' : 'annexe 1, art. ') : SECTION[language];
  return `${ACT[regime][language]}, ${section}${provision}`;
}

function expectEveryPage(pages: string[], language: LetterLanguage, reference: string): void {
  pages.forEach((page, i) => {
    expect(page).toContain(PAGE[language](i + 1, pages.length));
    expect(page).toContain(CONFIDENTIAL[language]);
    expect(page).toContain(reference);
  });
}

describe('access-request letters, every kind × regime × language', () => {
  for (const kind of LETTER_KINDS) {
    for (const regime of REGIMES) {
      for (const language of LANGUAGES) {
        it(`${kind}, ${regime}, ${language}`, async () => {
          const input = letterInput(kind, regime, language, { officer: { ...OFFICER, signatureImage: signaturePng() } });
          const pages = await pdfPageTexts(await buildAccessLetterPdf(input, { compress: false }));
          const text = pages.join(' ');
          const commissioner = DEFAULT_COMMISSIONERS[regime];
          expectEveryPage(pages, language, 'AR-2026-0042');
          expect(pages[0]).toContain('Harbour Counselling Services Ltd.');
          expect(pages[0]).toContain(foldSpace(formatDate(input.issuedOn, language)));
          expect(pages[0]).toContain('Avery Testperson 1200 Example Road, Unit 4');
          expect(text).toContain('Jordan Exampleton Privacy Officer');
          expect(text).toContain(cite(regime, language, PROVISION[kind][regime]));
          if (kind !== 'response') expect(text).toContain(foldSpace(commissioner.name[language]));
          switch (kind) {
            case 'acknowledgement':
              expect(text).toContain('All counselling notes, intake forms and billing records');
              expect(text).toContain(foldSpace(formatDate(input.request.dueOn, language)));
              break;
            case 'feeEstimate':
              expect(text).toContain(foldSpace(formatMoney(4_550, language)));
              if (regime === 'BC_PIPA') expect(text).toContain(foldSpace(formatMoney(1_500, language)));
              expect(text).toContain(commissioner.phone);
              break;
            case 'extensionNotice':
              expect(text).toContain(foldSpace(formatDate(currentDue(input.request), language)));
              expect(text).toContain('archived records stored off site');
              expect(text).toContain(commissioner.phone);
              expect(text).toContain(commissioner.tollFree!);
              break;
            case 'response':
              expect(text).toContain('Example Benefits Inc.');
              expect(text).toContain('to provide counselling services');
              break;
            case 'refusal':
              for (const item of input.request.decision.filter((d) => d.outcome === 'withheld')) {
                expect(text).toContain(item.description);
                expect(text).toContain(foldSpace(item.ground!));
                expect(text).toContain(cite(regime, language, item.provision!.replace(/^s\./, '')));
              }
              expect(text).toContain(REVIEW_LIMIT[regime][language]);
              expect(text).toContain(commissioner.phone);
              expect(text).toContain('privacy@harbour.example');
              break;
          }
        });
      }
    }
  }

  it('Québec: refuses to write an extension notice before the Commission granted one (s.46)', async () => {
    const request = requestFor('acknowledgement', 'QC', { language: 'fr' });
    await expect(buildAccessLetterPdf({ ...letterInput('extensionNotice', 'QC', 'fr'), request })).rejects.toBeInstanceOf(RuleViolation);
  });
});

describe('the officer’s edits in the PDF', () => {
  it('prints the edited paragraphs and keeps the statutory text when every paragraph is emptied', async () => {
    const edited = letterInput('refusal', 'BC_PIPA', 'en', { paragraphs: { opening: 'Thank you for your patience while we gathered your records.', closingNote: 'Our office is open Monday to Thursday.' } });
    const text = (await pdfPageTexts(await buildAccessLetterPdf(edited, { compress: false }))).join(' ');
    expect(text).toContain('Thank you for your patience while we gathered your records.');
    expect(text).toContain('Our office is open Monday to Thursday.');

    const emptied = letterInput('refusal', 'BC_PIPA', 'en', { paragraphs: { opening: '', alternative: '', closingNote: '', review: 'No review.' } });
    const bare = (await pdfPageTexts(await buildAccessLetterPdf(emptied, { compress: false }))).join(' ');
    expect(bare).not.toContain('No review.');
    expect(bare).toContain(REVIEW_LIMIT.BC_PIPA.en);
    expect(bare).toContain('Office of the Information and Privacy Commissioner for British Columbia');
    expect(bare).toContain('PIPA, s.23(3)(a)');
  });
});

describe('the corrections the person asked for and did not get (BC PIPA s.24(3); PIPEDA Sch.1 4.9.6)', () => {
  const annotations = [{ reference: 'CR-2026-0007', requestedOn: '2026-06-01', decidedOn: '2026-06-20', text: 'Asked: my employer is Fictive Ltd., not Example Inc.' }];

  it('are printed in a response and in a refusal in part, in the letter’s language', async () => {
    const en = (await pdfPageTexts(await buildAccessLetterPdf(letterInput('response', 'BC_PIPA', 'en', { annotations }), { compress: false }))).map(foldSpace).join(' ');
    expect(en).toContain('Corrections you asked for that we did not make');
    expect(en).toContain('Asked: my employer is Fictive Ltd., not Example Inc. (asked for on June 1, 2026, our reference CR-2026-0007; not made, noted on June 20, 2026)');
    const fr = (await pdfPageTexts(await buildAccessLetterPdf(letterInput('response', 'PIPEDA', 'fr', { annotations }), { compress: false }))).map(foldSpace).join(' ');
    expect(fr).toContain('Rectifications demandées que nous n’avons pas faites');
    expect(fr).toContain('notre référence CR-2026-0007');
    const partial = accessLetterContent({ ...letterInput('refusal', 'BC_PIPA', 'en', { annotations }), request: requestFor('refusal', 'BC_PIPA', { partial: true }) });
    expect(partial.blocks).toContainEqual({ type: 'heading', text: 'Corrections you asked for that we did not make' });
  });

  it('leave the letter as before when there are none', () => {
    const content = accessLetterContent(letterInput('response', 'BC_PIPA', 'en'));
    expect(JSON.stringify(content.blocks)).not.toContain('Corrections you asked for');
  });
});

describe('a long refusal', () => {
  it('runs 30 withheld items over several pages, each numbered "Page X of Y" with the table header repeated', async () => {
    for (const language of LANGUAGES) {
      const input = letterInput('refusal', 'BC_PIPA', language, { request: requestFor('refusal', 'BC_PIPA', { withheld: 30, language }) });
      const pages = await pdfPageTexts(await buildAccessLetterPdf(input, { compress: false }));
      expect(pages.length).toBeGreaterThanOrEqual(3);
      expectEveryPage(pages, language, 'AR-2026-0042');
      const text = pages.join(' ');
      for (let i = 1; i <= 30; i += 1) expect(text).toContain(language === 'en' ? `Session note no. ${i} of` : `Note de séance no ${i} du`);
      const header = language === 'en' ? 'Information withheld' : 'Renseignement refusé';
      expect(pages.filter((p) => p.includes(header)).length).toBeGreaterThanOrEqual(2);
      expect(pages.slice(1).every((p) => p.includes(`AR-2026-0042 — Avery Testperson (${language === 'en' ? 'continued' : 'suite'})`))).toBe(true);
    }
  });
});

describe('names outside WinAnsi, the signature and the file itself', () => {
  it('prints Vietnamese, Polish, Czech, Greek and Cyrillic names as written (embedded Noto Sans)', async () => {
    for (const [givenName, familyName] of [['Nguyễn Thị', 'Ánh'], ['Łukasz', 'Ďurčová'], ['Ελένη', 'Жанна']] as const) {
      const input = letterInput('acknowledgement', 'BC_PIPA', 'fr', { person: { ...PERSON, givenName, familyName } });
      const pages = await pdfPageTexts(await buildAccessLetterPdf(input, { compress: false }));
      expect(pages[0]).toContain(`${givenName} ${familyName}`);
    }
  });

  it('embeds the signature image, and explains a file that is not PNG or JPEG', async () => {
    const signed = await buildAccessLetterPdf(letterInput('response', 'PIPEDA', 'en', { officer: { ...OFFICER, signatureImage: signaturePng() } }), { compress: false });
    expect(new TextDecoder('latin1').decode(signed)).toContain('/Subtype /Image');
    const unsigned = await buildAccessLetterPdf(letterInput('response', 'PIPEDA', 'en'), { compress: false });
    expect(new TextDecoder('latin1').decode(unsigned)).not.toContain('/Subtype /Image');
    const gif = new TextEncoder().encode('GIF89a not a signature');
    await expect(buildAccessLetterPdf(letterInput('response', 'PIPEDA', 'en', { officer: { ...OFFICER, signatureImage: gif } }))).rejects.toBeInstanceOf(SignatureImageError);
  });

  it('is compressed by default, embeds subset fonts, carries its title, and passes qpdf --check', async () => {
    const input = letterInput('refusal', 'QC', 'fr');
    const pdf = await buildAccessLetterPdf(input);
    const source = new TextDecoder('latin1').decode(pdf);
    expect(source.startsWith('%PDF-')).toBe(true);
    expect(source).toContain('/FlateDecode');
    expect(source).toContain('/FontFile2');
    expect(source).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSans-Regular/);
    expect(source).toContain('/MediaBox [0 0 612 792]');
    expect(source).not.toContain('Testperson');
    const dir = mkdtempSync(join(tmpdir(), 'custodian-letter-'));
    try {
      const file = join(dir, 'letter.pdf');
      writeFileSync(file, pdf);
      expect(execFileSync('qpdf', ['--check', file], { encoding: 'utf8' })).toContain('No syntax or stream encoding errors');
      const info = execFileSync('pdfinfo', ['-enc', 'UTF-8', file], { encoding: 'utf8' });
      expect(info).toContain(accessLetterContent(input).title);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
