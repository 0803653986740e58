// The promise of the app: no personal information readable on disk. Dump every row of every
// table, turn every string and every byte array (as UTF-8) into text, and look for each seeded
// person's details.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { syntheticPeople, SYNTHETIC_OFFICER, SYNTHETIC_ORGANISATION } from '../../fixtures/people';
import { readRawDatabase } from './rawDatabase';
import { createTestVault } from './testVault';

vi.mock('hash-wasm', () => import('./cheapArgon2'));

/** Clear strings (exact) and byte arrays (decoded as UTF-8), from every nested value. */
function collect(value: unknown, strings: string[], bytes: string[]): void {
  if (typeof value === 'string') strings.push(value);
  else if (value instanceof Uint8Array) bytes.push(new TextDecoder('utf-8', { fatal: false }).decode(value));
  else if (Array.isArray(value)) for (const item of value) collect(item, strings, bytes);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      strings.push(key);
      collect(item, strings, bytes);
    }
  }
}

describe('what is on disk', () => {
  it('holds no name, email, address, phone or note of anyone, nor the office profile', async () => {
    const { session, dbName } = await createTestVault();
    const inputs = syntheticPeople(300, 2024);
    const people = await session.people.bulkAdd(inputs.slice(0, 250));
    for (const input of inputs.slice(250)) await session.people.add(input);
    await session.people.update(people[0]!.id, { ...inputs[0]!, notes: 'Synthetic note added by an update.' });
    await session.people.archive(people[1]!.id);
    await session.updateSettings({ autoLockMinutes: 5, language: 'fr' });

    const strings: string[] = [];
    const bytes: string[] = [];
    collect(await readRawDatabase(dbName, { includeCaches: true }), strings, bytes);
    const clearText = strings.join('\n');
    const byteText = bytes.join('\n');

    const secrets = [
      ...inputs.flatMap((p) => [p.givenName, p.familyName, p.email, p.address, p.phone, p.notes, p.externalRef]),
      'Synthetic note added by an update.',
      ...Object.values(SYNTHETIC_ORGANISATION).filter((v) => v !== 'BC_PIPA'),
      SYNTHETIC_OFFICER.name,
      SYNTHETIC_OFFICER.title,
    ].filter((s): s is string => Boolean(s));
    expect(secrets.length).toBeGreaterThan(1000);

    for (const secret of new Set(secrets)) {
      // Clear strings are exact data, so even a 3-letter name must not appear in them.
      expect(clearText.includes(secret), 'a personal detail is stored in the clear').toBe(false);
      // Ciphertext is random: a 3–4 byte name could turn up by chance (and would make this test
      // flaky), while a 5-byte match happens about once in 10^12 positions.
      if (new TextEncoder().encode(secret).length >= 5) {
        expect(byteText.includes(secret), 'a personal detail is stored unencrypted').toBe(false);
      }
    }
    // No plaintext JSON of a record either, whatever its values.
    for (const fieldName of ['"givenName"', '"familyName"', '"email"', '"legalName"', '"autoLockMinutes"']) {
      expect(byteText.includes(fieldName)).toBe(false);
    }
    // The only clear columns are the ones queries and the unlock screen need, and the write count
    // that the AAD binds (a number; store/recordPins.ts).
    const raw = await readRawDatabase(dbName, { includeCaches: true });
    expect(Object.keys(raw.people![0] as object).sort()).toEqual(['archived', 'createdAt', 'id', 'kind', 'sealed', 'updatedAt', 'version']);
    expect((raw.people![0] as { version: unknown }).version).toEqual(expect.any(Number));
    expect(raw.prefs).toEqual([{ id: 'prefs', language: 'fr' }]);
  });
});
