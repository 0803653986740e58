// Issue #13, items 2 and 15 at the store: a value the archive could not keep, or text that would read
// differently in a letter, is refused when it is entered (nothing written) instead of breaking the
// next backup; records that already hold such text still open, back up and restore.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { readArchive, writeArchive } from '../../../renderer/src/archive';
import { RuleViolation } from '../../../renderer/src/domain/ruleViolation';
import { ValidationError } from '../../../renderer/src/store';
import { syntheticPeople } from '../../fixtures/people';
import { createTestVault, testClock } from './testVault';

// The cheap argon2id for the vault; the real scrypt for the archive written here.
vi.mock('hash-wasm', async () => ({ ...(await vi.importActual<object>('hash-wasm')), ...(await import('./cheapArgon2')) }));

const FAKE_PDF = new TextEncoder().encode('%PDF-1.7\n% a stand-in letter\n%%EOF\n');
const ARCHIVE_PASSPHRASE = 'an archive passphrase for the test';

async function setup() {
  const clock = testClock(Date.UTC(2026, 2, 16, 18, 0, 0));
  const vault = await createTestVault({ now: clock.now });
  const [person] = await vault.session.people.bulkAdd(syntheticPeople(1, 5));
  const request = await vault.session.accessRequests.create({
    personId: person!.id,
    regime: 'BC_PIPA',
    receivedOn: '2026-03-02',
    channel: 'mail',
    inWriting: true,
    informationSought: 'All records about my visits in 2025.',
    language: 'en',
  });
  return { ...vault, person: person!, request };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e,
  );
}

const backUpAndRestore = async (session: Awaited<ReturnType<typeof setup>>['session']) => {
  const bytes = await writeArchive(await session.exportSnapshot(), ARCHIVE_PASSPHRASE, { appVersion: 'test', scryptWorkFactor: 10 });
  return (await readArchive(bytes, ARCHIVE_PASSPHRASE)).snapshot;
};

describe('a letter paragraph over the archive’s cap (issue #13, item 2)', () => {
  it('is refused by the store with a clear message, and nothing is written', async () => {
    const { session, request } = await setup();
    const error = await rejection(
      session.accessRequests.apply(request.id, { type: 'acknowledge', on: '2026-03-03' }, { kind: 'acknowledgement', language: 'en', pdf: FAKE_PDF, paragraphs: { closing: 'x'.repeat(20_001) } }),
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields).toEqual({ 'paragraphs.closing': 'validation.paragraphTooLong' });
    expect(session.accessRequests.get(request.id)!.status).toBe('received');
    expect(session.accessRequests.get(request.id)!.letters).toEqual([]);
  });

  it('at exactly 20,000 characters is kept, and the next backup restores it', async () => {
    const { session, request } = await setup();
    await session.accessRequests.apply(request.id, { type: 'acknowledge', on: '2026-03-03' }, { kind: 'acknowledgement', language: 'en', pdf: FAKE_PDF, paragraphs: { closing: 'x'.repeat(20_000) } });
    const back = await backUpAndRestore(session);
    expect(back.accessRequests[0]!.letters[0]!.paragraphs.closing).toHaveLength(20_000);
  });

  it('a fee basis over 5,000 characters is refused by the workflow, not by the next backup', async () => {
    const { session, request } = await setup();
    const error = await rejection(session.accessRequests.apply(request.id, { type: 'sendFeeEstimate', on: '2026-03-03', estimateCents: 2500, basis: 'y'.repeat(5001) }));
    expect(error).toBeInstanceOf(RuleViolation);
    expect(error).toMatchObject({ rule: 'textTooLong', field: 'basis', params: { max: 5000 } });
    expect(session.accessRequests.get(request.id)!.fee).toBeUndefined();
  });
});

describe('hidden characters (issue #13, item 15)', () => {
  it('a name with a right-to-left override is refused by the store, naming the field', async () => {
    const { session } = await setup();
    const error = await rejection(session.people.add({ kind: 'client', givenName: 'Amélie', familyName: 'Côté\u202Egnp.exe' }));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields).toEqual({ familyName: 'validation.bidiControl' });
    expect(session.people.list().map((p) => p.familyName)).not.toContain('Côté\u202Egnp.exe');
  });

  it('a control character in the request is refused; a line break in its text is not', async () => {
    const { session, person } = await setup();
    const base = { personId: person.id, regime: 'BC_PIPA', receivedOn: '2026-03-02', channel: 'mail', inWriting: true, language: 'en' } as const;
    const error = await rejection(session.accessRequests.create({ ...base, informationSought: 'My file\u0007' }));
    expect((error as ValidationError).fields).toEqual({ informationSought: 'validation.controlCharacter' });
    const kept = await session.accessRequests.create({ ...base, informationSought: 'My file\nand my\tinvoices' });
    expect(kept.informationSought).toBe('My file\nand my\tinvoices');
  });

  it('an attachment named with a direction override is refused', async () => {
    const { session, request } = await setup();
    const error = await rejection(session.accessRequests.addAttachment(request.id, { name: 'scan\u202Efdp.exe', mediaType: 'application/pdf', bytes: FAKE_PDF }));
    expect((error as ValidationError).fields).toEqual({ name: 'validation.fileNameCharacters' });
  });

  it('records already holding them still restore from an archive and open (only new input is refused)', async () => {
    const { session, person } = await setup();
    const snapshot = await session.exportSnapshot();
    const odd = { ...snapshot.people.find((p) => p.id === person.id)!, givenName: 'Old\u202Erecord', notes: 'bell\u0007' };
    const restored = { ...snapshot, people: snapshot.people.map((p) => (p.id === person.id ? odd : p)), organisation: { ...snapshot.organisation, legalName: 'Office\u2066' } };
    const bytes = await writeArchive(restored, ARCHIVE_PASSPHRASE, { appVersion: 'test', scryptWorkFactor: 10 });
    const { snapshot: back } = await readArchive(bytes, ARCHIVE_PASSPHRASE);
    await session.restoreSnapshot(back);
    expect(session.people.get(person.id)!.givenName).toBe('Old\u202Erecord');
    expect(session.organisation().legalName).toBe('Office\u2066');
  });
});
