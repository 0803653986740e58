// The without-consent register on the real store: an entry is sealed with its audit entry, numbered
// NC-YYYY-NNNN, its provision taken from the ground; a ground the Act does not give for the act, a
// date in the future or a person not on file is refused with nothing written; entries are never removed.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { addDays } from '../../../renderer/src/domain/isoDate';
import { withoutConsentRegister, type WithoutConsentInput } from '../../../renderer/src/domain/registers/withoutConsent';
import { RuleViolation } from '../../../renderer/src/domain/ruleViolation';
import { syntheticPeople } from '../../fixtures/people';
import { readRawDatabase } from './rawDatabase';
import { createTestVault } from './testVault';

vi.mock('hash-wasm', () => import('./cheapArgon2'));

const WHAT = 'Zebra-unicorn payroll file, a value never to be logged';

async function setUp() {
  const vault = await createTestVault();
  const [person] = await vault.session.people.bulkAdd(syntheticPeople(1, 7));
  const register = vault.session.registers.get(withoutConsentRegister);
  const input = (over: Partial<WithoutConsentInput> = {}): WithoutConsentInput => ({
    date: '2026-02-01',
    personId: person!.id,
    act: 'disclose',
    regime: 'BC_PIPA',
    what: WHAT,
    groundId: 'requiredByLaw',
    provision: '',
    ...over,
  });
  const entries = () => vault.session.audit.list().filter((e) => e.entityKind === 'withoutConsent');
  return { ...vault, person: person!, register, input, entries };
}

describe('the without-consent register on the store', () => {
  it('records an entry with its reference, the ground’s provision and an audit entry; nothing personal in clear', async () => {
    const { register, input, entries, dbName, person } = await setUp();
    const entry = await register.create(input());
    expect(entry).toMatchObject({ reference: 'NC-2026-0001', provision: 's.18(1)(o)', personId: person.id, act: 'disclose' });
    expect(register.forPerson(person.id).map((e) => e.id)).toEqual([entry.id]);
    expect(register.where('act', 'disclose')).toHaveLength(1);
    expect(entries()).toEqual([expect.objectContaining({ action: 'create', entityId: entry.id })]);
    expect(JSON.stringify(entries())).not.toMatch(/Zebra/);
    const raw = await readRawDatabase(dbName);
    expect(raw.withoutConsent).toHaveLength(1);
    // Only the index columns are in clear beside the sealed bytes.
    expect(raw.withoutConsent![0]).toMatchObject({ id: entry.id, personId: person.id, date: '2026-02-01', act: 'disclose', regime: 'BC_PIPA' });
    expect(JSON.stringify(raw.withoutConsent)).not.toMatch(/Zebra|payroll/);
    expect(JSON.stringify(raw.audit)).not.toMatch(/Zebra|payroll/);
  });

  it('BC PIPA: refuses a ground only PIPEDA gives (s.7(3)(e.1), witness statement), and writes nothing', async () => {
    const { register, input, entries, session } = await setUp();
    const before = session.audit.list().length;
    const refused = register.create(input({ groundId: 'witnessStatement' }));
    await expect(refused).rejects.toBeInstanceOf(RuleViolation);
    await expect(refused).rejects.toMatchObject({ rule: 'groundNotAllowed', params: { regime: 'BC_PIPA' }, field: 'groundId' });
    expect(register.count()).toBe(0);
    expect(entries()).toEqual([]);
    expect(session.audit.list()).toHaveLength(before);
    // The same ground under PIPEDA is accepted, with PIPEDA's provision.
    await expect(register.create(input({ regime: 'PIPEDA', groundId: 'witnessStatement' }))).resolves.toMatchObject({ provision: 's.7(3)(e.1)' });
  });

  it('refuses a date in the future and a person not on file, writing nothing', async () => {
    const { register, input, session } = await setUp();
    await expect(register.create(input({ date: addDays(session.today(), 1) }))).rejects.toMatchObject({ rule: 'futureDate', field: 'date' });
    await expect(register.create(input({ personId: 'no-such-person' }))).rejects.toMatchObject({ fields: { personId: 'validation.linkMissing' } });
    expect(register.count()).toBe(0);
  });

  it('a correction is an edit the trail records by field name; entries are never removed', async () => {
    const { register, input, entries } = await setUp();
    const entry = await register.create(input());
    const corrected = await register.update(entry.id, { ...input(), act: 'use', what: `${WHAT}, corrected` });
    expect(corrected).toMatchObject({ reference: 'NC-2026-0001', act: 'use', provision: 's.15(1)(h)' });
    const update = entries().find((e) => e.action === 'update')!;
    expect(update.fields).toEqual(expect.arrayContaining(['act', 'provision', 'what']));
    await expect(register.remove(entry.id)).rejects.toThrow();
    await expect(register.retire(entry.id)).rejects.toThrow();
    expect(register.count()).toBe(1);
  });
});
