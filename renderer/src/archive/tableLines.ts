// One JSON Lines table → validated records. A refusal names the table, the line and the field,
// never the value: zod's issue path only, not its message (which may quote the input).
import type { z } from 'zod';
import { fromUtf8, yieldToEventLoop } from './bytes';
import { ArchiveError } from './errors';
import { tableEntry, type ArchiveTable } from './manifest';

const YIELD_EVERY = 5000;

export async function parseTable<S extends z.ZodType>(table: ArchiveTable, bytes: Uint8Array, schema: S): Promise<z.output<S>[]> {
  const entry = tableEntry(table);
  let text: string;
  try {
    text = fromUtf8(bytes);
  } catch {
    throw new ArchiveError('invalidRecord', { table, entry });
  }
  if (text.length === 0) return [];
  // Every line ends with "\n", the last one too: a missing final newline is a file cut short.
  if (!text.endsWith('\n')) throw new ArchiveError('invalidRecord', { table, entry, line: text.split('\n').length });
  const lines = text.slice(0, -1).split('\n');
  const records: z.output<S>[] = new Array(lines.length);
  for (let i = 0; i < lines.length; i++) {
    let json: unknown;
    try {
      json = JSON.parse(lines[i]!);
    } catch {
      throw new ArchiveError('invalidRecord', { table, entry, line: i + 1 });
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new ArchiveError('invalidRecord', { table, entry, line: i + 1, field: parsed.error.issues[0]?.path.join('.') });
    records[i] = parsed.data;
    if (i % YIELD_EVERY === YIELD_EVERY - 1) await yieldToEventLoop();
  }
  return records;
}
