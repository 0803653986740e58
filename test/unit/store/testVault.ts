// A fresh vault per test, each in its own database.
import 'fake-indexeddb/auto';
import { openVaultGate, type StoreVaultGate, type VaultGateOptions } from '../../../renderer/src/store';
import { CustodianDatabase } from '../../../renderer/src/store/database';
import { DexieVaultGate } from '../../../renderer/src/store/vaultGate';
import { resolveKdfParams } from '../../../renderer/src/vault/kdfParams';
import { syntheticPeople, SYNTHETIC_OFFICER, SYNTHETIC_ORGANISATION } from '../../fixtures/people';

export const PASSPHRASE = 'correct horse battery staple';
export const NEW_PASSPHRASE = 'a brand new passphrase 2';

let counter = 0;
export function uniqueDbName(): string {
  return `custodian-test-${process.pid}-${++counter}-${Math.random().toString(36).slice(2)}`;
}

/** A settable clock, so throttle tests do not sleep. */
export function testClock(start = Date.UTC(2025, 0, 15, 9, 0, 0)) {
  let time = start;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

/** Test vaults start without the registers' seeds (they would add an audit entry every count must allow for); `seedRegisters: true` asks for them. */
export async function createTestVault(options: VaultGateOptions = {}) {
  const dbName = options.dbName ?? uniqueDbName();
  options = { seedRegisters: false, ...options };
  const gate: StoreVaultGate = openVaultGate({ ...options, dbName });
  const { session, recoveryKey } = await gate.create({
    passphrase: PASSPHRASE,
    organisation: { ...SYNTHETIC_ORGANISATION },
    officer: { ...SYNTHETIC_OFFICER },
  });
  return { dbName, gate, session, recoveryKey, reopen: () => openVaultGate({ ...options, dbName }) };
}

/**
 * A vault whose Dexie instance the test holds, so it can make one table fail mid-transaction
 * (vi.spyOn(db.accessRequests, 'bulkAdd')) the way a full disk or a crash would.
 */
export async function createTestVaultWithDb(options: { now?: () => number } = {}) {
  const dbName = uniqueDbName();
  const db = new CustodianDatabase(dbName);
  const gate = new DexieVaultGate(db, options.now ?? Date.now, resolveKdfParams(), false);
  const { session, recoveryKey } = await gate.create({
    passphrase: PASSPHRASE,
    organisation: { ...SYNTHETIC_ORGANISATION },
    officer: { ...SYNTHETIC_OFFICER },
  });
  return { dbName, db, gate, session, recoveryKey, reopen: () => openVaultGate({ dbName, seedRegisters: false, ...(options.now ? { now: options.now } : {}) }) };
}

export const FAKE_PDF = new TextEncoder().encode('%PDF-1.7\n% a stand-in letter for the store tests\n%%EOF\n');

/** A vault with people (one archived), requests (one with a letter, one with an attachment) and a settings change. */
export async function populatedVault(seed = 5) {
  const clock = testClock(Date.UTC(2026, 2, 16, 18, 0, 0));
  const vault = await createTestVaultWithDb({ now: clock.now });
  const { session } = vault;
  const people = await session.people.bulkAdd(syntheticPeople(6, seed));
  await session.people.archive(people[5]!.id);
  const input = (receivedOn: string) => ({
    personId: people[0]!.id,
    regime: 'BC_PIPA' as const,
    receivedOn,
    channel: 'mail' as const,
    inWriting: true,
    informationSought: 'Records of my synthetic visits',
    language: 'en' as const,
  });
  const first = await session.accessRequests.create(input('2026-03-02'));
  const second = await session.accessRequests.create(input('2026-03-03'));
  await session.accessRequests.apply(first.id, { type: 'acknowledge', on: '2026-03-03' }, { kind: 'acknowledgement', language: 'en', pdf: FAKE_PDF, paragraphs: { opening: 'Thank you.' } });
  await session.accessRequests.addAttachment(second.id, { name: 'scan.pdf', mediaType: 'application/pdf', bytes: FAKE_PDF });
  await session.updateSettings({ autoLockMinutes: 15 });
  return { ...vault, clock, people, requests: [first, second] };
}
