// The archive's register tables, derived from the one list (domain/registers): people and access
// requests (always present), then every other register, whose table an archive from before it
// existed lacks (read as empty). A test fails if a database table is missing from here.
import { KIT_REGISTERS } from '../domain/registers';
import { TABLES } from './layout';

/** Every table an archive of this version writes, in writing order. */
export const ARCHIVE_TABLES: readonly string[] = ['people', 'accessRequests', ...KIT_REGISTERS.map((r) => r.name), ...TABLES.filter((t) => t !== 'people' && t !== 'accessRequests')];
/** Tables an archive may lack (version 1, or written before a register existed): the kit registers. */
export const OPTIONAL_TABLES: readonly string[] = KIT_REGISTERS.map((r) => r.name);
