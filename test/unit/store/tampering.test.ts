// One test per way the files on disk can be wrong (after KeePassXC's TestKdbx4): each is refused
// with a named error that carries no personal information.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { IntegrityError, VaultFormatError } from '../../../renderer/src/store';
import { syntheticPeople } from '../../fixtures/people';
import { kdfRuns } from './cheapArgon2';
import { putRawRows, readRawDatabase, readRawRow } from './rawDatabase';
import { createTestVault, PASSPHRASE } from './testVault';

vi.mock('hash-wasm', () => import('./cheapArgon2'));

type Row = Record<string, unknown> & { id: string; sealed: Uint8Array };

async function vaultWithPeople(count = 3) {
  const vault = await createTestVault();
  const people = await vault.session.people.bulkAdd(syntheticPeople(count, 11));
  vault.session.lock();
  const rows = (await readRawDatabase(vault.dbName)).people as Row[];
  return { ...vault, people, rows };
}

async function expectIntegrityError(promise: Promise<unknown>, table: string, id: string) {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(IntegrityError);
  expect(error).toMatchObject({ table, recordId: id });
  return error as IntegrityError;
}

describe('a tampered vault header', () => {
  it.each([
    ['memory lowered to 1 MiB', { kdf: { algorithm: 'argon2id', memoryKiB: 1024, iterations: 3, parallelism: 1 } }],
    ['one iteration', { kdf: { algorithm: 'argon2id', memoryKiB: 65_536, iterations: 1, parallelism: 1 } }],
    ['sixteen lanes', { kdf: { algorithm: 'argon2id', memoryKiB: 65_536, iterations: 3, parallelism: 16 } }],
    ['a four-byte salt', { salt: new Uint8Array(4) }],
    ['a truncated wrapped key', { passphraseWrap: new Uint8Array(20) }],
    ['an unknown format version', { version: 2 }],
  ])('is refused before any key derivation: %s', async (_name, change) => {
    const { gate, session, dbName } = await createTestVault();
    session.lock();
    const header = await readRawRow(dbName, 'vault', 'header');
    await putRawRows(dbName, 'vault', [{ ...header, ...change }]);
    kdfRuns.count = 0;
    await expect(gate.unlock(PASSPHRASE)).rejects.toThrow(VaultFormatError);
    expect(kdfRuns.count).toBe(0);
  });
});

describe('tampered records', () => {
  it('refuses to open when the sealed values of two people are swapped', async () => {
    const { gate, rows, dbName } = await vaultWithPeople();
    const [a, b] = rows as [Row, Row];
    await putRawRows(dbName, 'people', [{ ...a, sealed: b.sealed }, { ...b, sealed: a.sealed }]);
    const error = await expectIntegrityError(gate.unlock(PASSPHRASE), 'people', expect.any(String) as unknown as string);
    expect([a.id, b.id]).toContain(error.recordId);
  });

  it('refuses one flipped byte, naming the table and id and no contents', async () => {
    const { gate, rows, dbName, people } = await vaultWithPeople();
    const target = rows[1]!;
    const sealed = target.sealed.slice();
    sealed[sealed.length - 20]! ^= 0x01;
    await putRawRows(dbName, 'people', [{ ...target, sealed }]);
    const error = await expectIntegrityError(gate.unlock(PASSPHRASE), 'people', target.id);
    const person = people.find((p) => p.id === target.id)!;
    expect(error.message).toContain(target.id);
    expect(error.message).not.toContain(person.familyName);
    expect(error.message).not.toContain(person.givenName);
  });

  it('refuses a clear column edited to disagree with the sealed record (un-archiving on disk)', async () => {
    const vault = await createTestVault();
    const [person] = await vault.session.people.bulkAdd(syntheticPeople(1, 5));
    await vault.session.people.archive(person!.id);
    vault.session.lock();
    const row = await readRawRow(vault.dbName, 'people', person!.id);
    await putRawRows(vault.dbName, 'people', [{ ...row, archived: 0 }]);
    await expectIntegrityError(vault.gate.unlock(PASSPHRASE), 'people', person!.id);
  });

  it('refuses the organisation profile swapped with the officer', async () => {
    const { gate, session, dbName } = await createTestVault();
    session.lock();
    const organisation = await readRawRow<Row>(dbName, 'profile', 'organisation');
    const officer = await readRawRow<Row>(dbName, 'profile', 'officer');
    await putRawRows(dbName, 'profile', [{ ...organisation, sealed: officer.sealed }, { ...officer, sealed: organisation.sealed }]);
    await expect(gate.unlock(PASSPHRASE)).rejects.toThrow(IntegrityError);
  });

  it('refuses a record sealed by another vault, even at the same id', async () => {
    const { gate, rows, dbName } = await vaultWithPeople(1);
    const other = await createTestVault();
    const [foreign] = await other.session.people.bulkAdd(syntheticPeople(1, 99));
    const foreignRow = await readRawRow<Row>(other.dbName, 'people', foreign!.id);
    await putRawRows(dbName, 'people', [{ ...foreignRow, id: rows[0]!.id }]);
    await expectIntegrityError(gate.unlock(PASSPHRASE), 'people', rows[0]!.id);
  });
});
