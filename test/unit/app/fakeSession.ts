// A fake vault's session: the real VaultSession (people, access requests, registers, audit trail,
// profile, settings, backup snapshots, lock) over the fake vault's database (fakeStore.ts). Only the
// calls that need the vault header are fake, because the header needs Argon2id at its floor (0.2–2 s
// a call on these machines, per test): changing the passphrase, rotating the keys, replacing the
// recovery key and its kit's confirmation act on the fake gate's VaultData (the store's own tests
// cover the real ones, test/unit/store/keyRotation.test.ts, recoveryKit.test.ts). Writes a screen
// test asserts or makes fail are spies on the real methods.
import { vi, type Mock } from 'vitest';
import type { OrganisationProfile, PrivacyOfficer } from '../../../renderer/src/domain/organisation';
import type { AppSettings } from '../../../renderer/src/store/contract';
import type { EncryptedAccessRequestRepository } from '../../../renderer/src/store/accessRequestRepository';
import type { StoreAuditTrail } from '../../../renderer/src/store/auditTrail';
import { VaultLockedError, WrongPassphraseError } from '../../../renderer/src/store/errors';
import type { EncryptedPeopleRepository } from '../../../renderer/src/store/peopleRepository';
import { VaultSession } from '../../../renderer/src/store/session';
import type { SessionData } from '../../../renderer/src/store/sessionData';
import { assertPassphrasePolicy } from '../../../renderer/src/vault/passphrasePolicy';
import { DATA_KEY, type FakeVaultStore } from './fakeStore';

/** The key handed out by the fake's rotateKeys and replaceRecoveryKey. */
export const FAKE_NEW_RECOVERY_KEY = 'WXYZ-0123-4567-89AB-CDEF-GHJK-MNPQ-RSTV';

/** What the fake gate keeps of a vault: what the header would hold, and the officer's clock. */
export interface VaultData {
  passphrase: string;
  organisation: OrganisationProfile;
  officer: PrivacyOfficer;
  settings: AppSettings;
  /** The officer's date (YYYY-MM-DD); null for the real local date. */
  today?: string | null;
  /** False while the recovery kit was never confirmed kept; absent means confirmed. */
  kitConfirmed?: boolean;
  /** Write the registers' seeds (purposes…) when a session opens, as the real gate does; default false. */
  seedRegisters?: boolean;
}

type Method = (...args: never[]) => unknown;
/** These methods of T, as spies (vi.spyOn) around the real ones. */
type Spied<T, K extends keyof T> = { [P in K]: T[P] extends Method ? Mock<T[P]> : never };

export type FakePeople = EncryptedPeopleRepository & Spied<EncryptedPeopleRepository, 'add' | 'update' | 'archive' | 'unarchive'>;
export type FakeAccessRequests = EncryptedAccessRequestRepository &
  Spied<EncryptedAccessRequestRepository, 'create' | 'update' | 'apply' | 'readLetter' | 'addAttachment' | 'readAttachment'>;
export type FakeAudit = StoreAuditTrail & Spied<StoreAuditTrail, 'record' | 'verify' | 'damage'>;

export type FakeSession = Omit<VaultSession, 'people' | 'accessRequests' | 'audit'> &
  Spied<VaultSession, 'lock' | 'exportSnapshot' | 'restoreSnapshot' | 'changePassphrase' | 'rotateKeys' | 'replaceRecoveryKey' | 'confirmRecoveryKit'> & {
    readonly people: FakePeople;
    readonly accessRequests: FakeAccessRequests;
    readonly audit: FakeAudit;
    /** Move the officer's clock, e.g. past midnight while a dialog is open. */
    setToday(today: string): void;
  };

function spy<T extends object>(target: T, methods: readonly (keyof T)[]): void {
  for (const method of methods) vi.spyOn(target, method as never);
}

/** The real session; the header's calls answer from VaultData instead. */
class HeaderlessSession extends VaultSession {
  constructor(
    store: FakeVaultStore,
    data: SessionData,
    private readonly vault: VaultData,
  ) {
    super(store.deps, DATA_KEY, data, { keyMs: 0, readMs: 0, decryptMs: 0, people: data.people.length }, vault.kitConfirmed !== false);
  }
  setToday(today: string): void {
    this.vault.today = today;
  }
  override async changePassphrase(current: string, next: string): Promise<void> {
    this.proveOfficer(current);
    assertPassphrasePolicy(next);
    this.vault.passphrase = next;
  }
  override async rotateKeys(current: string, next: string, onProgress?: (fraction: number) => void): Promise<string> {
    this.proveOfficer(current);
    assertPassphrasePolicy(next);
    onProgress?.(0.5);
    this.vault.passphrase = next;
    this.vault.kitConfirmed = false;
    return FAKE_NEW_RECOVERY_KEY;
  }
  override async replaceRecoveryKey(current: string): Promise<string> {
    this.proveOfficer(current);
    this.vault.kitConfirmed = false;
    return FAKE_NEW_RECOVERY_KEY;
  }
  override recoveryKitConfirmed(): boolean {
    this.assertUnlocked();
    return this.vault.kitConfirmed !== false;
  }
  override async confirmRecoveryKit(): Promise<void> {
    this.assertUnlocked();
    this.vault.kitConfirmed = true;
  }
  private proveOfficer(passphrase: string): void {
    this.assertUnlocked();
    if (passphrase !== this.vault.passphrase) throw new WrongPassphraseError(1);
  }
  private assertUnlocked(): void {
    if (this.locked) throw new VaultLockedError();
  }
}

/** A session on the fake vault, as unlock opens it: the records read from its database now. */
export async function openFakeSession(store: FakeVaultStore, vault: VaultData): Promise<FakeSession> {
  const session = await store.opened(new HeaderlessSession(store, await store.load(), vault));
  spy(session, ['lock', 'exportSnapshot', 'restoreSnapshot', 'changePassphrase', 'rotateKeys', 'replaceRecoveryKey', 'confirmRecoveryKit']);
  spy(session.people, ['add', 'update', 'archive', 'unarchive']);
  spy(session.accessRequests, ['create', 'update', 'apply', 'readLetter', 'addAttachment', 'readAttachment']);
  spy(session.audit, ['record', 'verify', 'damage']);
  return session as unknown as FakeSession;
}
