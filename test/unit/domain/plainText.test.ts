// Issue #13, item 15: what counts as hidden text, and the schemas the form and the store share.
import { describe, expect, it } from 'vitest';
import { textProblem } from '../../../renderer/src/domain/plainText';
import { personInputSchema, storedPersonSchema } from '../../../renderer/src/domain/person';
import { organisationProfileSchema } from '../../../renderer/src/domain/organisation';

const person = { kind: 'client', givenName: 'Amélie', familyName: 'Côté' };
const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('hidden characters in text', () => {
  it.each([
    ['a bidi override (RLO)', 'Côté\u202Eexe.pdf', 'bidiControl'],
    ['a bidi embedding (LRE)', '\u202Aabc', 'bidiControl'],
    ['a pop (PDF)', 'abc\u202C', 'bidiControl'],
    ['an isolate (RLI … PDI)', '\u2067abc\u2069', 'bidiControl'],
    ['a C0 control (BEL)', 'a\u0007b', 'controlCharacter'],
    ['NUL', 'a\u0000b', 'controlCharacter'],
    ['DEL', 'a\u007fb', 'controlCharacter'],
    ['a C1 control (NEL)', 'a\u0085b', 'controlCharacter'],
    ['a line separator', 'a\u2028b', 'controlCharacter'],
  ])('refuses %s', (_case, text, problem) => {
    expect(textProblem(text, true)).toBe(problem);
    expect(textProblem(text, false)).toBe(problem);
  });

  it('allows tab and line breaks only where text runs over lines', () => {
    expect(textProblem('line one\nline two\r\n\tindented', true)).toBeNull();
    expect(textProblem('Amélie\tCôté', false)).toBe('controlCharacter');
    expect(textProblem('Amélie\nCôté', false)).toBe('controlCharacter');
  });

  it('keeps LRM and RLM, letters of every script, and emoji', () => {
    expect(textProblem('\u05d3\u05d5\u05d3 (David)\u200e', false)).toBeNull();
    expect(textProblem('محمد\u200f Smith', false)).toBeNull();
    expect(textProblem('Nguyễn Thị Ánh 👍', false)).toBeNull();
  });
});

describe('the person schema the form and the store share', () => {
  it('names the field and the reason', () => {
    expect(messages(personInputSchema.safeParse({ ...person, givenName: 'Am\u202Eélie' }))).toEqual({ givenName: 'validation.bidiControl' });
    expect(messages(personInputSchema.safeParse({ ...person, address: '1 Main St\nVictoria', notes: 'x\u0001' }))).toEqual({ notes: 'validation.controlCharacter' });
  });

  it('the stored schema (archive, snapshot) still takes a record kept before the rule', () => {
    expect(storedPersonSchema.safeParse({ ...person, givenName: 'Am\u202Eélie' }).success).toBe(true);
  });

  it('the organisation profile refuses them too', () => {
    const profile = { legalName: 'Office\u2066', address: '1 Main', phone: '604-555-0100', email: 'a@example.ca', defaultRegime: 'BC_PIPA' };
    expect(messages(organisationProfileSchema.safeParse(profile))).toEqual({ legalName: 'validation.bidiControl' });
  });
});
