// Issue #16 item 6: the consent withdrawal and correction letters, read back from the PDF as a reader
// reads it (pdftotext): for every letter × Act × language, the facts and the provisions are on the
// page, every page has its footer, the signature block never starts a page alone; a notice to an
// organisation with no address is refused and nothing is produced.
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type LetterLanguage } from '../../../renderer/src/domain/accessRequest';
import { DEFAULT_COMMISSIONERS, type Commissioner } from '../../../renderer/src/domain/commissioners';
import { formatDate } from '../../../renderer/src/domain/letters/format';
import { recordLetterContent, type RecordLetterInput } from '../../../renderer/src/domain/letters/recordLetters';
import { REGIMES, type Regime } from '../../../renderer/src/domain/regime';
import { RuleViolation } from '../../../renderer/src/domain/ruleViolation';
import { buildRecordLetterPdf } from '../../../renderer/src/letters/recordLetterPdf';
import { OFFICER, ORGANISATION, signaturePng } from './accessLetterFixtures';
import { foldSpace, pdfPageTexts } from './pdfText';

const PERSON = { name: 'Łukasz Nguyễn', address: '1200 Example Road, Unit 4\nVictoria BC  V8V 0A0' };
const RECIPIENT = { name: 'Northshore Physiotherapy Inc.', address: '77 Harbour Lane\nNanaimo BC  V9R 0C1', attention: 'Records Manager' };
const REQUEST = {
  reference: 'CR-2026-0007',
  receivedOn: '2026-10-14',
  whatIsWrong: 'My date of birth is recorded as 1985-03-12.',
  correctionAsked: 'Record my date of birth as 1985-12-03.',
};
const CHANGED = 'Date of birth changed from 1985-03-12 to 1985-12-03 in the client file and the billing system.';
const CONSEQUENCES = 'You will no longer receive appointment reminders by text message; we will remind you by telephone only if you ask.';
const OBLIGATION = { use: 'Keeping your billing records', obligation: 'the Income Tax Act requires us to keep them for six years' };

const SHORT = { PIPEDA: { en: 'PIPEDA', fr: 'LPRPDE' }, BC_PIPA: { en: 'PIPA', fr: 'PIPA' }, AB_PIPA: { en: 'PIPA', fr: 'PIPA' }, QC: { en: 'P-39.1', fr: 'Loi sur le privé' } };
const CONFIDENTIAL = { en: 'CONFIDENTIAL — This letter contains personal information.', fr: 'CONFIDENTIEL — Cette lettre contient des renseignements personnels.' };
const PAGE = { en: (i: number, n: number) => `Page ${i} of ${n}`, fr: (i: number, n: number) => `Page ${i} de ${n}` };

/** "PIPA, s.24(2)(b)" / "PIPA, art. 24(2)(b)", as read back. */
function cite(regime: Regime, language: LetterLanguage, provision: string): string {
  const schedule = provision.startsWith('4.') ? (language === 'en' ? 'Sch. 1, cl. ' : 'annexe 1, art. ') : language === 'en' ? 's.' : 'art. ';
  return `${SHORT[regime][language]}, ${schedule}${provision}`;
}

type Case = 'consentWithdrawal' | 'correctionAcknowledgement' | 'corrected' | 'notCorrected' | 'correctionNotice';
const CASES: Case[] = ['consentWithdrawal', 'correctionAcknowledgement', 'corrected', 'notCorrected', 'correctionNotice'];

/** The provision each letter must cite, by Act (none where the Act's provision is not settled). */
const PROVISION: Record<Case, Partial<Record<Regime, string>>> = {
  consentWithdrawal: { PIPEDA: '4.3.8', BC_PIPA: '9(5)', AB_PIPA: '9' },
  correctionAcknowledgement: { PIPEDA: '4.9.5', BC_PIPA: '29(1)', AB_PIPA: '28(1)', QC: '32' },
  corrected: { PIPEDA: '4.9.5', BC_PIPA: '24(2)(b)', AB_PIPA: '25', QC: '28' },
  notCorrected: { PIPEDA: '11(3)', BC_PIPA: '24(3)', AB_PIPA: '47', QC: '43' },
  correctionNotice: { PIPEDA: '4.9.5', BC_PIPA: '24(2)(b)', AB_PIPA: '25' },
};

function inputFor(which: Case, regime: Regime, language: LetterLanguage, long = 0): RecordLetterInput {
  const base = { language, regime, issuedOn: '2026-11-20', organisation: ORGANISATION, officer: { ...OFFICER, signatureImage: signaturePng(240, 70, { alpha: true }) }, person: PERSON };
  const more = (text: string) => `${text} ${'We have recorded this in your file and will keep it under review. '.repeat(long)}`.trim();
  switch (which) {
    case 'consentWithdrawal':
      return {
        ...base,
        kind: 'consentWithdrawal',
        reference: 'CN-2026-0003',
        withdrawnOn: '2026-11-12',
        effectiveOn: '2026-11-16',
        how: 'written',
        purposes: ['Appointment reminders by text message', 'Newsletter about our services'],
        consequences: more(CONSEQUENCES),
        continuing: [OBLIGATION],
      };
    case 'correctionAcknowledgement':
      return { ...base, kind: 'correctionAcknowledgement', request: { ...REQUEST, whatIsWrong: more(REQUEST.whatIsWrong) }, dueOn: '2026-11-25' };
    case 'corrected':
      return {
        ...base,
        kind: 'correctionOutcome',
        request: REQUEST,
        decision: { on: '2026-11-18', outcome: 'corrected', whatChanged: more(CHANGED) },
        recipientsNotified: [RECIPIENT.name],
      };
    case 'notCorrected':
      return {
        ...base,
        kind: 'correctionOutcome',
        request: REQUEST,
        decision: { on: '2026-11-18', outcome: 'notCorrected', reasons: more('Your health card, which you gave us at intake, shows 1985-03-12.') },
      };
    case 'correctionNotice':
      return { ...base, kind: 'correctionNotice', request: REQUEST, recipient: RECIPIENT, correctedOn: '2026-11-18', correctedInformation: more(CHANGED), disclosedOn: '2026-06-02' };
  }
}

const date = (iso: string, language: LetterLanguage) => foldSpace(formatDate(iso, language));

/** The facts each letter must carry, as read back. */
function facts(which: Case, regime: Regime, language: LetterLanguage): string[] {
  const commissioner = DEFAULT_COMMISSIONERS[regime];
  switch (which) {
    case 'consentWithdrawal':
      return [language === 'en' ? 'In writing' : 'Par écrit', 'Appointment reminders by text message', 'Newsletter about our services', date('2026-11-16', language), CONSEQUENCES, `${OBLIGATION.use} — ${OBLIGATION.obligation}`];
    case 'correctionAcknowledgement':
      return ['CR-2026-0007', date('2026-10-14', language), REQUEST.whatIsWrong, REQUEST.correctionAsked, date('2026-11-25', language)];
    case 'corrected':
      return ['CR-2026-0007', CHANGED, RECIPIENT.name, date('2026-11-18', language)];
    case 'notCorrected':
      // The annotation defaults to the correction asked for; the commissioner with their address.
      return ['CR-2026-0007', REQUEST.correctionAsked, foldSpace(commissioner.name[language]), foldSpace(commissioner.address[language].join(' ')), commissioner.phone];
    case 'correctionNotice':
      return ['CR-2026-0007', RECIPIENT.name, 'Records Manager', '77 Harbour Lane Nanaimo BC V9R 0C1', PERSON.name, CHANGED, date('2026-06-02', language)];
  }
}

/** The page's own text: without the continuation line and the footer. */
function bodyOf(page: string, language: LetterLanguage, index: number): string {
  const footer = page.lastIndexOf(CONFIDENTIAL[language]);
  const body = (footer >= 0 ? page.slice(0, footer) : page).trim();
  return index > 0 ? body.replace(/^\S+ — Łukasz Nguyễn \((continued|suite)\)/, '').trim() : body;
}

describe('consent and correction letters, every letter × Act × language', () => {
  for (const which of CASES) {
    for (const regime of REGIMES) {
      for (const language of LANGUAGES) {
        it(`${which}, ${regime}, ${language}`, async () => {
          const input = inputFor(which, regime, language);
          const content = recordLetterContent(input);
          const pages = await pdfPageTexts(await buildRecordLetterPdf(input, { compress: false }));
          const text = pages.join(' ');
          const reference = which === 'consentWithdrawal' ? 'CN-2026-0003' : 'CR-2026-0007';
          pages.forEach((page, i) => {
            expect(page).toContain(PAGE[language](i + 1, pages.length));
            expect(page).toContain(CONFIDENTIAL[language]);
            expect(page).toContain(reference);
          });
          expect(pages[0]).toContain('Harbour Counselling Services Ltd.');
          expect(pages[0]).toContain(date('2026-11-20', language));
          expect(pages[0]).toContain(foldSpace(content.subject));
          expect(pages[0]).toContain(which === 'correctionNotice' ? RECIPIENT.name : `${PERSON.name} 1200 Example Road, Unit 4`);
          expect(text).toContain(`${foldSpace(content.closing)} Jordan Exampleton Privacy Officer`);
          for (const fact of facts(which, regime, language)) expect(text).toContain(fact);
          const provision = PROVISION[which][regime];
          if (provision) expect(text).toContain(cite(regime, language, provision));
        });
      }
    }
  }

  it('says where a legal obligation keeps a use going, citing BC PIPA s.9(5), and leaves the section out when none continues', () => {
    const input = inputFor('consentWithdrawal', 'BC_PIPA', 'en');
    const said = JSON.stringify(recordLetterContent(input).blocks);
    expect(said).toContain('cannot stop a use of your information that a legal obligation requires (PIPA, s.9(5))');
    const none = JSON.stringify(recordLetterContent({ ...input, continuing: [] } as RecordLetterInput).blocks);
    expect(none).not.toContain('legal obligation');
  });

  it('names the commissioner the officer corrected in settings in the not-corrected letter', () => {
    const commissioner: Commissioner = { ...DEFAULT_COMMISSIONERS.BC_PIPA, address: { en: ['PO Box 1234 Test Station', 'Victoria BC  V8W 1A1'], fr: ['C.P. 1234', 'Victoria (C.-B.)  V8W 1A1'] } };
    const input = { ...inputFor('notCorrected', 'BC_PIPA', 'en'), commissioner } as RecordLetterInput;
    expect(JSON.stringify(recordLetterContent(input).blocks)).toContain('PO Box 1234 Test Station');
  });
});

describe('the signature block stays with the letter', () => {
  for (const which of CASES) {
    for (const language of LANGUAGES) {
      for (const long of [4, 9, 14, 19, 24]) {
        it(`${which}, ${language}, ${long} extra sentences: the closing is not alone on its page`, async () => {
          const input = inputFor(which, 'BC_PIPA', language, long);
          const content = recordLetterContent(input);
          const pages = await pdfPageTexts(await buildRecordLetterPdf(input, { compress: false }));
          const bodies = pages.map((page, i) => bodyOf(page, language, i));
          const closing = foldSpace(content.closing);
          const at = bodies.findIndex((b) => b.includes(`${closing} Jordan Exampleton Privacy Officer`));
          expect(at).toBeGreaterThanOrEqual(0);
          const before = bodies[at]!.slice(0, bodies[at]!.lastIndexOf(closing)).trim();
          expect(before.length, `page ${at + 1} starts with the signature block alone`).toBeGreaterThan(0);
          const last = content.blocks.at(-1)!;
          if (last.type === 'paragraph') expect(before.endsWith(foldSpace(last.text).slice(-40))).toBe(true);
        });
      }
    }
  }
});

describe('refusals: a clear rule, nothing produced', () => {
  function refused(input: RecordLetterInput, rule: string): void {
    let error: unknown;
    try {
      recordLetterContent(input);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RuleViolation);
    expect((error as RuleViolation).rule).toBe(rule);
  }

  it('a correction notice to a recipient with no address (missing or blank) is refused: recipientAddressMissing', async () => {
    const input = inputFor('correctionNotice', 'BC_PIPA', 'en') as Extract<RecordLetterInput, { kind: 'correctionNotice' }>;
    refused({ ...input, recipient: { name: RECIPIENT.name } }, 'recipientAddressMissing');
    refused({ ...input, recipient: { name: RECIPIENT.name, address: ' \n  ' } }, 'recipientAddressMissing');
    await expect(buildRecordLetterPdf({ ...input, recipient: { name: RECIPIENT.name } })).rejects.toMatchObject({ rule: 'recipientAddressMissing' });
  });

  it('a withdrawal with no purpose or no consequences, a correction with nothing changed, a bad reference: each refused by its rule', () => {
    const consent = inputFor('consentWithdrawal', 'BC_PIPA', 'fr') as Extract<RecordLetterInput, { kind: 'consentWithdrawal' }>;
    refused({ ...consent, purposes: ['  '] }, 'letterNeedsPurposes');
    refused({ ...consent, consequences: '' }, 'letterNeedsConsequences');
    refused({ ...consent, continuing: [{ use: 'Billing records', obligation: ' ' }] }, 'letterNeedsObligation');
    const outcome = inputFor('corrected', 'PIPEDA', 'en') as Extract<RecordLetterInput, { kind: 'correctionOutcome' }>;
    refused({ ...outcome, decision: { on: '2026-11-18', outcome: 'corrected' } }, 'letterNeedsWhatChanged');
    refused({ ...outcome, request: { ...REQUEST, reference: 'AR-2026-0007' } }, 'letterReference');
    const notice = inputFor('correctionNotice', 'PIPEDA', 'en') as Extract<RecordLetterInput, { kind: 'correctionNotice' }>;
    refused({ ...notice, correctedInformation: ' ' }, 'letterNeedsCorrectedInformation');
  });
});
