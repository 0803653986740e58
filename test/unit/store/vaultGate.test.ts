import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  openVaultGate,
  TooManyAttemptsError,
  VaultExistsError,
  WeakPassphraseError,
  WrongPassphraseError,
} from '../../../renderer/src/store';
import { SYNTHETIC_OFFICER, SYNTHETIC_ORGANISATION } from '../../fixtures/people';
import { kdfRuns } from './cheapArgon2';
import { readRawRow } from './rawDatabase';
import { createTestVault, PASSPHRASE, testClock, uniqueDbName } from './testVault';

// Cheap Argon2id with a run counter, to prove a throttled unlock spends no KDF evaluation.
vi.mock('hash-wasm', () => import('./cheapArgon2'));

beforeEach(() => {
  kdfRuns.count = 0;
});

type RawHeader = Record<string, unknown> & { attempts: { failed: number; lastFailedAt: number | null } };
const withoutAttempts = ({ attempts: _attempts, ...rest }: RawHeader) => rest;

describe('VaultGate: create and unlock', () => {
  it('creates a vault once, then unlocks it with the passphrase', async () => {
    const { gate, session, recoveryKey, dbName } = await createTestVault();
    expect(await gate.exists()).toBe(true);
    expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){13}[0-9A-Z]{4}$/);
    expect(session.organisation().legalName).toBe(SYNTHETIC_ORGANISATION.legalName);
    session.lock();

    const unlocked = await gate.unlock(PASSPHRASE);
    expect(unlocked.officer()).toEqual(SYNTHETIC_OFFICER);
    expect(unlocked.settings()).toEqual({ autoLockMinutes: 10, language: 'en', officeClosures: [], commissioners: {}, backupReminderDays: 7, policyPromise: { days: 30, unit: 'businessDays' } });
    const header = await readRawRow<RawHeader>(dbName, 'vault', 'header');
    expect(header.kdf).toEqual({ algorithm: 'argon2id', memoryKiB: 65_536, iterations: 3, parallelism: 1 });
  });

  it('reports no vault in an empty database, and refuses a second create', async () => {
    const empty = openVaultGate({ dbName: uniqueDbName() });
    expect(await empty.exists()).toBe(false);
    expect(await empty.attempts()).toEqual({ failed: 0, nextTryAt: null });

    const { gate } = await createTestVault();
    await expect(
      gate.create({ passphrase: 'another long passphrase', organisation: SYNTHETIC_ORGANISATION, officer: SYNTHETIC_OFFICER }),
    ).rejects.toThrow(VaultExistsError);
  });

  it('refuses a passphrase under 12 characters at create, before any key is derived', async () => {
    const gate = openVaultGate({ dbName: uniqueDbName() });
    await expect(
      gate.create({ passphrase: 'short pass', organisation: SYNTHETIC_ORGANISATION, officer: SYNTHETIC_OFFICER }),
    ).rejects.toThrow(WeakPassphraseError);
    expect(kdfRuns.count).toBe(0);
    expect(await gate.exists()).toBe(false);
  });

  it('refuses a wrong passphrase with a clear message, counts it and changes nothing else', async () => {
    const { gate, dbName, session } = await createTestVault();
    session.lock();
    const before = await readRawRow<RawHeader>(dbName, 'vault', 'header');

    const error = await gate.unlock('not the passphrase at all').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WrongPassphraseError);
    expect((error as WrongPassphraseError).message).toBe('The passphrase is not correct. Nothing was changed.');
    expect((error as WrongPassphraseError).failedAttempts).toBe(1);

    const after = await readRawRow<RawHeader>(dbName, 'vault', 'header');
    expect(after.attempts.failed).toBe(1);
    expect(withoutAttempts(after)).toEqual(withoutAttempts(before));
    expect((await gate.attempts()).failed).toBe(1);
  });
});

describe('VaultGate: throttling wrong passphrases', () => {
  it('after five wrong tries, refuses without running the KDF until the delay has passed', async () => {
    const clock = testClock();
    const { gate, session } = await createTestVault({ now: clock.now });
    session.lock();
    for (let i = 1; i <= 5; i++) {
      await expect(gate.unlock(`wrong passphrase ${i}!`)).rejects.toThrow(WrongPassphraseError);
    }
    expect(await gate.attempts()).toEqual({ failed: 5, nextTryAt: clock.now() + 1000 });

    kdfRuns.count = 0;
    const throttled = await gate.unlock(PASSPHRASE).catch((e: unknown) => e);
    expect(throttled).toBeInstanceOf(TooManyAttemptsError);
    expect((throttled as TooManyAttemptsError).retryAfterMs).toBe(1000);
    expect(kdfRuns.count).toBe(0);

    clock.advance(1000);
    await expect(gate.unlock('wrong passphrase 6!')).rejects.toThrow(WrongPassphraseError);
    clock.advance(1999);
    await expect(gate.unlock(PASSPHRASE)).rejects.toMatchObject({ retryAfterMs: 1 });
    expect(kdfRuns.count).toBe(1); // only the sixth, allowed, wrong try
    clock.advance(1);

    const unlocked = await gate.unlock(PASSPHRASE);
    expect(unlocked.locked).toBe(false);
    expect(await gate.attempts()).toEqual({ failed: 0, nextTryAt: null });
  });

  it('keeps the count across a restart of the app (a new gate on the same database)', async () => {
    const clock = testClock();
    const { session, reopen } = await createTestVault({ now: clock.now });
    session.lock();
    const first = reopen();
    for (let i = 0; i < 5; i++) await first.unlock('wrong passphrase again').catch(() => undefined);
    first.close();
    kdfRuns.count = 0;
    await expect(reopen().unlock(PASSPHRASE)).rejects.toThrow(TooManyAttemptsError);
    expect(kdfRuns.count).toBe(0);
  });

  it('serialises parallel tries, so a burst cannot all slip under the threshold', async () => {
    const clock = testClock();
    const { gate, session } = await createTestVault({ now: clock.now });
    session.lock();
    const results = await Promise.allSettled(Array.from({ length: 7 }, (_, i) => gate.unlock(`parallel wrong ${i}!!`)));
    const reasons = results.map((r) => (r.status === 'rejected' ? (r.reason as Error).name : 'fulfilled'));
    expect(reasons.filter((n) => n === 'WrongPassphraseError')).toHaveLength(5);
    expect(reasons.filter((n) => n === 'TooManyAttemptsError')).toHaveLength(2);
  });
});
