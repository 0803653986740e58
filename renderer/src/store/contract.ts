// What the screens may ask of the vault and the store. Implemented in vault/ and store/; the UI
// depends on this file only, so the crypto and Dexie details stay behind it.
import type { OrganisationProfile, PrivacyOfficer } from '../domain/organisation';
import type { Person, PersonInput } from '../domain/person';

export interface AppSettings {
  /** Minutes of inactivity before the vault locks itself. */
  autoLockMinutes: number;
  language: 'en' | 'fr';
}
export const DEFAULT_SETTINGS: AppSettings = { autoLockMinutes: 10, language: 'en' };

export interface NewVault {
  passphrase: string;
  organisation: OrganisationProfile;
  officer: PrivacyOfficer;
  settings?: Partial<AppSettings>;
}

/** The entry point before unlock. Holds no keys. */
export interface VaultGate {
  /** True once a vault has been created in this database. */
  exists(): Promise<boolean>;
  /** First run: create keys and profile. Returns the open session and the recovery key, shown once. */
  create(input: NewVault): Promise<{ session: Session; recoveryKey: string }>;
  /**
   * Throws WrongPassphraseError (counts a failed try) or TooManyAttemptsError (retryAfterMs) and
   * changes nothing else.
   */
  unlock(passphrase: string): Promise<Session>;
  /** Unlock with the recovery key; a new passphrase is required and replaces the old one. */
  recover(recoveryKey: string, newPassphrase: string): Promise<Session>;
  /** Failed passphrase tries since the last success, and when the next try is allowed. */
  attempts(): Promise<{ failed: number; nextTryAt: number | null }>;
  /**
   * The language of the unlock screen, readable before unlock (kept in the clear: it is not
   * personal information). DEFAULT_SETTINGS.language when no vault or no choice exists yet.
   */
  language(): Promise<AppSettings['language']>;
  /** Change the unlock screen's language before unlock; once unlocked use updateSettings. */
  setLanguage(language: AppSettings['language']): Promise<void>;
}

export interface PeopleRepository {
  /** All people, sorted by family then given name; archived ones only when asked. */
  list(options?: { includeArchived?: boolean }): Person[];
  /** Case- and accent-insensitive match on name, email and external reference. */
  search(query: string, options?: { includeArchived?: boolean; limit?: number }): Person[];
  get(id: string): Person | undefined;
  count(options?: { includeArchived?: boolean }): number;
  /** Validates with personInputSchema; throws ValidationError and writes nothing on bad input. */
  add(input: PersonInput): Promise<Person>;
  update(id: string, input: PersonInput): Promise<Person>;
  archive(id: string): Promise<Person>;
  unarchive(id: string): Promise<Person>;
  /** Change notifications, so lists re-render. Returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/** An unlocked vault. After lock() every method throws VaultLockedError. */
export interface Session {
  readonly people: PeopleRepository;
  organisation(): OrganisationProfile;
  officer(): PrivacyOfficer;
  settings(): AppSettings;
  updateOrganisation(profile: OrganisationProfile): Promise<void>;
  updateOfficer(officer: PrivacyOfficer): Promise<void>;
  updateSettings(settings: Partial<AppSettings>): Promise<void>;
  /** Requires the current passphrase; rewraps the data key, re-encrypts nothing. */
  changePassphrase(current: string, next: string): Promise<void>;
  /** Drop keys and decrypted data. */
  lock(): void;
  readonly locked: boolean;
}
