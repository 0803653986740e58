// Which letters a record's rules allow (definition.letters.check), on the real store: each refusal a
// RuleViolation with its i18n key, nothing written. A correction notice goes only to a recipient of
// the year before a correction made; the outcome only once decided; a withdrawal confirmation only
// on a withdrawal entry; a register without letters issues none.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { recipientIdOf } from '../../../renderer/src/domain/corrections';
import { addDays } from '../../../renderer/src/domain/isoDate';
import { consentsRegister, type ConsentInput } from '../../../renderer/src/domain/registers/consents';
import { correctionRequestsRegister } from '../../../renderer/src/domain/registers/correctionRequests';
import { disclosuresRegister } from '../../../renderer/src/domain/registers/disclosures';
import { purposesRegister } from '../../../renderer/src/domain/registers/purposes';
import { readRawDatabase } from './rawDatabase';
import { createTestVault, FAKE_PDF } from './testVault';

vi.mock('hash-wasm', () => import('./cheapArgon2'));

const OLD = { name: 'Thirteen Months Insurance Ltd.', address: '1 Old Road' };
const RECENT = { name: 'Two Months Credit Union', address: '200 Sample Street' };

async function vault() {
  const v = await createTestVault({ seedRegisters: true });
  const { session } = v;
  const today = session.today();
  const person = await session.people.add({ kind: 'client', givenName: 'Avery', familyName: 'Testperson-Fictive' });
  const purpose = session.registers.get(purposesRegister).list().find((p) => !p.retiredAt)!;
  for (const [recipient, on] of [[OLD, addDays(today, -395)], [RECENT, addDays(today, -61)]] as const) {
    await session.registers.get(disclosuresRegister).create(
      disclosuresRegister.fields('entered').parse({ disclosedOn: on, personId: person.id, recipient: { kind: 'organisation', ...recipient }, categories: ['contact'], purposeId: purpose.id, basis: { kind: 'consent' }, exchange: 'none' }),
    );
  }
  const requests = session.registers.get(correctionRequestsRegister);
  const input = correctionRequestsRegister.fields('entered').parse({ personId: person.id, regime: 'BC_PIPA', receivedOn: addDays(today, -3), inWriting: true, whatIsWrong: 'Street wrong', correctionAsked: 'Street 34' });
  const request = await requests.create(input);
  return { ...v, today, person, purpose, requests, request, input };
}

describe('letters a record’s rules allow', () => {
  it('a correction notice only once corrected, only to a recipient of the year before; the outcome only once decided', async () => {
    const { session, dbName, today, requests, request, input } = await vault();
    const notice = (to: { name: string; address: string }) => requests.issueLetter(request.id, { kind: 'correctionNotice', language: 'en', issuedOn: today, recipientId: recipientIdOf(to) }, FAKE_PDF);
    const before = await readRawDatabase(dbName);
    await expect(requests.issueLetter(request.id, { kind: 'correctionOutcome', language: 'en', issuedOn: today }, FAKE_PDF)).rejects.toMatchObject({ rule: 'letterNeedsDecision' });
    await expect(notice(RECENT)).rejects.toMatchObject({ rule: 'letterNeedsDecision' });
    await requests.update(request.id, { ...input, decision: { on: today, outcome: 'notCorrected', annotation: 'Asks for street 34' } });
    await expect(notice(RECENT)).rejects.toMatchObject({ rule: 'letterNeedsCorrection' });
    await requests.update(request.id, { ...input, decision: { on: today, outcome: 'corrected', whatChanged: 'Street set to 34' } });
    const decided = await readRawDatabase(dbName);
    await expect(notice(OLD)).rejects.toMatchObject({ rule: 'letterRecipientNotListed' });
    await expect(requests.issueLetter(request.id, { kind: 'correctionNotice', language: 'en', issuedOn: today }, FAKE_PDF)).rejects.toMatchObject({ rule: 'letterRecipientNotListed' });
    await expect(requests.issueLetter(request.id, { kind: 'consentWithdrawal', language: 'en', issuedOn: today }, FAKE_PDF)).rejects.toMatchObject({ name: 'ValidationError' });
    expect((await readRawDatabase(dbName)).documents).toEqual(decided.documents);
    expect(before.documents).toEqual([]);
    const issued = await notice(RECENT);
    expect(issued).toMatchObject({ kind: 'correctionNotice', recipientId: recipientIdOf(RECENT) });
    expect(session.audit.list({ entityId: request.id })[0]).toMatchObject({ action: 'update', fields: ['letters'] });
  });

  it('a withdrawal confirmation only on a withdrawal entry; a register without letters issues none', async () => {
    const { session, today, person, purpose } = await vault();
    const consents = session.registers.get(consentsRegister);
    const given = await consents.create({ action: 'given', personId: person.id, purposeId: purpose.id, how: 'written', kind: 'express', givenBy: 'person', givenOn: addDays(today, -10), notice: 'Notice v1' } as ConsentInput);
    await expect(consents.issueLetter(given.id, { kind: 'consentWithdrawal', language: 'en', issuedOn: today }, FAKE_PDF)).rejects.toMatchObject({ rule: 'letterNeedsWithdrawal' });
    const withdrawn = await consents.create({ action: 'withdrawn', personId: person.id, purposeId: purpose.id, consentId: given.id, how: 'oral', withdrawnOn: today, consequencesExplained: true, consequences: 'No more newsletter' } as ConsentInput);
    await expect(consents.issueLetter(withdrawn.id, { kind: 'consentWithdrawal', language: 'fr', issuedOn: today }, FAKE_PDF)).resolves.toMatchObject({ kind: 'consentWithdrawal', language: 'fr' });
    await expect(session.registers.get(purposesRegister).issueLetter(purpose.id, { kind: 'consentWithdrawal', language: 'en', issuedOn: today }, FAKE_PDF)).rejects.toMatchObject({ rule: 'noLetters' });
  });
});
