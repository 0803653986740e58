// What the screens may ask of the vault and the store. Implemented in vault/ and store/; the UI
// depends on this file only, so the crypto and Dexie details stay behind it.
import type { OrganisationProfile, PrivacyOfficer } from '../domain/organisation';
import type { Person, PersonInput } from '../domain/person';
import type { AccessRequest, AccessRequestInput, Attachment, IssuedLetter, LetterKind, LetterLanguage } from '../domain/accessRequest';
import type { AccessAction } from '../domain/accessWorkflow';
import type { AuditAction, AuditEntityKind, AuditEntry, AuditEvent } from '../domain/audit';
import type { RestoreResult, VaultSnapshot } from './snapshot';
import type { Commissioner } from '../domain/commissioners';
import type { Regime } from '../domain/regime';
import { DEFAULT_POLICY_PROMISE, type PolicyPromise } from '../domain/policyPromise';
import type { ClearValue, RecordLetterToIssue, RegisterDefinition, RegisterLetter, RegisterRecord } from '../domain/registers/definition';

export interface AppSettings {
  /** Minutes of inactivity before the vault locks itself. */
  autoLockMinutes: number;
  language: import('../domain/language').Language;
  /** Days the office is closed (YYYY-MM-DD). They never change a statutory deadline; see planningDate. */
  officeClosures: string[];
  /** Days after the last verified backup before the dashboard reminds the officer to make one. */
  backupReminderDays: number;
  /**
   * The officer's corrections of the commissioners' contact details, by regime. A regime without
   * an entry uses DEFAULT_COMMISSIONERS (domain/commissioners.ts); letters take commissionerFor().
   */
  commissioners: Partial<Record<Regime, Commissioner>>;
  /**
   * What the office's privacy policy promises: an answer within so many business or calendar days
   * (domain/policyPromise.ts). Shown beside the statutory date; it never changes that date.
   */
  policyPromise: PolicyPromise;
}
export const DEFAULT_SETTINGS: AppSettings = { autoLockMinutes: 10, language: 'en', officeClosures: [], commissioners: {}, backupReminderDays: 7, policyPromise: DEFAULT_POLICY_PROMISE };

export interface NewVault {
  passphrase: string;
  organisation: OrganisationProfile;
  officer: PrivacyOfficer;
  settings?: Partial<AppSettings>;
}

/**
 * The dashboard before the records are open: every open request's due-date fields, as of the
 * vault's last write (store/firstScreen.ts). Shown while unlock reads and opens the rest; the
 * session's own records replace it when unlock resolves.
 */
export interface FirstScreen {
  today: string;
  openRequests: readonly import('../domain/firstScreen').OpenRequestDigest[];
  /** The people named, read and opened now (only a page's worth: the dashboard's lists). */
  people(ids: readonly string[]): Promise<Person[]>;
}

export interface UnlockOptions {
  /**
   * Called once the passphrase is right, if this vault has a current digest; unlock waits (at most
   * a second) for the returned promise, so the first screen is painted before the heavy reading.
   */
  onFirstScreen?: (screen: FirstScreen) => Promise<void>;
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
  unlock(passphrase: string, options?: UnlockOptions): Promise<Session>;
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
  /**
   * First run on a new laptop: create a vault with a new passphrase whose records are the
   * snapshot's (from a verified backup archive). Same guarantees as create() and restoreSnapshot().
   */
  createFromSnapshot(passphrase: string, snapshot: VaultSnapshot): Promise<{ session: Session; recoveryKey: string }>;
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

/** A letter ready to issue: its PDF as previewed and the edited paragraphs it was built from. */
export interface LetterToIssue {
  kind: LetterKind;
  language: LetterLanguage;
  pdf: Uint8Array;
  paragraphs: Record<string, string>;
}

export interface NewAttachment {
  name: string;
  mediaType: string;
  bytes: Uint8Array;
  description?: string;
}

export interface AccessRequestRepository {
  /** All requests, open ones first by binding due date, then closed ones newest first. */
  list(): AccessRequest[];
  get(id: string): AccessRequest | undefined;
  forPerson(personId: string): AccessRequest[];
  /**
   * Validates (accessRequestInputSchema; received date not in the future; the person exists),
   * assigns the next AR-YYYY-NNNN of the year received and the statutory due date. Writes nothing
   * on bad input (ValidationError or RuleViolation).
   */
  create(input: AccessRequestInput): Promise<AccessRequest>;
  /** Corrects the details of an open request; the due date follows a changed receipt date or regime. */
  update(id: string, input: AccessRequestInput): Promise<AccessRequest>;
  /**
   * Applies a workflow action (domain/accessWorkflow.ts) and, when given, stores the letter that
   * goes with it — encrypted, immutable, with its SHA-256 — in the same transaction.
   */
  apply(id: string, action: AccessAction, letter?: LetterToIssue): Promise<AccessRequest>;
  /** The issued PDF, checked against its recorded SHA-256 (IntegrityError if it differs). */
  readLetter(requestId: string, letterId: string): Promise<{ letter: IssuedLetter; pdf: Uint8Array }>;
  addAttachment(requestId: string, attachment: NewAttachment): Promise<Attachment>;
  readAttachment(requestId: string, attachmentId: string): Promise<{ attachment: Attachment; bytes: Uint8Array }>;
  subscribe(listener: () => void): () => void;
}

/**
 * A person or request whose row on disk is not the version the vault last wrote (store/recordPins.ts):
 * an older copy put back (`rolledBack`), the row gone (`removed`), or a row the vault never wrote or
 * newer than it recorded (`unexpected`). Named by reference (AR-…) for requests, by id for people.
 */
export interface RecordProblem {
  /** A register's table (domain/registers): 'people', 'accessRequests', 'disclosures'… */
  table: string;
  id: string;
  reference?: string;
  problem: 'rolledBack' | 'removed' | 'unexpected';
}

/** What was found wrong when the vault was unlocked: an audit entry (by number) or a record. */
export type AuditDamage =
  | { kind: 'entry'; seq: number; reason: 'altered' | 'removed' | 'reordered' | 'unreadable' }
  | ({ kind: 'record' } & RecordProblem);

/**
 * The result of walking the hash chain: ok, or the first entry that breaks it and how. `lost`: entries
 * recorded as lost (unreadable before a backup, restored as markers); `records`: records found not
 * as the vault wrote them. Each is present only when not empty.
 */
export type AuditVerification =
  | { ok: true; entries: number; lastHash: string; lost?: number[]; records?: RecordProblem[] }
  | { ok: false; entries: number; brokenAt: number; reason: 'altered' | 'removed' | 'reordered' | 'unreadable'; records?: RecordProblem[] };

export interface AuditFilter {
  action?: AuditAction;
  entityKind?: AuditEntityKind;
  entityId?: string;
  /**
   * Any of these entity ids: one request's trail is its own id with its letters' and
   * attachments' ids (letter and attachment entries name the document, not the request).
   */
  entityIds?: readonly string[];
  /** YYYY-MM-DD, inclusive, on the officer's clock. */
  from?: string;
  to?: string;
}

export interface AuditTrail {
  /** Newest first. Until ready(), only the entries written since unlock. */
  list(filter?: AuditFilter): AuditEntry[];
  /** Records an event that is not a store write (an export, a CSV saved, a backup verified). */
  record(event: AuditEvent): Promise<AuditEntry>;
  /** Re-reads every entry from disk and checks seq, hashes and chain, and every record against its pinned version. */
  verify(): Promise<AuditVerification>;
  /**
   * What was found damaged since unlock (entries kept as markers, records not as written); empty
   * when all is well. Records are checked at unlock, entries once ready(): subscribers are told.
   */
  damage(): readonly AuditDamage[];
  /**
   * Unlock opens the trail's head, not its entries: they are opened and checked after the first
   * screen. Resolves when they are (at once for a new or restored vault); rejects if they could not be read.
   */
  ready(): Promise<void>;
  /** True once ready() has resolved. */
  isReady(): boolean;
  subscribe(listener: () => void): () => void;
}

/**
 * One register's records (store/registerRepository.ts), for any definition in REGISTERS. Writes
 * validate with the definition's fields, run its rules and links, seal, and write the record and
 * its audit entry in one transaction; on any error nothing is written (ValidationError,
 * RuleViolation, NotFoundError).
 */
export interface RegisterRepository<R extends RegisterRecord = RegisterRecord, I = unknown> {
  readonly definition: RegisterDefinition<R, I>;
  /** Every record in the definition's order, retired ones included (the screens filter). */
  list(): readonly R[];
  get(id: string): R | undefined;
  /** Records whose clear column `column` equals `value`. */
  where(column: string, value: ClearValue): readonly R[];
  /** Records about this person (definition.personOf). */
  forPerson(personId: string): readonly R[];
  count(): number;
  create(input: I): Promise<R>;
  update(id: string, input: I): Promise<R>;
  /** Only where definition.removal is 'retire'. */
  retire(id: string): Promise<R>;
  /** Only where definition.removal is 'delete', and no record of any register links to it. */
  remove(id: string): Promise<void>;
  /** Only where definition.letters allows it: seals the PDF, adds its ref to the record; never replaces a letter. */
  issueLetter(id: string, letter: RecordLetterToIssue, pdf: Uint8Array): Promise<RegisterLetter>;
  /** The letter's PDF as issued, checked against its recorded SHA-256 (IntegrityError otherwise). */
  readLetter(id: string, letterId: string): Promise<{ letter: RegisterLetter; pdf: Uint8Array }>;
  subscribe(listener: () => void): () => void;
}

/** Every register of REGISTERS by name (people and access requests keep their richer repositories too). */
export interface RegisterRepositories {
  get<R extends RegisterRecord, I>(definition: RegisterDefinition<R, I>): RegisterRepository<R, I>;
  byName(name: string): RegisterRepository | undefined;
}

/** An unlocked vault. After lock() every method throws VaultLockedError. */
export interface Session {
  readonly people: PeopleRepository;
  readonly accessRequests: AccessRequestRepository;
  readonly audit: AuditTrail;
  readonly registers: RegisterRepositories;
  /** Everything in the vault, decrypted, for a backup archive. Recorded in the audit trail as 'backup' by the caller. */
  exportSnapshot(): Promise<VaultSnapshot>;
  /**
   * Replaces every record with the snapshot's, re-encrypted under this vault's key, in one
   * transaction: on any error nothing changes. The snapshot's audit entries are kept and a
   * 'restore' entry is chained after them. Profile and settings come from the snapshot.
   */
  restoreSnapshot(snapshot: VaultSnapshot): Promise<RestoreResult>;
  /** Today's date on the officer's clock (YYYY-MM-DD); injectable so tests can fix it. */
  today(): string;
  organisation(): OrganisationProfile;
  officer(): PrivacyOfficer;
  settings(): AppSettings;
  updateOrganisation(profile: OrganisationProfile): Promise<void>;
  updateOfficer(officer: PrivacyOfficer): Promise<void>;
  updateSettings(settings: Partial<AppSettings>): Promise<void>;
  /** Requires the current passphrase; rewraps the data key, re-encrypts nothing. */
  changePassphrase(current: string, next: string): Promise<void>;
  /**
   * Key rotation: requires the current passphrase; re-encrypts every record under a new data key
   * in one transaction (all or nothing), which the new passphrase and a new recovery key wrap; the
   * old key, passphrase and recovery kit open nothing afterwards. Returns the new recovery key, whose
   * kit must be shown. `onProgress` gets 0…1 while records are re-encrypted.
   */
  rotateKeys(current: string, next: string, onProgress?: (fraction: number) => void): Promise<string>;
  /** Requires the current passphrase; a new recovery key replaces the old, whose kit stops working. Returns it. */
  replaceRecoveryKey(current: string): Promise<string>;
  /** False while the current recovery key's kit was never confirmed kept (the kit step did not finish). */
  recoveryKitConfirmed(): boolean;
  /** The officer confirmed the kit is kept (the kit step's Continue). */
  confirmRecoveryKit(): Promise<void>;
  /** Drop keys and decrypted data. */
  lock(): void;
  readonly locked: boolean;
}
