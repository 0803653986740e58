// The archive's names and version, with no dependencies: the workers and the first screen import
// these without pulling in zod or the archive code (manifest.ts holds the schemas).
export const ARCHIVE_FORMAT = 'custodian-archive';
/** 2: every register of domain/registers has its table (registerTables.ts). */
export const ARCHIVE_FORMAT_VERSION = 2;
/** Version 1 (0.1.0: people and access requests only) still restores: its other registers are empty. */
export const READABLE_FORMAT_VERSIONS: readonly number[] = [1, 2];
export const ARCHIVE_EXTENSION = '.custodian';

export const MANIFEST_ENTRY = 'manifest.json';
export const PROFILE_ENTRY = 'profile.json';
/** The tables every archive holds; each other register's table is there when it has one (registerTables.ts). */
export const TABLES = ['people', 'accessRequests', 'sequences', 'documents', 'audit'] as const;
/** A fixed table or a register's name. */
export type ArchiveTable = (typeof TABLES)[number] | (string & {});
/** A table's entry name; table names are letters only (checked by entryNames.ts). */
export const TABLE_NAME = '[A-Za-z]{1,40}';
export const tableEntry = (table: ArchiveTable): string => `tables/${table}.jsonl`;
