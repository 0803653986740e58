// The stored record's schema of a register: its own `record` when it keeps more than its fields
// (access requests keep their workflow), otherwise its stored fields plus the bookkeeping every
// record carries. Strict: an unknown field is refused, not silently dropped (archive, restore).
import { z } from 'zod';
import type { AnyRegisterDefinition, RegisterRecord } from './definition';
import { instant, recordId } from './recordSchemas';

export const REFERENCE_FORMAT = /^([A-Z]{2,4})-(\d{4})-(\d{4,})$/;

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
        })
        .strict()) as z.ZodType<RegisterRecord>;
    cache.set(definition, schema);
  }
  return schema;
}
