// manifest.json: what the archive says it holds. Written last (it hashes every other entry), read
// first. The format version is checked before anything else in it, so a newer archive is refused
// with its own message even if the rest of its manifest has changed shape.
import { z } from 'zod';
import { entryNameProblem } from './entryNames';
import { ARCHIVE_FORMAT, READABLE_FORMAT_VERSIONS, TABLES } from './layout';
import { OPTIONAL_TABLES } from './registerTables';

export { ARCHIVE_EXTENSION, ARCHIVE_FORMAT, ARCHIVE_FORMAT_VERSION, MANIFEST_ENTRY, PROFILE_ENTRY, TABLES, tableEntry, type ArchiveTable } from './layout';

const count = z.number().int().nonnegative();
const countsShape = {
  ...(Object.fromEntries(TABLES.map((t) => [t, count])) as Record<(typeof TABLES)[number], z.ZodNumber>),
  ...(Object.fromEntries(OPTIONAL_TABLES.map((t) => [t, count.optional()])) as Record<string, z.ZodOptional<z.ZodNumber>>),
};

/** Just enough to tell our archive and its version apart from anything else. */
export const manifestHeadSchema = z.object({ format: z.string(), formatVersion: z.number().int().positive() });

export const manifestSchema = z
  .object({
    format: z.literal(ARCHIVE_FORMAT),
    formatVersion: z.number().int().refine((v) => READABLE_FORMAT_VERSIONS.includes(v)),
    appVersion: z.string().min(1).max(50),
    createdAt: z.iso.datetime({ offset: true }),
    counts: z.object(countsShape).strict(),
    /** Every entry but the manifest itself: byte size and lower-case hex SHA-256. */
    /** Keys on the allow-list only (entryNames.ts): never `__proto__` or a path outside the archive. */
    entries: z.record(z.string().refine((name) => entryNameProblem(name) === null), z.object({ size: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/) }).strict()),
  })
  .strict();
export type ArchiveManifest = z.infer<typeof manifestSchema>;
export type ArchiveCounts = ArchiveManifest['counts'];
