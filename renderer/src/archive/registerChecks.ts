// The kit registers' records in a snapshot (domain/registers KIT_REGISTERS): each against its
// definition's record schema, ids and references unique, every link pointing at a record the
// snapshot holds, and no reference beyond its series' counter. Derived from the list: a register
// added to it is checked here without an edit.
import { KIT_REGISTERS } from '../domain/registers';
import type { RegisterRecord } from '../domain/registers/definition';
import { recordSchemaOf, REFERENCE_FORMAT } from '../domain/registers/registerSchemas';
import { yieldToEventLoop } from './bytes';
import { ArchiveError } from './errors';
import { tableEntry } from './layout';
import { checkUnique } from './tableChecks';

const BATCH = 2000;

/** Every kit register's records parsed by its schema; a register absent from the snapshot has none. */
export async function registerRecords(input: unknown): Promise<Record<string, RegisterRecord[]>> {
  const given = (typeof input === 'object' && input !== null && !Array.isArray(input) ? input : {}) as Record<string, unknown>;
  const unknown = Object.keys(given).find((name) => !KIT_REGISTERS.some((r) => r.name === name));
  if (unknown !== undefined) throw new ArchiveError('unexpectedEntry', { entry: tableEntry(unknown.replace(/[^A-Za-z]/g, '').slice(0, 40) || 'unknown') });
  const out: Record<string, RegisterRecord[]> = {};
  for (const definition of KIT_REGISTERS) {
    const table = definition.name;
    const list = Object.hasOwn(given, table) ? given[table] : [];
    if (!Array.isArray(list)) throw new ArchiveError('missingEntry', { table, entry: tableEntry(table) });
    const schema = recordSchemaOf(definition);
    const records: RegisterRecord[] = [];
    for (const [i, record] of list.entries()) {
      const parsed = schema.safeParse(record);
      if (!parsed.success) throw new ArchiveError('invalidRecord', { table, entry: tableEntry(table), line: i + 1, field: parsed.error.issues[0]?.path.join('.') });
      records.push(parsed.data);
      if (i % BATCH === BATCH - 1) await yieldToEventLoop();
    }
    out[table] = records;
  }
  return out;
}

/** Links resolve within the snapshot; references are unique and covered by their sequences. */
export function checkRegisters(registers: Record<string, RegisterRecord[]>, fixed: { people: string[]; accessRequests: string[] }, sequences: readonly { id: string; last: number }[]): void {
  const ids = new Map<string, Set<string>>([
    ['people', new Set(fixed.people)],
    ['accessRequests', new Set(fixed.accessRequests)],
    ...KIT_REGISTERS.map((r) => [r.name, new Set((registers[r.name] ?? []).map((x) => x.id))] as const),
  ]);
  const last = new Map(sequences.map((s) => [s.id, s.last]));
  for (const definition of KIT_REGISTERS) {
    const table = definition.name;
    const records = registers[table] ?? [];
    checkUnique(table, records, (r) => r.id);
    if (definition.reference) checkUnique(table, records, (r) => r.reference ?? '', 'reference');
    for (const [i, record] of records.entries()) {
      const at = { table, entry: tableEntry(table), line: i + 1 };
      for (const link of definition.links ?? []) {
        const target = (record as unknown as Record<string, unknown>)[link.field];
        if (target === undefined) continue;
        if (typeof target !== 'string' || !ids.get(link.register)?.has(target)) throw new ArchiveError('invalidRecord', { ...at, field: link.field });
      }
      const match = record.reference ? REFERENCE_FORMAT.exec(record.reference) : null;
      if (match && (last.get(`${match[1]}-${match[2]}`) ?? 0) < Number(match[3])) throw new ArchiveError('sequenceBehind', { ...at, field: 'reference' });
    }
  }
}
