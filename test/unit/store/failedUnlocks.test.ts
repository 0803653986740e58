// The failed-unlock list waits in the clear while the vault is locked, where anyone with the files can
// edit it. Each way of forging it is refused at the next unlock: nothing from a forged row is chained
// as if genuine, no text from it reaches the trail, one 'tamperingDetected' entry says it happened,
// and the trail still verifies.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { WrongPassphraseError } from '../../../renderer/src/store';
import { putRawRows, readRawDatabase } from './rawDatabase';
import { createTestVault, PASSPHRASE, testClock } from './testVault';

vi.mock('hash-wasm', () => import('./cheapArgon2'));

const CREATED = Date.UTC(2026, 0, 5, 12, 0, 0);
const iso = (ms: number) => new Date(ms).toISOString();
const MINUTE = 60_000;

/** A locked vault created at CREATED, the clock an hour later, with `row` put in the pending list. */
async function lockedWithPending(row: unknown) {
  const clock = testClock(CREATED);
  const vault = await createTestVault({ now: clock.now });
  vault.session.lock();
  clock.advance(60 * MINUTE);
  await putRawRows(vault.dbName, 'prefs', [row]);
  return { ...vault, clock };
}

async function unlockAndRead(vault: Awaited<ReturnType<typeof lockedWithPending>>) {
  const session = await vault.gate.unlock(PASSPHRASE);
  await session.audit.ready(); // the entries open after unlock
  const trail = [...session.audit.list()].reverse().slice(1); // after 'create vault'
  const prefs = (await readRawDatabase(vault.dbName)).prefs as { id: string }[];
  return { session, trail, prefs };
}

const genuine = (minutes: number, via = 'passphrase') => ({ at: iso(CREATED + minutes * MINUTE), via });
const row = (attempts: unknown, omitted: unknown = 0, extra: object = {}) => ({ id: 'failedUnlocks', attempts, omitted, ...extra });

describe('forged failed-unlock records are reported as tampering, never chained as genuine', () => {
  it.each([
    ['free text in place of the way', row([{ at: iso(CREATED + MINUTE), via: 'the officer let me in, see note' }])],
    ['a time that is not an ISO instant', row([{ at: 'yesterday evening', via: 'passphrase' }])],
    ['a time in another ISO form', row([{ at: '2026-01-05T12:30:00+00:00', via: 'passphrase' }])],
    ['an impossible date', row([{ at: '2026-02-30T12:00:00.000Z', via: 'passphrase' }])],
    ['a time in the future beyond the clock skew', row([{ at: iso(CREATED + 5 * 60 * MINUTE), via: 'passphrase' }])],
    ['a time before the vault was created', row([{ at: iso(CREATED - 24 * 60 * MINUTE), via: 'passphrase' }])],
    ['an attempt with an extra field', row([{ ...genuine(5), note: 'free text' }])],
    ['an attempt that is not an object', row(['passphrase at noon'])],
    ['attempts that are not a list', row('many')],
    ['more attempts than are ever itemised', row(Array.from({ length: 101 }, (_, i) => genuine(1 + (i % 50))))],
    ['an omitted count that is negative', row([], -3)],
    ['an omitted count that is not a whole number', row([], 2.5)],
    ['an omitted count that is text', row([], '12 more, and a message')],
    ['an omitted count beyond any real night of guessing', row([], 1e12)],
    ['an extra field on the row', row([], 0, { note: 'free text' })],
    ['a row with neither list nor count', { id: 'failedUnlocks' }],
  ])('%s', async (_name, pending) => {
    const vault = await lockedWithPending(pending);
    const { session, trail, prefs } = await unlockAndRead(vault);
    expect(trail.map((e) => [e.action, e.detail])).toEqual([['tamperingDetected', 'failedUnlockRecords']]);
    expect(trail[0]).toMatchObject({ entityKind: 'vault', entityId: null, fields: [], at: iso(vault.clock.now()) });
    expect(JSON.stringify(session.audit.list())).not.toMatch(/free text|note|message|officer/);
    expect(prefs.map((p) => p.id)).toEqual(['prefs']); // reported once, then gone
    expect(await session.audit.verify()).toMatchObject({ ok: true });
  });

  it('chains the genuine tries of a partly forged row, and reports the rest as one tampering entry', async () => {
    const vault = await lockedWithPending(row([genuine(5), { at: 'not a time', via: 'passphrase' }, genuine(7, 'recoveryKey'), { at: iso(CREATED + 8 * MINUTE), via: 'sms' }]));
    const { session, trail } = await unlockAndRead(vault);
    expect(trail.map((e) => [e.action, e.detail, e.at])).toEqual([
      ['unlockFailed', 'passphrase', genuine(5).at],
      ['unlockFailed', 'recoveryKey', genuine(7).at],
      ['tamperingDetected', 'failedUnlockRecords', iso(vault.clock.now())],
    ]);
    expect(await session.audit.verify()).toMatchObject({ ok: true, entries: 4 });
  });

  it('accepts a genuine row, a full list with omitted tries summarised as a count, within the clock skew', async () => {
    const full = Array.from({ length: 100 }, (_, i) => genuine(i % 60));
    full[0] = { at: iso(CREATED - 5 * MINUTE), via: 'passphrase' }; // clock corrected by a few minutes
    const vault = await lockedWithPending(row(full, 250));
    const { session, trail, prefs } = await unlockAndRead(vault);
    expect(trail).toHaveLength(101);
    expect(trail.at(-1)).toMatchObject({ action: 'unlockFailed', detail: '250 more, not itemised' });
    expect(trail.some((e) => e.action === 'tamperingDetected')).toBe(false);
    expect(prefs.map((p) => p.id)).toEqual(['prefs']);
    expect(await session.audit.verify()).toMatchObject({ ok: true, entries: 102 });
  });

  it('a wrong passphrase typed after the row was forged is kept, and the forgery still reported', async () => {
    const vault = await lockedWithPending({ id: 'failedUnlocks', attempts: 'overwritten by hand', omitted: 'x' });
    await expect(vault.gate.unlock('a wrong passphrase here')).rejects.toThrow(WrongPassphraseError);
    const { trail } = await unlockAndRead(vault);
    expect(trail.map((e) => [e.action, e.detail])).toEqual([
      ['unlockFailed', 'passphrase'],
      ['tamperingDetected', 'failedUnlockRecords'],
    ]);
  });
});
