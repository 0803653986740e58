// The purposes register on the real store: a new vault holds the policy's seven purposes (written
// once, not again at the next unlock); a purpose is created, edited and retired with its audit
// entries; the rules refuse a taken name and a purpose without consent lacking its provision, and
// then nothing is written; nothing but ids, times and the authority is on disk in the clear.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { REGISTERS } from '../../../renderer/src/domain/registers';
import { purposesRegister, type PurposeInput } from '../../../renderer/src/domain/registers/purposes';
import { RuleViolation } from '../../../renderer/src/domain/ruleViolation';
import { ValidationError } from '../../../renderer/src/store';
import { REGISTER_SAMPLES, SAMPLE_PERSON } from '../../fixtures/registerSamples';
import { readRawDatabase } from './rawDatabase';
import { createTestVault, PASSPHRASE } from './testVault';

vi.mock('hash-wasm', () => import('./cheapArgon2'));

const PAYROLL: PurposeInput = {
  name: 'Process payroll',
  description: 'Pay employees and keep the records the tax laws require.',
  authority: 'withoutConsent',
  provision: 'BC PIPA s.15(1)(h)',
  categories: ['employment', 'financial'],
  retention: '7 years after employment ends',
  recipients: 'The payroll bureau',
  noticeMethod: 'written',
  noticeTiming: 'beforeCollection',
};

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the write to be refused');
}

describe('purposes on the store', () => {
  it('a new vault holds the policy’s seven purposes, active, recorded as one seeding entry; the next unlock adds none', async () => {
    const { session, reopen } = await createTestVault({ seedRegisters: true });
    const purposes = session.registers.get(purposesRegister);
    expect(purposes.list().map((p) => p.name)).toEqual([
      'Conduct surveys',
      'Deliver requested services',
      'Develop and improve services',
      'Keep service standards',
      'Meet legal and regulatory requirements',
      'Tell people about services',
      'Understand their interests',
    ]);
    expect(purposes.list().every((p) => p.retiredAt === undefined)).toBe(true);
    const seeding = session.audit.list().filter((e) => e.entityKind === 'purpose');
    expect(seeding).toEqual([expect.objectContaining({ action: 'create', detail: '7 seeded', entityId: null })]);

    session.lock();
    const again = await reopen().unlock(PASSPHRASE);
    expect(again.registers.get(purposesRegister).count()).toBe(7);
  });

  it('creates, edits and retires a purpose, each with its audit entry naming fields, never values', async () => {
    const { session, dbName } = await createTestVault({ seedRegisters: true });
    const purposes = session.registers.get(purposesRegister);
    const created = await purposes.create(PAYROLL);
    expect(created).toMatchObject({ ...PAYROLL, id: expect.any(String) });
    const edited = await purposes.update(created.id, { ...PAYROLL, name: 'Run payroll', retention: '6 years after employment ends' });
    const retired = await purposes.retire(created.id);
    expect(retired.retiredAt).toEqual(expect.any(String));
    expect(purposes.get(created.id)).toMatchObject({ name: 'Run payroll', retiredAt: retired.retiredAt });
    expect(purposes.list()).toHaveLength(8);

    const entries = session.audit.list().filter((e) => e.entityId === created.id).reverse();
    expect(entries.map((e) => [e.action, e.fields])).toEqual([
      ['create', expect.arrayContaining(['name', 'authority', 'provision', 'categories'])],
      ['update', ['name', 'retention']],
      ['archive', ['retiredAt']],
    ]);
    expect(edited.updatedAt >= created.updatedAt).toBe(true);

    // On disk: the record is sealed; its name, provision and retention appear nowhere in the clear.
    const raw = JSON.stringify(await readRawDatabase(dbName), (_key, value: unknown) => (value instanceof Uint8Array ? '<bytes>' : value));
    for (const text of ['Run payroll', 'Process payroll', 'BC PIPA s.15(1)(h)', 'payroll bureau']) expect(raw).not.toContain(text);
  });

  it('refuses a second active purpose with the same name (case and accents ignored), writing nothing', async () => {
    const { session } = await createTestVault({ seedRegisters: true });
    const purposes = session.registers.get(purposesRegister);
    const entries = session.audit.list().length;
    const error = await rejection(purposes.create({ ...PAYROLL, name: 'CONDUCT SÚRVEYS' }));
    expect(error).toBeInstanceOf(RuleViolation);
    expect(error).toMatchObject({ rule: 'purposeNameTaken', field: 'name' });
    expect(purposes.count()).toBe(7);
    expect(session.audit.list()).toHaveLength(entries);
  });

  it('a retired purpose’s name can be given to a new one', async () => {
    const { session } = await createTestVault({ seedRegisters: true });
    const purposes = session.registers.get(purposesRegister);
    const surveys = purposes.list().find((p) => p.name === 'Conduct surveys')!;
    await purposes.retire(surveys.id);
    const replacement = await purposes.create({ ...PAYROLL, name: 'Conduct surveys', authority: 'consent', provision: undefined });
    expect(replacement.retiredAt).toBeUndefined();
    expect(purposes.list().filter((p) => p.name === 'Conduct surveys')).toHaveLength(2);
  });

  it('refuses a purpose without consent that names no provision, and one with no category, writing nothing', async () => {
    const { session } = await createTestVault({ seedRegisters: true });
    const purposes = session.registers.get(purposesRegister);
    expect(await rejection(purposes.create({ ...PAYROLL, provision: undefined }))).toMatchObject({ rule: 'purposeProvisionRequired', field: 'provision' });
    const invalid = await rejection(purposes.create({ ...PAYROLL, categories: [] }));
    expect(invalid).toBeInstanceOf(ValidationError);
    expect((invalid as ValidationError).fields).toMatchObject({ categories: 'validation.purposeCategories' });
    expect(purposes.count()).toBe(7);
  });

  it('keeps a purpose: it can be retired but not deleted', async () => {
    const { session } = await createTestVault({ seedRegisters: true });
    const purposes = session.registers.get(purposesRegister);
    const first = purposes.list()[0]!;
    expect(await rejection(purposes.remove(first.id))).toMatchObject({ rule: 'notDeletable' });
    expect(purposes.get(first.id)).toBeDefined();
  });

  it('a retired purpose is refused in a new record of every register that names a purpose', async () => {
    const { session } = await createTestVault({ seedRegisters: true });
    const purposes = session.registers.get(purposesRegister);
    const person = await session.people.add({ ...SAMPLE_PERSON });
    const retired = await purposes.retire(purposes.list()[0]!.id);
    // Registers still being written may not have a sample yet; the register suite asks for one.
    const naming = REGISTERS.filter((r) => r.links?.some((l) => l.register === 'purposes' && l.refuseRetired) && REGISTER_SAMPLES[r.name]);
    expect(naming.map((r) => r.name)).toContain('withoutConsent');
    for (const definition of naming) {
      const ids: Record<string, string> = { people: person.id, purposes: retired.id };
      const input = REGISTER_SAMPLES[definition.name]!({ today: session.today(), idOf: (name) => ids[name]! });
      const error = await rejection(session.registers.get(definition).create(input));
      expect(error, definition.name).toMatchObject({ rule: 'linkRetired', field: 'purposeId' });
      expect(session.registers.get(definition).count(), definition.name).toBe(0);
    }
  });
});
