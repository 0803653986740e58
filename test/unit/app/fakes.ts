// Fakes for the app's screens. Everything behind store/contract.ts is the real store over
// fake-indexeddb: the session is a VaultSession (fakeSession.ts) over a real database (fakeStore.ts),
// so a screen meets the store's own validation, workflow, sealing, audit entries and snapshots.
// What stays fake, and why:
// - the gate (FakeVaultGate): the vault header's passphrase check, failed-try count, recovery key
//   and unlock language live in memory (VaultData), because the header needs Argon2id at its floor
//   (~0.4 s a call here, measured, several per test), and a cheaper KDF can only be mocked before
//   the store is first imported (a vitest setup file). The throttle's schedule is the real one. The
//   real gate is tested in test/unit/store. Same for the session's key-changing calls (fakeSession.ts);
// - the host (fakeHost.ts): Electron's dialogs, files and OS signals;
// - the clock: `today` in VaultData (or session.setToday) fixes the officer's date, read by the store.
// Fixtures: gate.people().seed() and gate.accessRequests().seed() stage records (any state, ids p1…
// and r1…) sealed into the database when the next session opens; in an open session use the
// session's repositories. Sessions come only from the gate's async methods (unlock, create, recover,
// createFromSnapshot). A gate whose vault has `seedRegisters` writes the registers' seeds at unlock.
import { vi } from 'vitest';
import {
  accessRequestInputSchema,
  formatReference,
  type AccessRequest,
  type AccessRequestInput,
} from '../../../renderer/src/domain/accessRequest';
import { responseDeadline } from '../../../renderer/src/domain/deadlines';
import { yearOf } from '../../../renderer/src/domain/isoDate';
import { organisationProfileSchema, privacyOfficerSchema, type OrganisationProfile, type PrivacyOfficer } from '../../../renderer/src/domain/organisation';
import type { Person, PersonInput } from '../../../renderer/src/domain/person';
import { DEFAULT_SETTINGS, type AppSettings, type NewVault, type VaultGate } from '../../../renderer/src/store/contract';
import { TooManyAttemptsError, VaultExistsError, WrongPassphraseError, WrongRecoveryKeyError } from '../../../renderer/src/store/errors';
import type { CustodianDatabase } from '../../../renderer/src/store/database';
import type { VaultSnapshot } from '../../../renderer/src/store/snapshot';
import { validateSnapshot } from '../../../renderer/src/store/snapshotRows';
import { parseOrThrow } from '../../../renderer/src/store/validation';
import { assertPassphrasePolicy } from '../../../renderer/src/vault/passphrasePolicy';
import { nextTryAt } from '../../../renderer/src/vault/throttle';
import { FakeVaultStore } from './fakeStore';
import { openFakeSession, type FakeSession, type VaultData } from './fakeSession';

export { FakeHost } from './fakeHost';
export { FAKE_NEW_RECOVERY_KEY, type FakeAccessRequests, type FakeAudit, type FakePeople, type FakeSession, type VaultData } from './fakeSession';

export const FAKE_RECOVERY_KEY = 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789';
export const STRONG_PASSPHRASE = 'copper lantern orchard whistle';

export const SAMPLE_ORGANISATION: OrganisationProfile = {
  legalName: 'Fraser Valley Physiotherapy Ltd.',
  address: '100 Main Street, Abbotsford BC V2S 1A1',
  phone: '604-555-0100',
  email: 'privacy@fvphysio.example.ca',
  defaultRegime: 'BC_PIPA',
};
export const SAMPLE_OFFICER: PrivacyOfficer = { name: 'Dana Leung', title: 'Privacy Officer' };

/** Fields a test may set when seeding a request in any state, skipping the workflow. */
export type SeedRequest = AccessRequestInput & Partial<Omit<AccessRequest, keyof AccessRequestInput>>;

/** The store's clock: now, or local noon of the officer's date when a test fixed it. */
function clockOf(vault: VaultData): number {
  if (!vault.today) return Date.now();
  const [y, m, d] = vault.today.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12, 0, 0).getTime();
}

/** Before unlock: records as given (no workflow, no audit entry), sealed into the vault when the next session opens. */
class Seeds {
  private people = 0;
  private requests = 0;
  private readonly series = new Map<number, number>();
  constructor(private readonly store: () => FakeVaultStore) {}

  person(inputs: PersonInput[]): Person[] {
    const now = new Date().toISOString();
    const people = inputs.map((input): Person => ({ ...input, id: `p${++this.people}`, createdAt: now, updatedAt: now }));
    this.store().stage(people);
    return people;
  }

  /** Any status, fee or extension the test sets; the due date and reference as the store would give them otherwise. */
  request(inputs: SeedRequest[]): AccessRequest[] {
    const requests = inputs.map((input): AccessRequest => {
      const at = new Date().toISOString();
      return {
        decision: [],
        letters: [],
        attachments: [],
        status: 'received',
        events: [{ at, on: input.receivedOn, action: 'receive', from: null, to: 'received' }],
        createdAt: at,
        updatedAt: at,
        ...input,
        ...accessRequestInputSchema.parse(input),
        id: input.id ?? `r${++this.requests}`,
        reference: input.reference ?? this.nextReference(input.receivedOn),
        dueOn: input.dueOn ?? responseDeadline(input.receivedOn, input.regime).due,
      };
    });
    this.store().stage([], requests);
    return requests;
  }

  private nextReference(receivedOn: string): string {
    const year = yearOf(receivedOn);
    const next = (this.series.get(year) ?? 0) + 1;
    this.series.set(year, next);
    return formatReference(year, next);
  }
}

export class FakeVaultGate implements VaultGate {
  data: VaultData | null = null;
  failed = 0;
  nextTryAt: number | null = null;
  lastSession: FakeSession | null = null;
  unlockLanguage: AppSettings['language'] = DEFAULT_SETTINGS.language;
  /** Whether a vault made by create() or createFromSnapshot() gets the registers' seeds. */
  seedRegisters = false;
  private store: FakeVaultStore | null = null;
  private readonly seeds = new Seeds(() => this.vaultStore());

  /** Every gate of the test file, so a test's writes can be let finish before its page goes (settleAll). */
  private static readonly made = new Set<FakeVaultGate>();

  constructor() {
    FakeVaultGate.made.add(this);
  }

  /**
   * Waits for the writes still running in each gate's open session (a test may end right after a
   * click that saves), then one more task for the screens' continuations: they must run while jsdom
   * still has a window, or React throws when the file's environment is gone.
   */
  static async settleAll(): Promise<void> {
    const gates = [...FakeVaultGate.made];
    FakeVaultGate.made.clear();
    for (const gate of gates) {
      const session = gate.lastSession;
      if (session && !session.locked) await session.audit.write(async () => undefined).catch(() => undefined);
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
  }

  static withVault(overrides: Partial<VaultData> = {}): FakeVaultGate {
    const gate = new FakeVaultGate();
    gate.data = { passphrase: STRONG_PASSPHRASE, organisation: SAMPLE_ORGANISATION, officer: SAMPLE_OFFICER, settings: { ...DEFAULT_SETTINGS }, today: null, ...overrides };
    gate.unlockLanguage = gate.data.settings.language;
    return gate;
  }

  /** The vault's people, for seeding before unlock. */
  people(): { seed(inputs: PersonInput[]): Person[] } {
    return { seed: (inputs) => this.seeds.person(inputs) };
  }

  /** The vault's access requests, for seeding before unlock. */
  accessRequests(): { seed(inputs: SeedRequest[]): AccessRequest[] } {
    return { seed: (inputs) => this.seeds.request(inputs) };
  }

  /** The vault's database, for a test that damages it on disk as an attacker or a crash would. */
  database(): CustodianDatabase {
    return this.vaultStore().db;
  }

  /** The vault's database is written (profile, settings); its rows are read at the next unlock. */
  async ready(): Promise<void> {
    await this.vaultStore().ready();
  }

  /** The vault's database, made when first needed from what `data` holds then (tests edit it before unlock). */
  private vaultStore(): FakeVaultStore {
    const vault = this.data;
    if (!vault) throw new Error('no vault');
    this.store ??= new FakeVaultStore(() => clockOf(vault), () => vault, vault.seedRegisters ?? false);
    return this.store;
  }

  private async open(): Promise<FakeSession> {
    this.lastSession = await openFakeSession(this.vaultStore(), this.data!);
    return this.lastSession;
  }

  async exists() {
    return this.data !== null;
  }
  create = vi.fn(async (input: NewVault) => {
    if (this.data) throw new VaultExistsError();
    assertPassphrasePolicy(input.passphrase);
    const organisation = parseOrThrow(organisationProfileSchema, input.organisation);
    const officer = parseOrThrow(privacyOfficerSchema, input.officer);
    this.data = { passphrase: input.passphrase, organisation, officer, settings: { ...DEFAULT_SETTINGS, ...input.settings }, today: null, kitConfirmed: false, seedRegisters: this.seedRegisters };
    return { session: await this.open(), recoveryKey: FAKE_RECOVERY_KEY };
  });
  unlock = vi.fn(async (passphrase: string) => {
    if (!this.data) throw new Error('no vault');
    if (this.nextTryAt !== null && this.nextTryAt > Date.now()) throw new TooManyAttemptsError(this.nextTryAt - Date.now());
    if (passphrase !== this.data.passphrase) {
      this.failed += 1;
      this.nextTryAt = nextTryAt({ failed: this.failed, lastFailedAt: Date.now() }); // the real schedule (vault/throttle.ts)
      throw new WrongPassphraseError(this.failed);
    }
    this.failed = 0;
    this.nextTryAt = null;
    return await this.open();
  });
  recover = vi.fn(async (recoveryKey: string, newPassphrase: string) => {
    if (!this.data) throw new Error('no vault');
    const normalise = (key: string) => key.toUpperCase().replace(/[\s-]/g, '');
    if (normalise(recoveryKey) !== normalise(FAKE_RECOVERY_KEY)) throw new WrongRecoveryKeyError();
    assertPassphrasePolicy(newPassphrase);
    this.data.passphrase = newPassphrase;
    this.failed = 0;
    this.nextTryAt = null;
    return await this.open();
  });
  async attempts() {
    return { failed: this.failed, nextTryAt: this.nextTryAt };
  }
  async language() {
    return this.unlockLanguage;
  }
  async setLanguage(language: AppSettings['language']) {
    this.unlockLanguage = language;
  }
  /** An empty vault with the backup's profile, then the real restore into it (as the real gate's, one restore entry). */
  createFromSnapshot = vi.fn(async (passphrase: string, snapshot: VaultSnapshot) => {
    if (this.data) throw new VaultExistsError();
    assertPassphrasePolicy(passphrase);
    const profile = await validateSnapshot(snapshot);
    this.data = { passphrase, ...profile, settings: { ...profile.settings }, today: null, kitConfirmed: false, seedRegisters: this.seedRegisters };
    const session = await this.open();
    try {
      await session.restoreSnapshot(snapshot);
    } catch (error) {
      // As the real gate's one transaction: a refused backup leaves no vault behind.
      session.lock();
      [this.data, this.store, this.lastSession] = [null, null, null];
      throw error;
    }
    session.restoreSnapshot.mockClear();
    // As the store does: a register the archive had nothing for starts with its seed.
    if (this.seedRegisters) await session.registers.writeSeeds();
    return { session, recoveryKey: FAKE_RECOVERY_KEY };
  });
}

/** A request as the officer would record it; tests override what they need (dates, status, due date). */
export function sampleRequest(personId: string, overrides: Partial<SeedRequest> = {}): SeedRequest {
  return {
    personId,
    regime: 'BC_PIPA',
    receivedOn: '2026-03-02',
    channel: 'email',
    inWriting: true,
    informationSought: 'All physiotherapy notes since 2024 (synthetic)',
    language: 'en',
    ...overrides,
  };
}
