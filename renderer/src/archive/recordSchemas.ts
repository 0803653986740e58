// Full records as an archive carries them, checked one by one before anything is restored. Built on
// the domain's input schemas; `.strict()` everywhere so an unknown field is refused rather than
// silently dropped (a newer writer bumps the format version instead).
import { z } from 'zod';
import { auditEntrySchema, type AuditEntry } from '../domain/audit';
import { recordId, sha256 } from '../domain/registers/recordSchemas';
import { storedOrganisationProfileSchema, storedPrivacyOfficerSchema } from '../domain/organisation';
import { appSettingsSchema } from '../store/settingsSchema';
import type { AppSettings } from '../store/contract';

// The people and access-request record schemas live with their register definitions.
export { accessRequestRecordSchema, personRecordSchema, recordId } from '../domain/registers/recordSchemas';

export const sequenceRecordSchema = z.object({ id: z.string().regex(/^[A-Za-z0-9-]{1,40}$/), last: z.number().int().nonnegative() }).strict();

export const auditRecordSchema = auditEntrySchema.strict();
auditRecordSchema satisfies z.ZodType<AuditEntry>;

/** One line of tables/documents.jsonl: where a letter's or attachment's bytes are in the ZIP. */
export const documentIndexRecordSchema = z
  .object({
    id: recordId,
    requestId: recordId,
    kind: z.enum(['letter', 'attachment']),
    path: z.string().regex(/^documents\/[A-Za-z0-9_-]+\/[A-Za-z0-9_-]+\.[a-z0-9]{1,10}$/),
    sha256,
    size: z.number().int().nonnegative(),
  })
  .strict();
export type DocumentIndexRecord = z.infer<typeof documentIndexRecordSchema>;

/** profile.json. The signature image travels as `{ "$base64": "…" }` (see jsonCodec.ts). */
export const profileSchema = z
  .object({
    organisation: storedOrganisationProfileSchema.strict(),
    officer: storedPrivacyOfficerSchema.strict(),
    settings: appSettingsSchema.strict(),
  })
  .strict();
profileSchema.shape.settings satisfies z.ZodType<AppSettings>;
