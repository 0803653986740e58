// The archive's names and version, with no dependencies: the workers and the first screen import
// these without pulling in zod or the archive code (manifest.ts holds the schemas).
export const ARCHIVE_FORMAT = 'custodian-archive';
export const ARCHIVE_FORMAT_VERSION = 1;
export const ARCHIVE_EXTENSION = '.custodian';

export const MANIFEST_ENTRY = 'manifest.json';
export const PROFILE_ENTRY = 'profile.json';
export const TABLES = ['people', 'accessRequests', 'sequences', 'documents', 'audit'] as const;
export type ArchiveTable = (typeof TABLES)[number];
export const tableEntry = (table: ArchiveTable): string => `tables/${table}.jsonl`;
