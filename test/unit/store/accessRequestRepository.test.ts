// The encrypted access-request store: references, deadlines, workflow actions with their letters
// in one transaction, documents sealed and checked, and bad input refused with nothing written.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { AccessRequestInput } from '../../../renderer/src/domain/accessRequest';
import { RuleViolation } from '../../../renderer/src/domain/ruleViolation';
import { IntegrityError, ValidationError } from '../../../renderer/src/store';
import { syntheticPeople } from '../../fixtures/people';
import { putRawRows, readRawDatabase, readRawRow } from './rawDatabase';
import { createTestVault, PASSPHRASE, testClock } from './testVault';

vi.mock('hash-wasm', () => import('./cheapArgon2'));

const FAKE_PDF = new TextEncoder().encode('%PDF-1.7\n% a stand-in letter for the store tests\n%%EOF\n');

async function setup(start = Date.UTC(2026, 2, 16, 18, 0, 0)) {
  const clock = testClock(start);
  const vault = await createTestVault({ now: clock.now });
  const [person] = await vault.session.people.bulkAdd(syntheticPeople(1, 5));
  const input = (overrides: Partial<AccessRequestInput> = {}): AccessRequestInput => ({
    personId: person!.id,
    regime: 'BC_PIPA',
    receivedOn: '2026-03-02',
    channel: 'mail',
    inWriting: true,
    informationSought: 'All records about my physiotherapy visits in 2025.',
    language: 'en',
    ...overrides,
  });
  return { ...vault, clock, person: person!, input };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e,
  );
}

describe('creating access requests', () => {
  it('numbers requests AR-YYYY-NNNN by the year received, never reusing a number after a reload', async () => {
    const { session, gate, input, reopen } = await setup();
    const first = await session.accessRequests.create(input());
    const second = await session.accessRequests.create(input({ receivedOn: '2026-03-03' }));
    const older = await session.accessRequests.create(input({ receivedOn: '2025-12-30' }));
    expect([first.reference, second.reference, older.reference]).toEqual(['AR-2026-0001', 'AR-2026-0002', 'AR-2025-0001']);
    session.lock();
    expect(gate).toBeDefined();
    const again = await reopen().unlock(PASSPHRASE);
    expect(again.accessRequests.list().map((r) => r.reference).sort()).toEqual(['AR-2025-0001', 'AR-2026-0001', 'AR-2026-0002']);
    const third = await again.accessRequests.create(input({ receivedOn: '2026-03-04' }));
    expect(third.reference).toBe('AR-2026-0003');
  });

  it('sets the statutory due date at receipt and records the receipt in the timeline', async () => {
    const { session, input } = await setup();
    const request = await session.accessRequests.create(input());
    // BC PIPA: the 30th day after Monday 2 March 2026 not counting Saturdays, Sundays, Good Friday
    // (3 April) and Easter Monday (6 April): Wednesday 15 April 2026.
    expect(request.dueOn).toBe('2026-04-15');
    expect(request.status).toBe('received');
    expect(request.events).toEqual([expect.objectContaining({ action: 'receive', on: '2026-03-02', from: null, to: 'received' })]);
  });

  it('refuses a received date in the future and writes nothing', async () => {
    const { session, input, dbName } = await setup();
    const error = await rejection(session.accessRequests.create(input({ receivedOn: '2026-03-17' })));
    expect(error).toBeInstanceOf(RuleViolation);
    expect(error).toMatchObject({ rule: 'futureDate', field: 'receivedOn' });
    const raw = await readRawDatabase(dbName);
    expect(raw.accessRequests).toEqual([]);
    expect(raw.sequences).toEqual([]);
  });

  it('refuses an oral request the officer has not confirmed, and an unknown person', async () => {
    const { session, input } = await setup();
    const oral = await rejection(session.accessRequests.create(input({ inWriting: false, channel: 'phone' })));
    expect(oral).toBeInstanceOf(ValidationError);
    expect((oral as ValidationError).fields).toEqual({ oralConfirmed: 'validation.oralConfirm' });
    const stranger = await rejection(session.accessRequests.create(input({ personId: 'no-such-person' })));
    expect((stranger as ValidationError).fields).toEqual({ personId: 'validation.personMissing' });
    expect(session.accessRequests.list()).toEqual([]);
  });

  it('keeps what was asked and the person link sealed: nothing personal on disk in the clear', async () => {
    const { session, input, dbName } = await setup();
    await session.accessRequests.create(input({ informationSought: 'Zebra-unicorn notes about me' }));
    const raw = JSON.stringify(await readRawDatabase(dbName), (_k, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString('latin1') : v));
    expect(raw).not.toContain('Zebra-unicorn');
  });
});

describe('workflow actions and their letters', () => {
  it('issues the acknowledgement with the action: stored sealed, immutable, with its SHA-256', async () => {
    const { session, input, dbName } = await setup();
    const request = await session.accessRequests.create(input());
    const acknowledged = await session.accessRequests.apply(
      request.id,
      { type: 'acknowledge', on: '2026-03-03' },
      { kind: 'acknowledgement', language: 'en', pdf: FAKE_PDF, paragraphs: { opening: 'Thank you.' } },
    );
    expect(acknowledged.status).toBe('acknowledged');
    const [letter] = acknowledged.letters;
    const expectedSha = Buffer.from(await crypto.subtle.digest('SHA-256', FAKE_PDF)).toString('hex');
    expect(letter).toMatchObject({ kind: 'acknowledgement', issuedOn: '2026-03-03', sha256: expectedSha, size: FAKE_PDF.length });
    expect(acknowledged.events.at(-1)).toMatchObject({ action: 'acknowledge', from: 'received', to: 'acknowledged', letterId: letter!.id });
    const read = await session.accessRequests.readLetter(request.id, letter!.id);
    expect(Buffer.from(read.pdf).equals(Buffer.from(FAKE_PDF))).toBe(true);
    const documents = (await readRawDatabase(dbName)).documents as { sealed: Uint8Array }[];
    expect(documents).toHaveLength(1);
    expect(Buffer.from(documents[0]!.sealed).includes(Buffer.from('%PDF'))).toBe(false);
  });

  it('refuses a letter of the wrong kind for the action, and bytes that are not a PDF', async () => {
    const { session, input } = await setup();
    const request = await session.accessRequests.create(input());
    const wrong = await rejection(session.accessRequests.apply(request.id, { type: 'acknowledge', on: '2026-03-03' }, { kind: 'refusal', language: 'en', pdf: FAKE_PDF, paragraphs: {} }));
    expect(wrong).toMatchObject({ rule: 'letterMismatch' });
    const notPdf = await rejection(session.accessRequests.apply(request.id, { type: 'acknowledge', on: '2026-03-03' }, { kind: 'acknowledgement', language: 'en', pdf: new Uint8Array([1, 2, 3, 4, 5]), paragraphs: {} }));
    expect(notPdf).toBeInstanceOf(ValidationError);
    expect(session.accessRequests.get(request.id)!.status).toBe('received');
  });

  it('refuses an extension notice after the original deadline, changing nothing on disk', async () => {
    const { session, input, dbName, clock } = await setup();
    const request = await session.accessRequests.create(input());
    clock.advance(40 * 86_400_000); // 25 April 2026: past the 15 April deadline
    const before = await readRawRow(dbName, 'accessRequests', request.id);
    const error = await rejection(
      session.accessRequests.apply(request.id, { type: 'extend', on: '2026-04-20', ground: 'largeVolume', reasons: 'Many archived files.', newDue: '2026-05-20' }),
    );
    expect(error).toBeInstanceOf(RuleViolation);
    expect(error).toMatchObject({ rule: 'extensionTooLate', params: { due: '2026-04-15' } });
    expect(await readRawRow(dbName, 'accessRequests', request.id)).toEqual(before);
    expect(session.accessRequests.get(request.id)!.status).toBe('received');
  });

  it('moves the binding due date to the extended one, in the clear column too', async () => {
    const { session, input, dbName, reopen } = await setup();
    const request = await session.accessRequests.create(input());
    const extended = await session.accessRequests.apply(request.id, { type: 'extend', on: '2026-03-10', ground: 'largeVolume', reasons: 'Records in storage.', newDue: '2026-05-01' });
    expect(extended.status).toBe('extended');
    expect((await readRawRow<{ dueOn: string }>(dbName, 'accessRequests', request.id)).dueOn).toBe('2026-05-01');
    session.lock();
    const again = await reopen().unlock(PASSPHRASE);
    expect(again.accessRequests.get(request.id)!.extension).toMatchObject({ newDue: '2026-05-01', ground: 'largeVolume' });
  });

  it('rolls back the request when the letter cannot be written: memory and disk as before', async () => {
    const { session, input, dbName } = await setup();
    // A client: BC PIPA s.32(1) would refuse any fee to an employee before the write is tried.
    const client = await session.people.add({ kind: 'client', givenName: 'Casey', familyName: 'Client' });
    const request = await session.accessRequests.create(input({ personId: client.id }));
    const acknowledged = await session.accessRequests.apply(request.id, { type: 'acknowledge', on: '2026-03-03' }, { kind: 'acknowledgement', language: 'en', pdf: FAKE_PDF, paragraphs: {} });
    const before = await readRawDatabase(dbName);
    // A document row that already holds the next letter's id makes the add() fail inside the transaction.
    const uuid = vi.spyOn(globalThis.crypto, 'randomUUID').mockReturnValue(acknowledged.letters[0]!.id as `${string}-${string}-${string}-${string}-${string}`);
    const error = await rejection(
      session.accessRequests.apply(request.id, { type: 'sendFeeEstimate', on: '2026-03-04', estimateCents: 1500, basis: 'Photocopies' }, { kind: 'feeEstimate', language: 'en', pdf: FAKE_PDF, paragraphs: {} }),
    );
    uuid.mockRestore();
    expect(error).toBeInstanceOf(Error);
    expect(await readRawDatabase(dbName)).toEqual(before);
    expect(session.accessRequests.get(request.id)).toBe(acknowledged);
  });

  it("BC PIPA: apply refuses a fee notice to an employee (s.32(1)) and writes nothing", async () => {
    const { session, input, dbName } = await setup();
    const worker = await session.people.add({ kind: 'employee', givenName: 'Emery', familyName: 'Employee' });
    const request = await session.accessRequests.create(input({ personId: worker.id }));
    const before = await readRawDatabase(dbName);
    const fee = { type: 'sendFeeEstimate', on: '2026-03-04', estimateCents: 1500, basis: 'Photocopies' } as const;
    const error = await rejection(session.accessRequests.apply(request.id, fee, { kind: 'feeEstimate', language: 'en', pdf: FAKE_PDF, paragraphs: {} }));
    expect(error).toBeInstanceOf(RuleViolation);
    expect(error).toMatchObject({ rule: 'feeEmployee', params: { section: '32(1)' } });
    expect(await readRawDatabase(dbName)).toEqual(before);
    expect(session.accessRequests.get(request.id)).toBe(request);
    // The same notice to a client goes through.
    const client = await session.people.add({ kind: 'client', givenName: 'Casey', familyName: 'Client' });
    const other = await session.accessRequests.create(input({ personId: client.id }));
    expect((await session.accessRequests.apply(other.id, fee)).status).toBe('awaitingFeeDirection');
  });

  it('refuses a fee payment without a written estimate the person agreed to', async () => {
    const { session, input } = await setup();
    const request = await session.accessRequests.create(input());
    await session.accessRequests.apply(request.id, { type: 'acknowledge', on: '2026-03-03' });
    const error = await rejection(session.accessRequests.apply(request.id, { type: 'recordFeePaid', on: '2026-03-05' }));
    expect(error).toBeInstanceOf(RuleViolation);
  });
});

describe('correcting a request', () => {
  it('recomputes the due date when the received date is corrected, and records the correction', async () => {
    const { session, input } = await setup();
    const request = await session.accessRequests.create(input());
    const corrected = await session.accessRequests.update(request.id, input({ receivedOn: '2026-03-03' }));
    expect(corrected.dueOn).toBe('2026-04-16');
    expect(corrected.reference).toBe(request.reference);
    expect(corrected.events.at(-1)).toMatchObject({ action: 'correct', from: 'received', to: 'received' });
  });

  it('refuses to move the received date once an extension was sent, and to change a closed request', async () => {
    const { session, input } = await setup();
    const request = await session.accessRequests.create(input());
    await session.accessRequests.apply(request.id, { type: 'extend', on: '2026-03-10', ground: 'consultation', reasons: 'Consulting the lab.', newDue: '2026-04-30' });
    expect(await rejection(session.accessRequests.update(request.id, input({ receivedOn: '2026-03-03' })))).toMatchObject({ rule: 'dueFixed' });
    await session.accessRequests.apply(request.id, { type: 'withdraw', on: '2026-03-12' });
    expect(await rejection(session.accessRequests.update(request.id, input()))).toMatchObject({ rule: 'closedRequest' });
  });

  it('drops every decrypted request on lock, and refuses calls after it', async () => {
    const { session, input } = await setup();
    await session.accessRequests.create(input());
    session.lock();
    expect(() => session.accessRequests.list()).toThrow(/locked/);
    await expect(session.accessRequests.create(input())).rejects.toThrow(/locked/);
  });
});

describe('documents on disk', () => {
  async function withLetter() {
    const setupResult = await setup();
    const { session, input } = setupResult;
    const request = await session.accessRequests.create(input());
    const done = await session.accessRequests.apply(request.id, { type: 'acknowledge', on: '2026-03-03' }, { kind: 'acknowledgement', language: 'en', pdf: FAKE_PDF, paragraphs: {} });
    return { ...setupResult, request: done, letterId: done.letters[0]!.id };
  }

  it('refuses a letter whose sealed bytes were altered', async () => {
    const { session, dbName, request, letterId } = await withLetter();
    const row = await readRawRow<{ sealed: Uint8Array }>(dbName, 'documents', letterId);
    const sealed = new Uint8Array(row.sealed);
    sealed[20]! ^= 1;
    await putRawRows(dbName, 'documents', [{ ...row, sealed }]);
    await expect(session.accessRequests.readLetter(request.id, letterId)).rejects.toBeInstanceOf(IntegrityError);
  });

  it('refuses a letter moved under another request', async () => {
    const { session, dbName, request, letterId, input } = await withLetter();
    const other = await session.accessRequests.create(input());
    const row = await readRawRow(dbName, 'documents', letterId);
    await putRawRows(dbName, 'documents', [{ ...row, requestId: other.id }]);
    await expect(session.accessRequests.readLetter(request.id, letterId)).rejects.toBeInstanceOf(IntegrityError);
  });

  it('refuses to unlock when a status was edited in the clear column', async () => {
    const { session, dbName, request, gate } = await withLetter();
    session.lock();
    const row = await readRawRow(dbName, 'accessRequests', request.id);
    await putRawRows(dbName, 'accessRequests', [{ ...row, status: 'responded' }]);
    await expect(gate.unlock(PASSPHRASE)).rejects.toMatchObject({ table: 'accessRequests', recordId: request.id });
  });

  it('stores attachments sealed and returns them byte for byte; refuses an empty file', async () => {
    const { session, request, dbName } = await withLetter();
    const scan = new Uint8Array(4096).map((_, i) => i % 251);
    const attachment = await session.accessRequests.addAttachment(request.id, { name: 'request-scan.png', mediaType: 'image/png', bytes: scan });
    const read = await session.accessRequests.readAttachment(request.id, attachment.id);
    expect(Buffer.from(read.bytes).equals(Buffer.from(scan))).toBe(true);
    const error = await rejection(session.accessRequests.addAttachment(request.id, { name: 'empty.pdf', mediaType: 'application/pdf', bytes: new Uint8Array() }));
    expect((error as ValidationError).fields).toEqual({ bytes: 'validation.emptyFile' });
    expect((await readRawDatabase(dbName)).documents).toHaveLength(2);
  });
});
