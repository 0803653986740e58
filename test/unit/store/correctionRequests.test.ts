// Correction requests on the real store: sealed with a CR reference and an audit entry; a decision
// before the request or without its text is refused and writes nothing; the clear columns hold the
// status and the due date, never what the person said was wrong.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { correctionRequestsRegister, type CorrectionRequestInput } from '../../../renderer/src/domain/registers/correctionRequests';
import { RuleViolation } from '../../../renderer/src/domain/ruleViolation';
import { ValidationError } from '../../../renderer/src/store/errors';
import { readRawDatabase } from './rawDatabase';
import { createTestVault } from './testVault';

vi.mock('hash-wasm', () => import('./cheapArgon2'));

const WRONG = 'Home address shown as 12 Wrongway Road';
const ASKED = 'Home address 34 Rightway Avenue';

async function vaultWithPerson() {
  const vault = await createTestVault();
  const { session } = vault;
  const person = await session.people.add({ kind: 'client', givenName: 'Avery', familyName: 'Testperson-Fictive' });
  const requests = session.registers.get(correctionRequestsRegister);
  const input = (overrides: Partial<CorrectionRequestInput> = {}): CorrectionRequestInput =>
    correctionRequestsRegister.fields('entered').parse({
      personId: person.id,
      regime: 'BC_PIPA',
      receivedOn: session.today(),
      inWriting: true,
      whatIsWrong: WRONG,
      correctionAsked: ASKED,
      ...overrides,
    });
  return { ...vault, person, requests, input };
}

async function refusal(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (e) {
    return e;
  }
  throw new Error('expected a refusal');
}

describe('correction requests on the store', () => {
  it('records a request with a CR reference, lists it for the person, audits it as a correctionRequest without its text', async () => {
    const { session, requests, input, person } = await vaultWithPerson();
    const created = await requests.create(input());
    expect(created.reference).toMatch(/^CR-\d{4}-0001$/);
    expect(requests.forPerson(person.id).map((r) => r.id)).toEqual([created.id]);
    expect(requests.where('status', 'open')).toHaveLength(1);
    const entry = session.audit.list().find((e) => e.entityId === created.id);
    expect(entry?.entityKind).toBe('correctionRequest');
    expect(JSON.stringify(entry)).not.toContain('Wrongway');
  });

  it('a decision dated before the request is refused and the request stays open', async () => {
    const { session, requests, input } = await vaultWithPerson();
    const created = await requests.create(input({ receivedOn: '2026-01-10' }));
    const before = session.audit.list().length;
    const error = await refusal(requests.update(created.id, input({ receivedOn: '2026-01-10', decision: { on: '2026-01-09', outcome: 'corrected', whatChanged: 'Address' } })));
    expect(error).toBeInstanceOf(RuleViolation);
    expect((error as RuleViolation).rule).toBe('correctionDecisionBeforeRequest');
    expect(requests.get(created.id)?.decision).toBeUndefined();
    expect(requests.where('status', 'open')).toHaveLength(1);
    expect(session.audit.list().length).toBe(before);
  });

  it('not corrected needs the annotation; with it the status becomes notCorrected', async () => {
    const { requests, input } = await vaultWithPerson();
    const created = await requests.create(input());
    const on = created.receivedOn;
    expect(((await refusal(requests.update(created.id, input({ decision: { on, outcome: 'notCorrected' } })))) as RuleViolation).rule).toBe('correctionAnnotationRequired');
    await requests.update(created.id, input({ decision: { on, outcome: 'notCorrected', annotation: ASKED } }));
    expect(requests.where('status', 'notCorrected').map((r) => r.id)).toEqual([created.id]);
  });

  it('refuses a person not on file', async () => {
    const { requests, input } = await vaultWithPerson();
    const error = await refusal(requests.create(input({ personId: 'no-such-person' })));
    expect((error as ValidationError).fields).toEqual({ personId: 'validation.linkMissing' });
    expect(requests.count()).toBe(0);
  });

  it('keeps what is wrong, the correction asked and the annotation out of the clear columns', async () => {
    const { dbName, requests, input } = await vaultWithPerson();
    const created = await requests.create(input({ evidence: 'Copy of a utility bill' }));
    await requests.update(created.id, input({ evidence: 'Copy of a utility bill', decision: { on: created.receivedOn, outcome: 'notCorrected', annotation: 'Annotated Rightway claim' } }));
    const raw = JSON.stringify(await readRawDatabase(dbName), (_key, value: unknown) => (value instanceof Uint8Array ? '<bytes>' : value));
    for (const secret of ['Wrongway', 'Rightway', 'utility bill']) expect(raw).not.toContain(secret);
    expect(raw).toContain('notCorrected');
  });
});
