// An individual whose personal information the office holds. Everything here but the id, kind and
// timestamps is personal information: the store seals it (see store/peopleRows.ts).
import { z } from 'zod';
import { LIMITS } from './limits';
import { optionalText, requiredText, type TextCheck } from './plainText';

export const PERSON_KINDS = ['client', 'employee', 'applicant', 'contractor', 'other'] as const;
export type PersonKind = (typeof PERSON_KINDS)[number];

/** The fields a person has; `check` says whether text is new input or an existing record (plainText.ts). */
function personShape(check: TextCheck) {
  return {
    kind: z.enum(PERSON_KINDS),
    givenName: requiredText(LIMITS.personName, { check }),
    familyName: requiredText(LIMITS.personName, { check }),
    email: z
      .string()
      .trim()
      .max(LIMITS.email, 'validation.tooLong')
      .email('validation.email')
      .optional()
      .or(z.literal('').transform(() => undefined)),
    phone: z
      .string()
      .trim()
      .regex(/^[+()0-9 .\-x]{7,40}$/, 'validation.phone')
      .optional()
      .or(z.literal('').transform(() => undefined)),
    address: optionalText(LIMITS.address, { check, multiline: true }),
    /** A reference the office uses for this person elsewhere (client number, employee number). */
    externalRef: optionalText(LIMITS.externalRef, { check }),
    notes: optionalText(LIMITS.personNotes, { check, multiline: true }),
  };
}

/** What the officer enters: hidden control and direction characters are refused. */
export const personInputSchema = z.object(personShape('entered'));
/** A person as already kept (archive, snapshot): only the limits, so older records still open. */
export const storedPersonSchema = z.object(personShape('stored'));
export type PersonInput = z.infer<typeof personInputSchema>;

export interface Person extends PersonInput {
  id: string;
  createdAt: string; // ISO 8601 instant
  updatedAt: string;
  archivedAt?: string;
}

export function displayName(p: Pick<Person, 'givenName' | 'familyName'>): string {
  return `${p.givenName} ${p.familyName}`;
}
