// The stored record's schema of a register: its own `record` when it keeps more than its fields
// (access requests keep their workflow), otherwise its stored fields plus the bookkeeping every
// record carries. Strict: an unknown field is refused, not silently dropped (archive, restore).
import { z } from 'zod';
import type { AnyRegisterDefinition, RegisterRecord } from './definition';
import { LANGUAGES } from '../language';
import { instant, isoDate, recordId, sha256 } from './recordSchemas';

export const REFERENCE_FORMAT = /^([A-Z]{2,4})-(\d{4})-(\d{4,})$/;

/** Long enough for a recipient id (recipientIdOf: name and address). */
const RECIPIENT_ID_MAX = 2000;

function lettersSchema(kinds: readonly string[]) {
  const letter = z
    .object({
      id: recordId,
      kind: z.enum(kinds as [string, ...string[]]),
      language: z.enum(LANGUAGES),
      issuedOn: isoDate,
      issuedAt: instant,
      sha256,
      size: z.number().int().nonnegative(),
      recipientId: z.string().min(1).max(RECIPIENT_ID_MAX).optional(),
    })
    .strict();
  // A record kept before its register had letters has none.
  return z.array(letter).default([]);
}

const cache = new WeakMap<AnyRegisterDefinition, z.ZodType<RegisterRecord>>();

export function recordSchemaOf(definition: AnyRegisterDefinition): z.ZodType<RegisterRecord> {
  let schema = cache.get(definition);
  if (!schema) {
    schema = (definition.record ??
      (definition.fields('stored') as z.ZodObject)
        .safeExtend({
          id: recordId,
          createdAt: instant,
          updatedAt: instant,
          ...(definition.reference ? { reference: z.string().regex(REFERENCE_FORMAT) } : {}),
          ...(definition.removal === 'retire' ? { retiredAt: instant.optional() } : {}),
          ...(definition.letters ? { letters: lettersSchema(definition.letters.kinds) } : {}),
        })
        .strict()) as z.ZodType<RegisterRecord>;
    cache.set(definition, schema);
  }
  return schema;
}
