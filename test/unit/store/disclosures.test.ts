// The disclosure log on the real store: a disclosure is sealed with its DS reference and an audit
// entry; a sale, a ground the Act does not give for a disclosure, a retired purpose or an unknown
// person is refused and writes nothing; nothing a person could be identified by is in the clear.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { disclosuresRegister, type DisclosureInput } from '../../../renderer/src/domain/registers/disclosures';
import { purposesRegister } from '../../../renderer/src/domain/registers/purposes';
import { RuleViolation } from '../../../renderer/src/domain/ruleViolation';
import { ValidationError } from '../../../renderer/src/store/errors';
import { readRawDatabase } from './rawDatabase';
import { createTestVault } from './testVault';

vi.mock('hash-wasm', () => import('./cheapArgon2'));

const RECIPIENT = 'Example Benefits Inc.';
const ADDRESS = '200 Granville Street\nVancouver BC V6C 1S4';

async function vaultWithPerson() {
  const vault = await createTestVault();
  const { session } = vault;
  const person = await session.people.add({ kind: 'client', givenName: 'Avery', familyName: 'Testperson-Fictive' });
  const purposes = session.registers.get(purposesRegister);
  const purpose = purposes.list().find((p) => !p.retiredAt) ?? (await purposes.create(purposesRegister.fields('entered').parse({ name: 'Deliver requested services', authority: 'consent', categories: ['contact'], noticeMethod: 'written', noticeTiming: 'atCollection' })));
  const disclosures = session.registers.get(disclosuresRegister);
  const input = (overrides: Partial<DisclosureInput> = {}): DisclosureInput =>
    disclosuresRegister.fields('entered').parse({
      disclosedOn: session.today(),
      personId: person.id,
      recipient: { kind: 'organisation', name: RECIPIENT, address: ADDRESS },
      categories: ['financial'],
      purposeId: purpose.id,
      basis: { kind: 'consent' },
      exchange: 'none',
      ...overrides,
    });
  return { ...vault, person, purpose, purposes, disclosures, input };
}

async function refusal(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (e) {
    return e;
  }
  throw new Error('expected a refusal');
}

describe('the disclosure log on the store', () => {
  it('records a disclosure with a DS reference, lists it for the person and writes an audit entry naming fields only', async () => {
    const { session, disclosures, input, person } = await vaultWithPerson();
    const before = session.audit.list().length;
    const created = await disclosures.create(input());
    expect(created.reference).toMatch(/^DS-\d{4}-0001$/);
    expect(disclosures.forPerson(person.id).map((d) => d.id)).toEqual([created.id]);
    expect(disclosures.where('personId', person.id)).toHaveLength(1);
    const entries = session.audit.list();
    expect(entries.length).toBe(before + 1);
    const entry = entries.find((e) => e.entityId === created.id);
    expect(entry?.entityKind).toBe('disclosure');
    expect(JSON.stringify(entry)).not.toContain(RECIPIENT);
  });

  it('policy 5.3: a sale is refused with the policy’s rule and nothing is written', async () => {
    const { session, disclosures, input } = await vaultWithPerson();
    const before = session.audit.list().length;
    const error = await refusal(disclosures.create(input({ exchange: 'sale' })));
    expect(error).toBeInstanceOf(RuleViolation);
    expect((error as RuleViolation).rule).toBe('saleRefused');
    expect(disclosures.count()).toBe(0);
    expect(session.audit.list().length).toBe(before);
  });

  it('BC PIPA: a ground given only for a collection is refused for a disclosure, and nothing is written', async () => {
    const { disclosures, input } = await vaultWithPerson();
    const error = await refusal(disclosures.create(input({ basis: { kind: 'withoutConsent', regime: 'BC_PIPA', groundId: 'receivedWithoutConsent' } })));
    expect((error as RuleViolation).rule).toBe('disclosureGroundNotAllowed');
    expect(disclosures.count()).toBe(0);
    await expect(disclosures.create(input({ basis: { kind: 'withoutConsent', regime: 'BC_PIPA', groundId: 'debtCollection' } }))).resolves.toBeTruthy();
  });

  it('refuses a retired purpose and a person not on file', async () => {
    const { disclosures, purposes, purpose, input } = await vaultWithPerson();
    const missing = await refusal(disclosures.create(input({ personId: 'no-such-person' })));
    expect(missing).toBeInstanceOf(ValidationError);
    expect((missing as ValidationError).fields).toEqual({ personId: 'validation.linkMissing' });
    await purposes.retire(purpose.id);
    const retired = await refusal(disclosures.create(input()));
    expect((retired as RuleViolation).rule).toBe('linkRetired');
    expect((retired as RuleViolation).field).toBe('purposeId');
    expect(disclosures.count()).toBe(0);
  });

  it('keeps the recipient, its address and the notes out of the clear columns', async () => {
    const { dbName, disclosures, input } = await vaultWithPerson();
    await disclosures.create(input({ notes: 'Sent by registered mail to the claims desk.' }));
    const raw = JSON.stringify(await readRawDatabase(dbName), (_key, value: unknown) => (value instanceof Uint8Array ? '<bytes>' : value));
    for (const secret of [RECIPIENT, '200 Granville Street', 'claims desk']) expect(raw).not.toContain(secret);
  });
});
