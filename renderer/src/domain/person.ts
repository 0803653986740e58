// An individual whose personal information the office holds. Everything here but the id, kind and
// timestamps is personal information: the store seals it (see store/peopleRows.ts).
import { z } from 'zod';

export const PERSON_KINDS = ['client', 'employee', 'applicant', 'contractor', 'other'] as const;
export type PersonKind = (typeof PERSON_KINDS)[number];

const optionalText = (max: number) =>
  z.string().trim().max(max, 'validation.tooLong').optional().or(z.literal('').transform(() => undefined));

export const personInputSchema = z.object({
  kind: z.enum(PERSON_KINDS),
  givenName: z.string().trim().min(1, 'validation.required').max(100, 'validation.tooLong'),
  familyName: z.string().trim().min(1, 'validation.required').max(100, 'validation.tooLong'),
  email: z
    .string()
    .trim()
    .max(254, 'validation.tooLong')
    .email('validation.email')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  phone: z
    .string()
    .trim()
    .regex(/^[+()0-9 .\-x]{7,40}$/, 'validation.phone')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  address: optionalText(500),
  /** A reference the office uses for this person elsewhere (client number, employee number). */
  externalRef: optionalText(100),
  notes: optionalText(5000),
});
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
