// The consent register on the real store: a consent and its withdrawal are two sealed entries
// (CN-YYYY-NNNN) with their audit entries; a withdrawal with no consent in force, a consent for a
// retired purpose, a disclosure on consent after a withdrawal are refused with nothing written.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { consentState, mailOutList } from '../../../renderer/src/domain/consentState';
import { consentsRegister, type ConsentInput } from '../../../renderer/src/domain/registers/consents';
import { disclosuresRegister } from '../../../renderer/src/domain/registers/disclosures';
import { purposesRegister } from '../../../renderer/src/domain/registers/purposes';
import { RuleViolation } from '../../../renderer/src/domain/ruleViolation';
import { syntheticPeople } from '../../fixtures/people';
import { readRawDatabase } from './rawDatabase';
import { createTestVault } from './testVault';

vi.mock('hash-wasm', () => import('./cheapArgon2'));

const NOTICE = 'Quokka-notice version never to be logged';

async function setUp() {
  const vault = await createTestVault();
  const [person] = await vault.session.people.bulkAdd(syntheticPeople(1, 11));
  const purposes = vault.session.registers.get(purposesRegister);
  const purpose = await purposes.create({ name: 'Tell people about services', authority: 'consent', categories: ['contact'], noticeMethod: 'written', noticeTiming: 'atCollection' });
  const register = vault.session.registers.get(consentsRegister);
  const base = { personId: person!.id, purposeId: purpose.id };
  const given = (over: Partial<ConsentInput> = {}) => ({ ...base, action: 'given', how: 'written', kind: 'express', givenBy: 'person', givenOn: '2026-01-05', notice: NOTICE, ...over }) as ConsentInput;
  const withdrawal = (over: Partial<ConsentInput> = {}) =>
    ({ ...base, action: 'withdrawn', how: 'oral', withdrawnOn: '2026-02-01', consequencesExplained: true, consequences: 'No more mail', ...over }) as ConsentInput;
  const audit = () => vault.session.audit.list().filter((e) => e.entityKind === 'consent');
  return { ...vault, person: person!, purposes, purpose, register, given, withdrawal, audit };
}

describe('the consent register on the store', () => {
  it('records a consent and its withdrawal as two entries; the state follows; nothing personal in clear', async () => {
    const { register, given, withdrawal, audit, person, purpose, dbName, session } = await setUp();
    const consent = await register.create(given());
    expect(consent.reference).toBe('CN-2026-0001');
    const out = await register.create(withdrawal({ consentId: consent.id }));
    expect(out.reference).toBe('CN-2026-0002');
    expect(register.forPerson(person.id)).toHaveLength(2);
    expect(consentState(register.list(), person.id, purpose.id, session.today())).toMatchObject({ state: 'withdrawn', entry: { id: out.id }, consent: { id: consent.id } });
    expect(mailOutList(register.list(), purpose.id, session.today())).toEqual([]);
    expect(audit().map((e) => e.action)).toEqual(['create', 'create']);
    const raw = await readRawDatabase(dbName);
    expect(raw.consents).toHaveLength(2);
    expect(JSON.stringify(raw.consents)).not.toMatch(/Quokka|No more mail/);
    expect(JSON.stringify(raw.audit)).not.toMatch(/Quokka/);
  });

  it('refuses a withdrawal with no consent in force, and writes nothing', async () => {
    const { register, withdrawal, audit } = await setUp();
    const refused = register.create(withdrawal());
    await expect(refused).rejects.toBeInstanceOf(RuleViolation);
    await expect(refused).rejects.toMatchObject({ rule: 'consentNotInForce' });
    expect(register.count()).toBe(0);
    expect(audit()).toEqual([]);
  });

  it('refuses a consent for a retired purpose but records the withdrawal of one given before', async () => {
    const { register, given, withdrawal, purposes, purpose } = await setUp();
    const consent = await register.create(given());
    await purposes.retire(purpose.id);
    await expect(register.create(given({ givenOn: '2026-03-01' }))).rejects.toMatchObject({ rule: 'consentPurposeRetired' });
    await register.create(withdrawal({ consentId: consent.id }));
    expect(register.count()).toBe(2);
  });

  it('a disclosure on consent after the withdrawal is refused, citing the withdrawal date', async () => {
    const { register, given, withdrawal, person, purpose, session } = await setUp();
    await register.create(given());
    await register.create(withdrawal());
    const disclosures = session.registers.get(disclosuresRegister);
    const refused = disclosures.create({
      disclosedOn: '2026-02-10',
      personId: person.id,
      recipient: { kind: 'organisation', name: 'Mailing house' },
      categories: ['contact'],
      purposeId: purpose.id,
      basis: { kind: 'consent' },
      exchange: 'none',
    });
    await expect(refused).rejects.toMatchObject({ rule: 'consentWithdrawn', params: { date: '2026-02-01' } });
    expect(disclosures.count()).toBe(0);
  });
});
