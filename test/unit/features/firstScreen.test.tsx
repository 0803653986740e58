// @vitest-environment jsdom
// Unlock's first screen (store/firstScreen.ts, app/OpeningApp.tsx): the dashboard is drawn from the
// sealed digest while the records are still being read; other pages wait; locking meanwhile locks
// the session unlock hands over; a failure after the first screen is shown on the unlock screen.
// The real store over fake-indexeddb, with the records' reading held by the test.
import 'fake-indexeddb/auto';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../renderer/src/app/App';
import { IntegrityError } from '../../../renderer/src/store/errors';
import type { StoreSession } from '../../../renderer/src/store';
import { syntheticPeople } from '../../fixtures/people';
import { FakeHost } from '../app/fakes';
import { stubLayout } from '../app/render';
import { createTestVault, PASSPHRASE, testClock } from '../store/testVault';

vi.mock('hash-wasm', () => import('../store/cheapArgon2'));

// The test holds unlock's reading of the records, or makes it fail, after the first screen.
const hold = vi.hoisted(() => ({ gate: null as Promise<void> | null, fail: null as Error | null }));
vi.mock('../../../renderer/src/store/sessionData', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../renderer/src/store/sessionData')>();
  return {
    ...original,
    loadSessionData: async (...args: Parameters<typeof original.loadSessionData>) => {
      if (hold.gate) await hold.gate;
      if (hold.fail) throw hold.fail;
      return original.loadSessionData(...args);
    },
  };
});

// A test can make the first screen's preparation slower than unlock's one-second wait.
const slow = vi.hoisted(() => ({ prepareMs: 0 }));
vi.mock('../../../renderer/src/features/dashboard/firstScreen', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../renderer/src/features/dashboard/firstScreen')>();
  return {
    ...original,
    prepareFirstScreen: async (...args: Parameters<typeof original.prepareFirstScreen>) => {
      if (slow.prepareMs) await new Promise((resolve) => setTimeout(resolve, slow.prepareMs));
      return original.prepareFirstScreen(...args);
    },
  };
});

function holdRecords(): () => void {
  let release!: () => void;
  hold.gate = new Promise<void>((resolve) => (release = resolve));
  return () => {
    hold.gate = null;
    release();
  };
}

stubLayout();

/** A vault with an overdue request and one due this week (today 2026-03-16), its digest written, locked. */
async function lockedVaultWithRequests() {
  const clock = testClock(Date.UTC(2026, 2, 16, 18, 0, 0));
  const vault = await createTestVault({ now: clock.now });
  const [late, soon] = await vault.session.people.bulkAdd(syntheticPeople(2, 41));
  const input = (personId: string, receivedOn: string) => ({
    personId,
    regime: 'PIPEDA' as const,
    receivedOn,
    channel: 'mail' as const,
    inWriting: true,
    informationSought: 'Records of my synthetic visits',
    language: 'en' as const,
  });
  const overdue = await vault.session.accessRequests.create(input(late!.id, '2026-01-05'));
  const dueSoon = await vault.session.accessRequests.create(input(soon!.id, '2026-02-16'));
  await vault.session.firstScreen.write();
  vault.session.lock();
  const unlocks: Promise<StoreSession>[] = [];
  const gate = Object.assign(Object.create(vault.gate) as typeof vault.gate, {
    unlock: (...args: Parameters<typeof vault.gate.unlock>) => {
      const opened = vault.gate.unlock(...args);
      unlocks.push(opened);
      return opened;
    },
  });
  return { gate, unlocks, late: late!, soon: soon!, overdue, dueSoon };
}

async function unlockThroughForm(gate: object) {
  const user = userEvent.setup({ delay: null });
  render(<App gate={gate as never} host={new FakeHost()} initialLanguage="en" />);
  await user.click(await screen.findByLabelText(/^Passphrase/));
  await user.paste(PASSPHRASE);
  await user.click(screen.getByRole('button', { name: 'Unlock' }));
  return user;
}

describe('the first screen while the records open', () => {
  beforeEach(() => {
    window.location.hash = '#/dashboard';
    hold.fail = null;
    slow.prepareMs = 0;
  });

  it('shows the dashboard from the digest, names included; other pages wait; then the app takes over', async () => {
    const { gate, late, overdue, dueSoon } = await lockedVaultWithRequests();
    const release = holdRecords();
    const user = await unlockThroughForm(gate);

    const overdueList = await screen.findByRole('region', { name: 'Overdue (1)' });
    expect(within(overdueList).getByRole('link', { name: overdue.reference })).toBeTruthy();
    expect(within(overdueList).getByText(`${late.givenName} ${late.familyName}`, { exact: false })).toBeTruthy();
    expect(screen.getByRole('region', { name: /Due this week \(1\)/ }).textContent).toContain(dueSoon.reference);
    // What needs every record says it is opening, not "none".
    expect(screen.getByRole('region', { name: 'This year (2026)' }).textContent).toContain('Opening your records');

    await user.click(screen.getByRole('link', { name: 'People' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Opening your records' })).toBeTruthy();

    release();
    expect(await screen.findByRole('heading', { level: 1, name: 'People' })).toBeTruthy();
    expect(await screen.findByText('2 people')).toBeTruthy();
  }, 120_000);

  it('locking while the records open locks the session unlock then hands over', async () => {
    const { gate, unlocks } = await lockedVaultWithRequests();
    const release = holdRecords();
    const user = await unlockThroughForm(gate);
    await screen.findByRole('region', { name: 'Overdue (1)' });

    await user.click(screen.getByRole('button', { name: /Lock/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Unlock Custodian' })).toBeTruthy();
    release();
    const session = await unlocks[0]!;
    await waitFor(() => expect(session.locked).toBe(true));
    expect(screen.queryByRole('heading', { level: 1, name: 'Dashboard' })).toBeNull();
  }, 120_000);

  it('a failure after the first screen returns to the unlock screen and says why', async () => {
    const { gate } = await lockedVaultWithRequests();
    const release = holdRecords();
    hold.fail = new IntegrityError('people', 'p-1');
    await unlockThroughForm(gate);
    await screen.findByRole('region', { name: 'Overdue (1)' });
    release();
    expect(await screen.findByRole('heading', { level: 1, name: 'Unlock Custodian' })).toBeTruthy();
    expect((await screen.findByRole('alert')).textContent).toContain('A record failed its integrity check');
  }, 120_000);

  it('a first screen ready only after the records is not shown over the unlocked app', async () => {
    const { gate } = await lockedVaultWithRequests();
    slow.prepareMs = 2000; // unlock waits a second at most, then reads the records
    await unlockThroughForm(gate);
    expect(await screen.findByRole('table', { name: 'This year (2026)' }, { timeout: 10_000 })).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 2500)); // past the late preparation
    expect(screen.getByRole('table', { name: 'This year (2026)' })).toBeTruthy();
    expect(screen.queryByText(/Opening your records/)).toBeNull();
  }, 120_000);
});
