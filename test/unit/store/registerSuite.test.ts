// The tests every register of REGISTERS gets for free, so a register is covered the day it is added:
// its record seals and opens; a clear column edited on disk, a sealed value moved to another row or
// copied into another register's table is refused; an older copy put back is found by verify(); it
// survives a backup and a restore and a key rotation; its CSV columns all give a cell; and a kit
// register's audit entry names fields, never values. Sample inputs: test/fixtures/registerSamples.ts.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { readArchive, writeArchive } from '../../../renderer/src/archive';
import { ArchiveError } from '../../../renderer/src/archive/errors';
import { validateSnapshot } from '../../../renderer/src/archive/snapshotValidity';
import { csvDocument } from '../../../renderer/src/domain/csv';
import { displayName } from '../../../renderer/src/domain/person';
import { KIT_REGISTERS, REGISTERS } from '../../../renderer/src/domain/registers';
import type { AnyRegisterDefinition, CsvContext, CsvValue, RegisterLetter, RegisterRecord } from '../../../renderer/src/domain/registers/definition';
import en from '../../../renderer/src/i18n/en.json';
import fr from '../../../renderer/src/i18n/fr.json';
import { openVaultGate } from '../../../renderer/src/store';
import type { Session } from '../../../renderer/src/store/contract';
import { IntegrityError } from '../../../renderer/src/store/errors';
import { openRecord } from '../../../renderer/src/store/sealedRecords';
import { openRow, sealRow, type RegisterRow } from '../../../renderer/src/store/sealedTable';
import type { Bytes } from '../../../renderer/src/vault/bytes';
import type { VaultHeader } from '../../../renderer/src/vault/vaultHeader';
import { importDataKey, openWithPassphrase } from '../../../renderer/src/vault/vaultKeys';
import { inLinkOrder, LETTER_SAMPLES, REGISTER_SAMPLES, sampleStore } from '../../fixtures/registerSamples';
import { FAST_SCRYPT } from '../archive/helpers';
import { putRawRows, readRawDatabase, readRawRow } from './rawDatabase';
import { createTestVault, FAKE_PDF, NEW_PASSPHRASE, PASSPHRASE, testClock, uniqueDbName } from './testVault';

// The store's cheap Argon2id; hash-wasm's real scrypt for the archive.
vi.mock('hash-wasm', async (original) => ({ ...(await original<object>()), ...(await import('./cheapArgon2')) }));

const LETTER_REGISTERS = KIT_REGISTERS.filter((r) => r.letters);

const missingSample = (name: string) =>
  `The register "${name}" has no sample input: add a builder under "${name}" to REGISTER_SAMPLES in test/fixtures/registerSamples.ts.`;

async function dataKeyOf(dbName: string, passphrase: string): Promise<CryptoKey> {
  const raw = await openWithPassphrase(await readRawRow<VaultHeader>(dbName, 'vault', 'header'), passphrase);
  if (!raw) throw new Error('passphrase did not open the header');
  return importDataKey(raw);
}

/** A vault (fixed clock, no seeds) holding the sample record of every register that has a sample. */
async function vaultWithSamples() {
  const vault = await createTestVault({ now: testClock(Date.UTC(2026, 2, 16, 18, 0, 0)).now });
  const { session } = vault;
  const records = new Map<string, RegisterRecord>();
  const inputs = new Map<string, unknown>();
  for (const definition of inLinkOrder(REGISTERS)) {
    const build = REGISTER_SAMPLES[definition.name];
    if (!build) continue; // its own test fails with missingSample
    const input = build({
      today: session.today(),
      idOf: (register) => records.get(register)?.id ?? (() => { throw new Error(`${definition.name}'s sample needs a ${register} record: ${missingSample(register)}`); })(),
    });
    inputs.set(definition.name, input);
    records.set(definition.name, await sampleStore(session, definition).create(input));
  }
  const sample = (name: string): RegisterRecord => records.get(name) ?? (() => { throw new Error(missingSample(name)); })();
  // Each register with letters: one more record (the sample's audit entries are counted) and a letter issued on it.
  const letters = new Map<string, { record: RegisterRecord; letter: RegisterLetter; pdf: Uint8Array }>();
  for (const definition of LETTER_REGISTERS) {
    const build = LETTER_SAMPLES[definition.name];
    if (!build) continue; // its own test fails
    const { input, letter } = build({ today: session.today(), idOf: (register) => sample(register).id });
    const repository = session.registers.get(definition);
    const record = await repository.create(input);
    const pdf = new TextEncoder().encode(`%PDF-1.7\n% a stand-in ${definition.name} letter\n%%EOF\n`);
    const issued = await repository.issueLetter(record.id, { ...letter, issuedOn: session.today() }, pdf);
    letters.set(definition.name, { record: repository.get(record.id)!, letter: issued, pdf });
  }
  const letterOf = (name: string) => letters.get(name) ?? (() => { throw new Error(`No letter sample for ${name}: add one to LETTER_SAMPLES in test/fixtures/registerSamples.ts.`); })();
  return { ...vault, records, inputs, sample, letterOf };
}
type SampleVault = Awaited<ReturnType<typeof vaultWithSamples>>;

/** Built once, on first use, and shared by the tests that only read. */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => (made ??= make());
}
const shared = once(async () => {
  const vault = await vaultWithSamples();
  return { ...vault, key: await dataKeyOf(vault.dbName, PASSPHRASE) };
});

/** The shared vault → exportSnapshot → archive → readArchive → createFromSnapshot into a new vault. */
const restored = once(async () => {
  const { session } = await shared();
  const bytes = await writeArchive(await session.exportSnapshot(), PASSPHRASE, { appVersion: 'suite', scryptWorkFactor: FAST_SCRYPT });
  const { snapshot } = await readArchive(bytes, PASSPHRASE);
  return (await openVaultGate({ dbName: uniqueDbName(), seedRegisters: false }).createFromSnapshot(NEW_PASSPHRASE, snapshot)).session;
});

/** A vault whose data key was rotated, unlocked again with the new passphrase, beside the lists it had before. */
const rotated = once(async () => {
  const vault = await vaultWithSamples();
  const before = Object.fromEntries(REGISTERS.map((d) => [d.name, [...sampleStore(vault.session, d).list()]]));
  const oldKey = await dataKeyOf(vault.dbName, PASSPHRASE);
  await vault.session.rotateKeys(PASSPHRASE, NEW_PASSPHRASE);
  vault.session.lock();
  const session = await vault.reopen().unlock(NEW_PASSPHRASE);
  return { ...vault, session, before, oldKey, newKey: await dataKeyOf(vault.dbName, NEW_PASSPHRASE) };
});

const rawRow = (vault: SampleVault, definition: AnyRegisterDefinition) => readRawRow<RegisterRow>(vault.dbName, definition.name, vault.sample(definition.name).id);

/** A different value of the same kind, as someone editing the file would write. */
function edited(value: unknown): string | number {
  return typeof value === 'number' ? value + 1 : typeof value === 'string' ? `${value}-edited` : 'edited';
}

function translated(key: string): boolean {
  const has = (messages: unknown) => typeof key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages) === 'string';
  return has(en) && has(fr);
}

/** Every string the record holds, besides its bookkeeping (an audit entry carries its id and times). */
function recordTexts(record: RegisterRecord): string[] {
  const out: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') out.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = record;
  walk(rest);
  return out;
}

function csvContext(session: Session): CsvContext {
  return {
    personName: (id) => {
      const person = session.people.get(id);
      return person ? displayName(person) : undefined;
    },
    label: (register, id) => {
      const definition = REGISTERS.find((r) => r.name === register);
      const record = definition ? sampleStore(session, definition).list().find((r) => r.id === id) : undefined;
      return definition && record ? definition.label(record) : undefined;
    },
  };
}

describe.each(REGISTERS.map((definition) => [definition.name, definition] as const))('the register %s', (name, definition) => {
  it('has a sample input in test/fixtures/registerSamples.ts', () => {
    expect(REGISTER_SAMPLES[name], missingSample(name)).toBeTypeOf('function');
  });

  it('seals and opens its record: the row on disk opens to the record, and so does a fresh seal', async () => {
    const vault = await shared();
    const record = vault.sample(name);
    expect(await openRow(vault.key, definition, await rawRow(vault, definition))).toEqual(record);
    expect(await openRow(vault.key, definition, await sealRow(vault.key, definition, record))).toEqual(record);
  });

  it('refuses a clear column edited on disk or removed, for every column of its index', async () => {
    const vault = await shared();
    const row = await rawRow(vault, definition);
    for (const column of Object.keys(definition.index)) {
      await expect(openRow(vault.key, definition, { ...row, [column]: edited(row[column]) }), `${column} edited`).rejects.toBeInstanceOf(IntegrityError);
      const { [column]: _gone, ...without } = row;
      if (row[column] !== undefined) await expect(openRow(vault.key, definition, without as RegisterRow), `${column} removed`).rejects.toBeInstanceOf(IntegrityError);
    }
  });

  it('refuses its sealed value moved to another row of its table', async () => {
    const vault = await shared();
    const record = vault.sample(name);
    const other = await sealRow(vault.key, definition, { ...record, id: globalThis.crypto.randomUUID() });
    const row = await rawRow(vault, definition);
    await expect(openRow(vault.key, definition, { ...other, sealed: row.sealed })).rejects.toBeInstanceOf(IntegrityError);
  });

  it('refuses its row copied into another register’s table', async () => {
    const vault = await shared();
    const row = await rawRow(vault, definition);
    const others = REGISTERS.filter((r) => r !== definition);
    expect(others.length).toBeGreaterThan(0);
    for (const other of others) await expect(openRow(vault.key, other, row), other.name).rejects.toBeInstanceOf(IntegrityError);
  });

  it('an older copy of its row put back is found by verify() as rolled back', async () => {
    const vault = await vaultWithSamples();
    const record = vault.sample(name);
    const older = await rawRow(vault, definition);
    await sampleStore(vault.session, definition).update(record.id, vault.inputs.get(name));
    expect(await vault.session.audit.verify()).not.toHaveProperty('records');
    await putRawRows(vault.dbName, name, [older]);
    const verification = await vault.session.audit.verify();
    expect(verification.records).toEqual([expect.objectContaining({ table: name, id: record.id, problem: 'rolledBack' })]);
  });

  it('survives a backup archive and a restore into a new vault: the same records', async () => {
    const vault = await shared();
    const back = sampleStore(await restored(), definition).list();
    expect(back.map((r) => r.id)).toContain(vault.sample(name).id);
    expect(back).toEqual(sampleStore(vault.session, definition).list());
  });

  it('gives a cell for every CSV column of its sample record, its terms translated in EN and FR', async () => {
    const { session, sample } = await shared();
    const context = csvContext(session);
    const values: CsvValue[] = definition.csv.map((column) => column.value(sample(name), context));
    expect(values).toHaveLength(definition.csv.length);
    for (const [i, value] of values.entries()) {
      if (value !== null && typeof value === 'object') {
        for (const term of 'terms' in value ? value.terms : [value.term]) expect(translated(term), `${definition.csv[i]!.id}: ${term}`).toBe(true);
      }
      else expect(['string', 'number', 'undefined'], definition.csv[i]!.id).toContain(typeof value);
    }
    const text = csvDocument(definition.csv.map((c) => c.id), [values.map((v) => (v !== null && typeof v === 'object' ? ('terms' in v ? v.terms.join('; ') : v.term) : v))]);
    expect(text.split('\r\n')).toHaveLength(3);
  });

  it('keeps every record readable through a key rotation, and the old key opens none of its rows', async () => {
    const vault = await rotated();
    expect(sampleStore(vault.session, definition).list()).toEqual(vault.before[name]);
    const row = await rawRow(vault, definition);
    await expect(openRow(vault.oldKey, definition, row)).rejects.toBeInstanceOf(IntegrityError);
    expect(await openRow(vault.newKey, definition, row)).toEqual(vault.sample(name));
  });
});

describe.each(KIT_REGISTERS.map((definition) => [definition.name, definition] as const))('the kit register %s', (name, definition) => {
  it('CSV headers are translated in EN and FR', () => {
    for (const column of definition.csv) expect(translated(`registers.${name}.csv.${column.id}`), column.id).toBe(true);
  });

  it('creating a record writes an audit entry of its kind and id, naming its fields and holding none of its values', async () => {
    const vault = await shared();
    const record = vault.sample(name);
    const entries = vault.session.audit.list({ entityId: record.id });
    expect(entries).toHaveLength(1);
    const fields = Object.keys(record).filter((k) => !['id', 'createdAt', 'updatedAt'].includes(k) && (record as unknown as Record<string, unknown>)[k] !== undefined).sort();
    expect(entries[0]).toMatchObject({ action: 'create', entityKind: definition.entityKind, entityId: record.id, fields });

    const rows = (await readRawDatabase(vault.dbName)).audit as { entityId?: string; sealed: Bytes }[];
    const row = rows.find((r) => r.entityId === record.id)!;
    const json = JSON.stringify(await openRecord(vault.key, 'audit', 'entry', row.sealed));
    const texts = recordTexts(record);
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(json, text).not.toContain(JSON.stringify(text));
  });
});

describe.each(LETTER_REGISTERS.map((definition) => [definition.name, definition] as const))('the register with letters %s', (name, definition) => {
  it('has a letter sample in test/fixtures/registerSamples.ts', () => {
    expect(LETTER_SAMPLES[name]).toBeTypeOf('function');
    expect(definition.letters!.kinds.length).toBeGreaterThan(0);
    for (const kind of definition.letters!.kinds) expect(translated(`letters.kinds.${kind}`), kind).toBe(true);
  });

  it('issues a letter as a sealed document of its record: the ref on the record, the PDF read back as issued, audited without values', async () => {
    const vault = await shared();
    const { record, letter, pdf } = vault.letterOf(name);
    expect(record.letters).toEqual([letter]);
    expect(letter).toMatchObject({ size: pdf.length, issuedOn: vault.session.today() });
    const read = await vault.session.registers.get(definition).readLetter(record.id, letter.id);
    expect(read.pdf).toEqual(pdf);
    const row = await readRawRow<{ requestId: string; kind: string; sealed: Bytes }>(vault.dbName, 'documents', letter.id);
    expect(row).toMatchObject({ requestId: record.id, kind: 'letter' });
    expect(new TextDecoder().decode(row.sealed)).not.toContain('stand-in');
    expect(vault.session.audit.list({ entityId: letter.id })).toEqual([expect.objectContaining({ action: 'letterIssued', entityKind: 'letter', detail: `${letter.kind}/${letter.language}` })]);
  });

  it('never replaces a letter: a second issue adds one and the first reads as before; bytes that are not a PDF are refused, nothing written', async () => {
    const vault = await vaultWithSamples();
    const repository = vault.session.registers.get(definition);
    const { record, letter, pdf } = vault.letterOf(name);
    const before = await readRawDatabase(vault.dbName);
    await expect(repository.issueLetter(record.id, { kind: letter.kind, language: letter.language, issuedOn: vault.session.today() }, new TextEncoder().encode('not a pdf'))).rejects.toMatchObject({ name: 'ValidationError' });
    expect(await readRawDatabase(vault.dbName)).toEqual(before);
    const second = await repository.issueLetter(record.id, { kind: letter.kind, language: letter.language, issuedOn: vault.session.today() }, FAKE_PDF);
    expect(repository.get(record.id)!.letters).toEqual([letter, second]);
    expect((await repository.readLetter(record.id, letter.id)).pdf).toEqual(pdf);
    expect((await repository.readLetter(record.id, second.id)).pdf).toEqual(FAKE_PDF);
  });

  it('its letters survive a backup archive and a restore into a new vault, byte for byte', async () => {
    const vault = await shared();
    const { record, letter, pdf } = vault.letterOf(name);
    const back = (await restored()).registers.get(definition);
    expect(back.get(record.id)!.letters).toEqual([letter]);
    expect((await back.readLetter(record.id, letter.id)).pdf).toEqual(pdf);
  });

  it('its letters read back as issued after a key rotation', async () => {
    const vault = await rotated();
    const { record, letter, pdf } = vault.letterOf(name);
    expect((await vault.session.registers.get(definition).readLetter(record.id, letter.id)).pdf).toEqual(pdf);
  });

  it('refuses a letter whose document was altered or moved on disk: reading it and backing up', async () => {
    const vault = await vaultWithSamples();
    const repository = vault.session.registers.get(definition);
    const { record, letter } = vault.letterOf(name);
    const row = await readRawRow<{ id: string; requestId: string; kind: string; sealed: Uint8Array }>(vault.dbName, 'documents', letter.id);
    const flipped = new Uint8Array(row.sealed);
    flipped[flipped.length - 1]! ^= 1;
    await putRawRows(vault.dbName, 'documents', [{ ...row, sealed: flipped }]);
    await expect(repository.readLetter(record.id, letter.id)).rejects.toBeInstanceOf(IntegrityError);
    await expect(vault.session.exportSnapshot()).rejects.toBeInstanceOf(IntegrityError);
    await putRawRows(vault.dbName, 'documents', [{ ...row, requestId: vault.sample(name).id }]);
    await expect(repository.readLetter(record.id, letter.id)).rejects.toBeInstanceOf(IntegrityError);
  });

  it('an archive whose letter differs from what the record holds, or lacks it, is refused; one made before letters restores', async () => {
    const vault = await shared();
    const { record, letter } = vault.letterOf(name);
    const snapshot = await vault.session.exportSnapshot();
    const altered = { ...snapshot, documents: snapshot.documents.map((d) => (d.id === letter.id ? { ...d, bytes: FAKE_PDF } : d)) };
    await expect(validateSnapshot(altered)).rejects.toMatchObject({ code: 'documentMismatch' });
    const lacking = { ...snapshot, documents: snapshot.documents.filter((d) => d.id !== letter.id) };
    await expect(validateSnapshot(lacking)).rejects.toMatchObject({ code: 'missingEntry', detail: { table: name, field: 'letters.0' } });
    await expect(validateSnapshot(lacking)).rejects.toBeInstanceOf(ArchiveError);
    // Before letters existed: the records had no `letters` field and no documents.
    const older = {
      ...lacking,
      registers: { ...snapshot.registers, [name]: snapshot.registers[name]!.map((r) => (r.id === record.id ? Object.fromEntries(Object.entries(r).filter(([k]) => k !== 'letters')) : r)) },
    };
    const valid = await validateSnapshot(older);
    expect(valid.registers[name]!.find((r) => r.id === record.id)!.letters).toEqual([]);
  });
});
