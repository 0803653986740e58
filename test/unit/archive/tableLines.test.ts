// JSON Lines tables read a piece at a time: the same records and the same refusals (with the right
// line) whatever the piece size, a character split between pieces included.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseTable } from '../../../renderer/src/archive/tableLines';

const schema = z.strictObject({ id: z.string(), name: z.string() });
const names = ['Nguyễn Thị Minh', 'Zoë Ólafsdóttir', 'Łukasz Żółć', 'Amélie Côté', 'Søren Ærø'];
const records = Array.from({ length: 40 }, (_, i) => ({ id: `r${i}`, name: names[i % names.length]! }));
const encode = (text: string) => new TextEncoder().encode(text);
const table = encode(records.map((r) => JSON.stringify(r)).join('\n') + '\n');

async function refusal(bytes: Uint8Array, pieceBytes: number) {
  try {
    await parseTable('people', bytes, schema, pieceBytes);
  } catch (error) {
    return error as { code: string; detail: Record<string, unknown> };
  }
  throw new Error('parseTable accepted the table');
}

describe('parseTable, a piece at a time', () => {
  it.each([1, 2, 3, 7, 64, 1 << 20])('reads every record with %i-byte pieces, characters split across pieces too', async (piece) => {
    expect(await parseTable('people', table, schema, piece)).toEqual(records);
  });

  it.each([5, 100, 1 << 20])('names the line of an invalid record in a later piece (%i-byte pieces)', async (piece) => {
    const lines = records.map((r) => JSON.stringify(r));
    lines[33] = JSON.stringify({ id: 'r33', name: 7 });
    const error = await refusal(encode(lines.join('\n') + '\n'), piece);
    expect(error).toMatchObject({ code: 'invalidRecord', detail: { table: 'people', line: 34, field: 'name' } });
  });

  it.each([3, 1 << 20])('refuses a table cut short, without its final newline, naming its last line (%i-byte pieces)', async (piece) => {
    const error = await refusal(table.subarray(0, table.length - 1), piece);
    expect(error).toMatchObject({ code: 'invalidRecord', detail: { table: 'people', line: 40 } });
  });

  it.each([4, 1 << 20])('refuses bytes that are not UTF-8 (%i-byte pieces)', async (piece) => {
    const broken = table.slice();
    broken[200] = 0xff;
    const error = await refusal(broken, piece);
    expect(error).toMatchObject({ code: 'invalidRecord', detail: { table: 'people' } });
  });

  it('refuses a character cut at the very end of the table', async () => {
    const cut = encode('{"id":"r0","name":"Nguy'.concat('\n'));
    const truncated = new Uint8Array([...cut.subarray(0, cut.length - 1), 0xe1, 0xbb]);
    expect(await refusal(truncated, 4)).toMatchObject({ code: 'invalidRecord' });
  });

  it('reads an empty table as no records', async () => {
    expect(await parseTable('people', new Uint8Array(0), schema, 8)).toEqual([]);
  });
});
