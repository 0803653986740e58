// CSV read from a register definition: headers and `{ term }` values in the officer's language,
// names and labels from the open vault, formula cells neutralised, in the definition's column order.
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../renderer/src/i18n';
import en from '../../../renderer/src/i18n/en.json';
import fr from '../../../renderer/src/i18n/fr.json';
import type { CsvContext } from '../../../renderer/src/domain/registers/definition';
import { csvContext, definitionCsv, definitionCsvSource } from '../../../renderer/src/ui/registers/definitionCsv';
import { fakeRegisters, purpose, testPurposes } from './registerFixtures';

const noContext: CsvContext = { personName: () => undefined, label: () => undefined };
// The purposes register's own wording, whatever it is today: these tests are about how it is used.
const EN = en.registers.purposes;
const FR = fr.registers.purposes;
const EN_HEADER = [EN.csv.name, EN.csv.authority, EN.csv.provision, EN.csv.recipients];

describe('CSV from a register definition', () => {
  it('translates the headers and the terms, in English and in French', () => {
    const records = [purpose('p1', 'Payroll', 'withoutConsent', { provision: 'BC PIPA s.18(1)(o)' })];
    const en = definitionCsv(createI18n('en').t, testPurposes, records, noContext);
    expect(en).toBe(`${EN_HEADER.join(',')}\r\nPayroll,${EN.authorities.withoutConsent},BC PIPA s.18(1)(o),\r\n`);
    const inFrench = definitionCsv(createI18n('fr').t, testPurposes, records, noContext, ';');
    const [header, row] = inFrench.split('\r\n');
    expect(header).toBe([FR.csv.name, FR.csv.authority, FR.csv.provision, FR.csv.recipients].join(';'));
    expect(row).toBe(`Payroll;${FR.authorities.withoutConsent};BC PIPA s.18(1)(o);`);
    expect(FR.authorities.withoutConsent).not.toBe(EN.authorities.withoutConsent);
  });

  it('neutralises a cell a spreadsheet would run as a formula, and quotes separators', () => {
    const records = [purpose('p1', '=HYPERLINK("http://example.invalid","x")', 'consent', { provision: '+1, then -2' })];
    const text = definitionCsv(createI18n('en').t, testPurposes, records, noContext);
    expect(text.split('\r\n')[1]).toBe(`"'=HYPERLINK(""http://example.invalid"",""x"")",${EN.authorities.consent},"'+1, then -2",`);
  });

  it('names people and linked records from the vault, and leaves a missing one empty rather than showing its id', () => {
    const records = [purpose('p1', 'Payroll', 'consent', { personId: 'person-1' }), purpose('p2', 'Surveys', 'consent', { personId: 'gone' })];
    const people = { get: (id: string) => (id === 'person-1' ? { givenName: 'Amélie', familyName: 'Côté' } : undefined) };
    const context = csvContext({ people, registers: fakeRegisters(records) } as unknown as Parameters<typeof csvContext>[0]);
    expect(context.label('purposes', 'p2')).toBe('Surveys');
    expect(context.label('purposes', 'nope')).toBeUndefined();
    expect(context.label('unknownRegister', 'p2')).toBeUndefined();
    const lines = definitionCsv(createI18n('en').t, testPurposes, records, context).split('\r\n');
    expect(lines[1]).toBe(`Payroll,${EN.authorities.consent},,Amélie Côté`);
    expect(lines[2]).toBe(`Surveys,${EN.authorities.consent},,`);
    expect(lines[2]).not.toContain('gone');
  });

  it('describes the export for the dialog: title, count, column ids for the audit entry, file name', () => {
    const records = [purpose('p1', 'Payroll', 'consent'), purpose('p2', 'Surveys', 'consent')];
    const source = definitionCsvSource(createI18n('en').t, testPurposes, records, { people: { get: () => undefined }, registers: fakeRegisters(records) } as never);
    expect(source.register).toBe('purposes');
    expect(source.title).toBe(`Export the register “${EN.title}” as a CSV file`);
    expect(source.contents).toContain('2 records');
    expect(source.contents).toContain(EN_HEADER.join(', '));
    expect(source.columns).toEqual(['name', 'authority', 'provision', 'recipients']);
    expect(source.fileName).toBe(EN.title.toLowerCase().replace(/\s+/g, '-'));
    expect(source.text(';').split('\r\n')[0]).toBe(EN_HEADER.join(';'));
  });
});
