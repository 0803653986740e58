import { describe, expect, it } from 'vitest';
import { personInputSchema } from '../../../renderer/src/domain/person';

const ada = { kind: 'client', givenName: 'Ada', familyName: 'Lovelace' } as const;

/** The i18n keys zod reports for `input`, by field (none when the input is accepted). */
function problems(input: Record<string, unknown>): Record<string, string> {
  const r = personInputSchema.safeParse(input);
  if (r.success) return {};
  return Object.fromEntries(r.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('personInputSchema', () => {
  it('refuses a person without a family name', () => {
    expect(problems({ ...ada, familyName: ' ' })).toEqual({ familyName: 'validation.required' });
  });

  it('trims names and email so what is shown is what is kept', () => {
    const r = personInputSchema.parse({ ...ada, givenName: '  Ada ', familyName: '\tLovelace\n', email: ' ada@example.ca ' });
    expect(r).toMatchObject({ givenName: 'Ada', familyName: 'Lovelace', email: 'ada@example.ca' });
  });

  it('refuses hidden control and direction characters in a name', () => {
    expect(problems({ ...ada, givenName: 'A\u0007da' })).toEqual({ givenName: 'validation.controlCharacter' });
    // U+202E (right-to-left override) would make the name read differently in a letter.
    expect(problems({ ...ada, familyName: 'Love\u202elace' })).toEqual({ familyName: 'validation.bidiControl' });
  });

  it('turns an empty email into no email rather than refusing it', () => {
    expect(personInputSchema.parse({ ...ada, email: '' }).email).toBeUndefined();
    expect(problems({ ...ada, email: 'ada@' })).toEqual({ email: 'validation.email' });
  });

  it('refuses a phone number that is not digits and separators', () => {
    expect(problems({ ...ada, phone: 'call me' })).toEqual({ phone: 'validation.phone' });
    expect(problems({ ...ada, phone: '12' })).toEqual({ phone: 'validation.phone' });
    expect(personInputSchema.parse({ ...ada, phone: '+1 (604) 555-0100 x12' }).phone).toBe('+1 (604) 555-0100 x12');
  });
});

describe('optional text fields', () => {
  // optionalText promised "'' becomes undefined", but '' passed the first branch unchanged (seen by the register builders).
  it('an address, reference or note left blank is no value at all, not an empty string', () => {
    const r = personInputSchema.parse({ kind: 'client', givenName: 'Ada', familyName: 'Example', address: '  ', externalRef: '', notes: '' });
    expect(r).not.toHaveProperty('address', '');
    expect(r.address).toBeUndefined();
    expect(r.externalRef).toBeUndefined();
    expect(r.notes).toBeUndefined();
  });
});
