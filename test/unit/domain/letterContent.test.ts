// The content of the access-request letters, before layout: what each Act requires a letter to say,
// the free-text paragraphs the officer may edit (and that editing cannot remove the rest), and
// Canadian French and English conventions for dates, money and punctuation.
import { describe, expect, it } from 'vitest';
import { LETTER_KINDS, LANGUAGES } from '../../../renderer/src/domain/accessRequest';
import { DEFAULT_COMMISSIONERS } from '../../../renderer/src/domain/commissioners';
import { extensionRule } from '../../../renderer/src/domain/deadlines';
import { accessLetterContent, editableParagraphs, LETTER_TEXT, type LetterBlock } from '../../../renderer/src/domain/letters/accessLetterContent';
import { formatDate, formatMoney, localizeProvision, NBSP } from '../../../renderer/src/domain/letters/format';
import { extensionProvision, LETTER_LAW } from '../../../renderer/src/domain/letters/statute';
import { REFUSAL_GROUNDS, findRefusalGround } from '../../../renderer/src/domain/refusalGrounds';
import { REGIMES } from '../../../renderer/src/domain/regime';
import { RuleViolation } from '../../../renderer/src/domain/ruleViolation';
import { letterInput, PERSON, requestFor } from '../letters/accessLetterFixtures';

/** All the text of a letter's body, one string, for "does it say X" checks. */
function bodyText(blocks: LetterBlock[]): string {
  return blocks
    .map((b) => {
      switch (b.type) {
        case 'paragraph':
        case 'heading':
          return b.text;
        case 'fields':
          return b.rows.map((r) => `${r.label} ${r.value}`).join('\n');
        case 'list':
          return b.items.join('\n');
        case 'table':
          return [b.columns.map((c) => c.header), ...b.rows].map((r) => r.join(' | ')).join('\n');
        case 'contact':
          return b.lines.join('\n');
      }
    })
    .join('\n');
}

function ruleOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof RuleViolation) return error.rule;
    throw error;
  }
  throw new Error('expected a RuleViolation');
}

describe('dates, money and provisions', () => {
  it('writes dates the Canadian way in each language, with 1er for the first of the month', () => {
    expect(formatDate('2026-11-25', 'en')).toBe(`November${NBSP}25, 2026`);
    expect(formatDate('2026-11-25', 'fr')).toBe(`25${NBSP}novembre${NBSP}2026`);
    expect(formatDate('2026-12-01', 'fr')).toBe(`1er${NBSP}décembre${NBSP}2026`);
    expect(formatDate('2027-08-03', 'fr')).toBe(`3${NBSP}août${NBSP}2027`);
  });

  it('writes amounts as $1,234.50 and 1 234,50 $', () => {
    expect(formatMoney(123_450, 'en')).toBe('$1,234.50');
    expect(formatMoney(123_450, 'fr')).toBe(`1${NBSP}234,50${NBSP}$`);
    expect(formatMoney(5, 'en')).toBe('$0.05');
  });

  it('cites a provision as "s." in English and "art." in French', () => {
    expect(localizeProvision('s.23(4)(c)', 'en')).toBe('s.23(4)(c)');
    expect(localizeProvision('s.23(4)(c)', 'fr')).toBe(`art.${NBSP}23(4)(c)`);
    expect(localizeProvision('Sch.1 4.9.1–4.9.3', 'fr')).toBe(`annexe${NBSP}1, art.${NBSP}4.9.1–4.9.3`);
    expect(localizeProvision('Sch.1 4.9.5', 'en')).toBe(`Sch.${NBSP}1, cl.${NBSP}4.9.5`);
    expect(localizeProvision('Regulation 7', 'fr')).toBe('Regulation 7');
  });
});

describe('what each letter must say', () => {
  it('acknowledgement: what was asked, the due date and its provision, what happens next, the fee rule', () => {
    for (const regime of REGIMES) {
      const content = accessLetterContent(letterInput('acknowledgement', regime, 'en'));
      const text = bodyText(content.blocks);
      const law = LETTER_LAW[regime];
      expect(text).toContain('All counselling notes');
      expect(text).toContain(formatDate(requestFor('acknowledgement', regime).dueOn, 'en'));
      expect(text).toContain(`${law.responseProvision})`);
      expect(text).toContain(`${law.feeProvision}`);
      expect(text).toContain('What happens next');
      expect(content.reference).toBe('Our reference: AR-2026-0042');
    }
  });

  it('BC acknowledgement explains that Saturdays and holidays are not counted (PIPA s.1)', () => {
    const text = bodyText(accessLetterContent(letterInput('acknowledgement', 'BC_PIPA', 'en')).blocks);
    expect(text).toContain('the Act does not count Saturdays or holidays as days');
    expect(text).toContain('within 30 days');
  });

  it('Alberta acknowledgement gives 45 days (s.28(1)); PIPEDA and Quebec say no answer is a refusal', () => {
    expect(bodyText(accessLetterContent(letterInput('acknowledgement', 'AB_PIPA', 'en')).blocks)).toContain('within 45 days');
    expect(bodyText(accessLetterContent(letterInput('acknowledgement', 'PIPEDA', 'en')).blocks)).toContain('treats your request as refused (PIPEDA, s.8(5))');
    expect(bodyText(accessLetterContent(letterInput('acknowledgement', 'QC', 'fr')).blocks)).toContain('réputée refusée (Loi sur le privé, art.');
  });

  it('fee estimate: amount, basis, deposit, no fee unless confirmed, how to answer, withdrawal, the provision', () => {
    const expectations = { PIPEDA: 's.8(6)', BC_PIPA: 's.32', AB_PIPA: 's.32', QC: 's.33' } as const;
    for (const regime of REGIMES) {
      const text = bodyText(accessLetterContent(letterInput('feeEstimate', regime, 'en')).blocks);
      expect(text).toContain('$45.50');
      if (regime !== 'QC') expect(text).toContain('Photocopying 180 pages');
      // BC PIPA s.32(3)(b) alone provides a deposit: no other letter mentions one.
      if (regime === 'BC_PIPA') expect(text).toContain('$15.00');
      else expect(text).not.toMatch(/deposit/i);
      expect(text).toContain('No fee will be charged unless you confirm');
      expect(text).toContain('privacy@harbour.example');
      expect(text).toContain('You may withdraw your request at any time');
      expect(text).toContain(`${expectations[regime]})`);
      expect(text).toContain(DEFAULT_COMMISSIONERS[regime].phone);
    }
    expect(bodyText(accessLetterContent(letterInput('feeEstimate', 'QC', 'en')).blocks)).toContain('transcription, reproduction or transmission');
  });

  it('Québec: the fee letter lists only the s.33 bases charged and says access itself is free, in English and French', () => {
    const en = bodyText(accessLetterContent(letterInput('feeEstimate', 'QC', 'en')).blocks);
    expect(en).toContain('What the fee covers: Reproduction (copies) of the information; transmission (sending) of the information');
    expect(en).not.toContain('transcription of the information');
    expect(en).toContain('Access to your personal information is free of charge.');
    expect(en).not.toMatch(/deposit/i);
    const fr = bodyText(accessLetterContent(letterInput('feeEstimate', 'QC', 'fr')).blocks);
    expect(fr).toContain(`Ce que couvrent les frais${NBSP}: Reproduction (copies) des renseignements; transmission (envoi) des renseignements`);
    expect(fr).toContain('L’accès à vos renseignements personnels est gratuit.');
    expect(fr).not.toMatch(/acompte/i);
  });

  it('Alberta: the letters say no fee is charged for personal employee information (s.32, check)', () => {
    for (const kind of ['acknowledgement', 'feeEstimate'] as const) {
      expect(bodyText(accessLetterContent(letterInput(kind, 'AB_PIPA', 'en')).blocks)).toContain('personal employee information');
      expect(bodyText(accessLetterContent(letterInput(kind, 'AB_PIPA', 'fr')).blocks)).toContain('renseignements personnels d’employé');
    }
  });

  it('extension notice: new date, reasons, ground and its provision, right to complain to the named commissioner', () => {
    const provisions = { PIPEDA: 's.8(4)(a)(i)', BC_PIPA: 's.31(1)(a)', AB_PIPA: 's.31(1)(a)' } as const;
    for (const regime of ['PIPEDA', 'BC_PIPA', 'AB_PIPA'] as const) {
      const input = letterInput('extensionNotice', regime, 'en');
      const text = bodyText(accessLetterContent(input).blocks);
      expect(text).toContain(formatDate(input.request.extension!.newDue, 'en'));
      expect(text).toContain('archived records stored off site');
      expect(text).toContain(provisions[regime]);
      expect(text).toContain(DEFAULT_COMMISSIONERS[regime].name.en);
      expect(text).toContain(DEFAULT_COMMISSIONERS[regime].phone);
      expect(text).toMatch(/right to (make a )?complain/);
    }
  });

  it('Québec: no extension notice before the Commission granted an extension (s.46)', () => {
    const request = requestFor('acknowledgement', 'QC', { language: 'fr' });
    const input = { ...letterInput('extensionNotice', 'QC', 'fr'), request };
    expect(ruleOf(() => accessLetterContent(input))).toBe('letterNeedsCaiExtension');
    const pending = { ...request, caiExtension: { appliedOn: '2026-11-03', reasons: 'Volume' } };
    expect(ruleOf(() => accessLetterContent({ ...input, request: pending }))).toBe('letterNeedsCaiExtension');
  });

  it('Québec: the notice of an extension the CAI granted gives the dates, s.46, the new limit and the remedies (EN and FR)', () => {
    const en = bodyText(accessLetterContent(letterInput('extensionNotice', 'QC', 'en')).blocks);
    expect(en).toMatch(/applied to the Commission d’accès à l’information/);
    expect(en).toMatch(/granted the extension \(P-39\.1, s\.\s?46\)/);
    expect(en).toContain(`by ${formatDate('2026-12-22', 'en')} at the latest`);
    expect(en).toMatch(/deemed refused \(P-39\.1, s\.\s?32\)/);
    expect(en).toMatch(/examination of the disagreement \(P-39\.1, s\.\s?42\) within 30 days of the refusal \(P-39\.1, s\.\s?43\)/);
    expect(en).toContain('525 René-Lévesque');
    const fr = bodyText(accessLetterContent(letterInput('extensionNotice', 'QC', 'fr')).blocks);
    expect(fr).toMatch(/demandé à la Commission d’accès à l’information de prolonger/);
    expect(fr).toMatch(/la Commission a accordé cette prolongation \(Loi sur le privé, art\.\s?46\)/);
    expect(fr).toContain(`au plus tard le ${formatDate('2026-12-22', 'fr')}`);
    expect(fr).toMatch(/réputée refusée/);
    expect(fr).toMatch(/demande d’examen de mésentente \(Loi sur le privé, art\.\s?42\)/);
  });

  it('Québec: no letter says the Act allows no extension; the acknowledgement names the Commission (EN and FR)', () => {
    for (const language of LANGUAGES) {
      for (const kind of LETTER_KINDS) {
        if (kind === 'refusal' || kind === 'response') continue;
        const text = bodyText(accessLetterContent(letterInput(kind, 'QC', language)).blocks);
        expect(text).not.toMatch(/does not allow this time limit to be extended|ne permet pas de prolonger ce délai/);
      }
    }
    expect(bodyText(accessLetterContent(letterInput('acknowledgement', 'QC', 'en')).blocks)).toMatch(/ask the Commission d’accès à l’information, before that date, to extend it/);
    expect(bodyText(accessLetterContent(letterInput('acknowledgement', 'QC', 'fr')).blocks)).toMatch(/demander à la Commission d’accès à l’information de prolonger ce délai/);
  });

  it('every extension ground deadlines.ts allows has a label and a provision in both languages', () => {
    for (const regime of REGIMES) {
      for (const { ground } of extensionRule(regime)?.grounds ?? []) {
        expect(extensionProvision(regime, ground)).toMatch(/^s\.\d/);
        for (const language of LANGUAGES) expect(LETTER_TEXT[language].extension.ground[ground].length).toBeGreaterThan(10);
      }
    }
  });

  it('response: what is enclosed, how the information is used, to whom disclosed, with the Act’s basis', () => {
    const basis = { PIPEDA: '4.9.1–4.9.3', BC_PIPA: 's.23(1)', AB_PIPA: 's.24(1)', QC: 's.27' } as const;
    for (const regime of REGIMES) {
      const text = bodyText(accessLetterContent(letterInput('response', regime, 'en')).blocks);
      expect(text).toContain('Copies of your intake form');
      expect(text).toContain('to provide counselling services');
      expect(text).toContain('Example Benefits Inc.');
      expect(text).toContain('Intake form of March 2023');
      expect(text).toContain(basis[regime]);
    }
  });

  it('refusal: each withheld item with its ground and provision, the alternative, a contact, the review and its time limit', () => {
    const limits = { PIPEDA: ['6 months', 's.11(3)'], BC_PIPA: ['30 days', 's.47'], AB_PIPA: ['30 days', 's.47'], QC: ['30 days', 's.43'] } as const;
    for (const regime of REGIMES) {
      const input = letterInput('refusal', regime, 'en');
      const content = accessLetterContent(input);
      const text = bodyText(content.blocks);
      for (const item of input.request.decision.filter((i) => i.outcome === 'withheld')) {
        expect(text).toContain(item.description);
        expect(text).toContain(item.ground!);
        expect(text).toContain(item.provision!);
      }
      expect(text).toContain('summary of the withheld session notes');
      expect(text).toContain('Jordan Exampleton, Privacy Officer, can answer');
      expect(text).toContain('500 Sample Street, Suite 210');
      expect(text).toContain('250-555-0142');
      expect(text).toContain(`within ${limits[regime][0]}`);
      expect(text).toContain(limits[regime][1]);
      expect(text).toContain(DEFAULT_COMMISSIONERS[regime].name.en);
      expect(content.subject).toContain('refused in part');
    }
  });

  it('a refusal in full says so, and the response and refusal letters refuse the wrong decision', () => {
    const full = letterInput('refusal', 'BC_PIPA', 'en', { request: requestFor('refusal', 'BC_PIPA', { partial: false }) });
    expect(accessLetterContent(full).subject).toBe('Subject: Response to your access request — access refused');
    expect(ruleOf(() => accessLetterContent({ ...full, kind: 'response' }))).toBe('letterIsRefusal');
    expect(ruleOf(() => accessLetterContent(letterInput('refusal', 'BC_PIPA', 'en', { request: requestFor('response', 'BC_PIPA') })))).toBe('letterIsResponse');
    expect(ruleOf(() => accessLetterContent(letterInput('feeEstimate', 'BC_PIPA', 'en', { request: requestFor('acknowledgement', 'BC_PIPA') })))).toBe('letterNeedsFee');
  });

  it('Quebec refusal offers help to understand it (s.34); PIPEDA keeps the information for the recourse (s.8(8))', () => {
    expect(bodyText(accessLetterContent(letterInput('refusal', 'QC', 'fr')).blocks)).toContain('nous vous aiderons à comprendre ce refus');
    expect(bodyText(accessLetterContent(letterInput('refusal', 'PIPEDA', 'en')).blocks)).toContain('s.8(8)');
  });
});

describe('the officer’s edits', () => {
  it('lists the editable paragraphs of each letter with their defaults', () => {
    for (const kind of LETTER_KINDS) {
      const paragraphs = editableParagraphs(letterInput(kind, 'PIPEDA', 'en'));
      expect(paragraphs.map((p) => p.key)).toContain('opening');
      expect(paragraphs.map((p) => p.key)).toContain('closingNote');
      for (const p of paragraphs) expect(p.text.length).toBeGreaterThan(20);
    }
    expect(editableParagraphs(letterInput('refusal', 'BC_PIPA', 'en')).find((p) => p.key === 'alternative')?.text).toContain('summary of the withheld');
  });

  it('puts the edits in the letter and in the list', () => {
    const input = letterInput('acknowledgement', 'BC_PIPA', 'en', { paragraphs: { opening: 'We were glad to hear from you again.' } });
    expect(bodyText(accessLetterContent(input).blocks)).toContain('We were glad to hear from you again.');
    expect(editableParagraphs(input).find((p) => p.key === 'opening')?.text).toBe('We were glad to hear from you again.');
  });

  it('cannot remove or replace statutory content: emptied paragraphs go, unknown keys are ignored', () => {
    const blank = Object.fromEntries(['opening', 'nextSteps', 'alternative', 'closingNote', 'review', 'subject', 'commissioner', 'blocks'].map((k) => [k, '']));
    for (const kind of ['refusal', 'extensionNotice'] as const) {
      const original = accessLetterContent(letterInput(kind, 'BC_PIPA', 'en'));
      const edited = accessLetterContent(letterInput(kind, 'BC_PIPA', 'en', { paragraphs: blank }));
      const statutory = (blocks: LetterBlock[]) => blocks.filter((b) => !(b.type === 'paragraph' && b.key));
      expect(statutory(edited.blocks)).toEqual(statutory(original.blocks));
      expect(edited.blocks.some((b) => b.type === 'paragraph' && b.key)).toBe(false);
      expect(edited.subject).toBe(original.subject);
    }
  });
});

describe('recipients, commissioners and French typography', () => {
  it('writes to the postal address, or by email when there is none', () => {
    expect(accessLetterContent(letterInput('acknowledgement', 'BC_PIPA', 'en')).recipient).toEqual(['Avery Testperson', '1200 Example Road, Unit 4', 'Victoria BC  V8V 0A0']);
    const emailOnly = accessLetterContent(letterInput('acknowledgement', 'BC_PIPA', 'fr', { person: { ...PERSON, address: undefined } }));
    expect(emailOnly.recipient).toEqual(['Avery Testperson', `Par courriel${NBSP}: avery.testperson@example.org`]);
  });

  it('names the commissioner from settings when the officer corrected it', () => {
    const commissioner = { ...DEFAULT_COMMISSIONERS.BC_PIPA, phone: '250-555-0199', address: { en: ['New Street 1', 'Victoria BC'], fr: ['1, rue Neuve', 'Victoria'] } };
    const text = bodyText(accessLetterContent(letterInput('refusal', 'BC_PIPA', 'en', { commissioner })).blocks);
    expect(text).toContain('250-555-0199');
    expect(text).toContain('New Street 1');
    expect(text).not.toContain('250-387-5629');
  });

  it('puts a no-break space before French colons and inside guillemets, and uses the right article', () => {
    const content = accessLetterContent(letterInput('refusal', 'QC', 'fr'));
    expect(content.reference).toBe(`Notre référence${NBSP}: AR-2026-0042`);
    expect(content.subject.startsWith(`Objet${NBSP}: `)).toBe(true);
    const text = bodyText(content.blocks);
    expect(text.match(/.{20}[^\u00a0]:( |$)/gm) ?? []).toEqual([]);
    expect(text).toContain('soumettre à la Commission d’accès à l’information du Québec');
    expect(bodyText(accessLetterContent(letterInput('extensionNotice', 'PIPEDA', 'fr')).blocks)).toContain('auprès du Commissariat à la protection de la vie privée du Canada');
  });
});

describe('refusal grounds for the picker', () => {
  it('has unique ids, a provision and both labels for every ground', () => {
    const ids = new Set<string>();
    for (const regime of REGIMES) {
      for (const ground of REFUSAL_GROUNDS[regime]) {
        expect(ids.has(ground.id)).toBe(false);
        ids.add(ground.id);
        expect(ground.provision).toMatch(/^s\.\d+(\(\w+(\.\d)?\))*$/);
        expect(ground.label.en.length).toBeGreaterThan(15);
        expect(ground.label.fr.length).toBeGreaterThan(15);
        expect(findRefusalGround(ground.id)).toBe(ground);
      }
    }
    expect(findRefusalGround('BC_PIPA:23(4)(c)')?.provision).toBe('s.23(4)(c)');
  });
});
