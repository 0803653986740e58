// An unlocked vault. Profile and settings are held decrypted; every write seals before its
// transaction opens, appends its audit entry in that same transaction (auditTrail.ts), and
// updates memory only after it commits.
import {
  organisationProfileSchema,
  privacyOfficerSchema,
  type OrganisationProfile,
  type PrivacyOfficer,
} from '../domain/organisation';
import { changedFieldNames } from '../domain/auditChain';
import { wipe } from '../vault/bytes';
import type { KdfParams } from '../vault/kdfParams';
import { assertPassphrasePolicy } from '../vault/passphrasePolicy';
import { NO_FAILED_ATTEMPTS } from '../vault/throttle';
import type { PassphraseWrap, VaultHeader } from '../vault/vaultHeader';
import { wrapForPassphrase } from '../vault/vaultKeys';
import { StoreAuditTrail, type TimedAuditEvent } from './auditTrail';
import type { AppSettings, Session } from './contract';
import { PREFS_ROW_ID, PROFILE_ROW_ID, SETTINGS_ROW_ID, type CustodianDatabase } from './database';
import { WrongPassphraseError } from './errors';
import { checkPassphrase } from './passphraseAttempts';
import { EncryptedPeopleRepository, type StorePeopleRepository } from './peopleRepository';
import { EncryptedAccessRequestRepository } from './accessRequestRepository';
import { FirstScreenWriter } from './firstScreen';
import { StoreRegisters } from './storeRegisters';
import { localIsoDate } from '../domain/isoDate';
import { pinsFromRows } from './recordPins';
import { sealRecord } from './sealedRecords';
import type { SerialQueue } from './serialQueue';
import type { SessionData, UnlockTimings } from './sessionData';
import { appSettingsSchema } from './settingsSchema';
import type { RestoreResult, VaultSnapshot } from './snapshot';
import { readDocumentsAndSequences, sealedRows, RESTORED_FIELDS, restoreDetail, sealSnapshot, snapshotTables, validateSnapshot, writeSealedSnapshot } from './snapshotRows';
import { UnlockedKey } from './unlockedKey';
import { markKitConfirmed, replaceRecoveryKey, rotateKeys, type KeyRotationContext } from './keyRotation';
import { parseOrThrow } from './validation';

export interface StoreSession extends Session {
  readonly people: StorePeopleRepository;
  /** How long this session's unlock took, step by step (zeros for a session made by create()). */
  readonly unlockTimings: UnlockTimings;
  /** The next unlock's first screen, kept at the head (firstScreen.ts); write() flushes it now. */
  readonly firstScreen: Pick<FirstScreenWriter, 'write'>;
}

export interface SessionDeps {
  db: CustodianDatabase;
  now: () => number;
  kdf: KdfParams;
  /** The gate's queue: passphrase checks from the gate and the session never interleave. */
  queue: SerialQueue;
}

type Profile = Pick<SessionData, 'organisation' | 'officer' | 'settings'>;

export class VaultSession implements StoreSession {
  readonly people: EncryptedPeopleRepository;
  readonly accessRequests: EncryptedAccessRequestRepository;
  readonly audit: StoreAuditTrail;
  readonly registers: StoreRegisters;
  readonly unlockTimings: UnlockTimings;
  /** Keeps the first screen's digest at the head, for the next unlock (firstScreen.ts). */
  readonly firstScreen: FirstScreenWriter;
  private readonly key: UnlockedKey;
  private data: Profile | null;

  constructor(
    private readonly deps: SessionDeps,
    dataKey: CryptoKey,
    data: SessionData,
    timings: Omit<UnlockTimings, 'indexMs'>,
    /** The header's flag: false until the officer confirms the current recovery kit is kept. */
    private kitConfirmed = true,
  ) {
    this.key = new UnlockedKey(dataKey);
    const started = performance.now();
    this.audit = new StoreAuditTrail(deps.db, this.key, deps.now, data.audit);
    this.people = new EncryptedPeopleRepository(deps.db, this.key, deps.now, this.audit, data.people);
    this.accessRequests = new EncryptedAccessRequestRepository(
      deps.db,
      this.key,
      deps.now,
      (id) => this.people.get(id) !== undefined,
      (id) => this.people.get(id)?.kind,
      this.audit,
      data.accessRequests,
    );
    this.registers = new StoreRegisters(deps.db, this.key, deps.now, this.audit, {
      get: (register, id) => (register === 'people' ? this.people.get(id) : this.accessRequests.get(id)),
      list: (register) => (register === 'people' ? this.people.list({ includeArchived: true }) : this.accessRequests.list()),
      personKind: (id) => this.people.get(id)?.kind,
    }, data.registers);
    this.unlockTimings = { ...timings, indexMs: performance.now() - started };
    this.firstScreen = new FirstScreenWriter(deps.db, this.key, () => this.accessRequests.list(), () => this.audit.currentHead(), (job) => this.audit.write(job));
    this.audit.subscribe(() => this.firstScreen.schedule());
    this.firstScreen.schedule(); // a vault opened by an older version, restored or rotated has none yet
    this.data = { organisation: data.organisation, officer: data.officer, settings: data.settings };
    this.key.whenLocked(() => {
      this.data = null; // drop the decrypted profile with the key
    });
  }

  today(): string {
    this.key.assertOpen();
    return localIsoDate(this.deps.now());
  }

  get locked(): boolean {
    return this.key.locked;
  }

  organisation(): OrganisationProfile {
    return this.open().organisation;
  }

  officer(): PrivacyOfficer {
    return this.open().officer;
  }

  settings(): AppSettings {
    return this.open().settings;
  }

  async updateOrganisation(profile: OrganisationProfile): Promise<void> {
    const organisation = Object.freeze(parseOrThrow(organisationProfileSchema, profile));
    const key = this.key.require();
    const sealed = await sealRecord(key, 'profile', PROFILE_ROW_ID.organisation, organisation);
    const { db } = this.deps;
    await this.audit.write(async (commit) => {
      const event = this.event('update', 'organisation', changedFieldNames(this.data?.organisation ?? null, organisation));
      await commit([event], [db.profile], () => db.profile.put({ id: PROFILE_ROW_ID.organisation, sealed }));
      if (this.data) this.data = { ...this.data, organisation };
    }, key);
  }

  async updateOfficer(officer: PrivacyOfficer): Promise<void> {
    const parsed = Object.freeze(parseOrThrow(privacyOfficerSchema, officer));
    const key = this.key.require();
    const sealed = await sealRecord(key, 'profile', PROFILE_ROW_ID.officer, parsed);
    const { db } = this.deps;
    await this.audit.write(async (commit) => {
      const event = this.event('update', 'officer', changedFieldNames(this.data?.officer ?? null, parsed));
      await commit([event], [db.profile], () => db.profile.put({ id: PROFILE_ROW_ID.officer, sealed }));
      if (this.data) this.data = { ...this.data, officer: parsed };
    }, key);
  }

  async updateSettings(changes: Partial<AppSettings>): Promise<void> {
    const settings = Object.freeze(parseOrThrow(appSettingsSchema, { ...this.open().settings, ...changes }));
    const { language, ...sealedPart } = settings;
    const key = this.key.require();
    const sealed = await sealRecord(key, 'settings', SETTINGS_ROW_ID, sealedPart);
    const { db } = this.deps;
    await this.audit.write(async (commit) => {
      const event = this.event('settingsChanged', 'settings', changedFieldNames(this.data?.settings ?? null, settings));
      await commit([event], [db.settings, db.prefs], async () => {
        await db.settings.put({ id: SETTINGS_ROW_ID, sealed });
        await db.prefs.put({ id: PREFS_ROW_ID, language });
      });
      if (this.data) this.data = { ...this.data, settings };
    }, key);
  }

  async changePassphrase(current: string, next: string): Promise<void> {
    this.key.assertOpen();
    assertPassphrasePolicy(next);
    const { db, now, kdf, queue } = this.deps;
    try {
      await queue.run(() =>
        this.audit.write(async (commit) => {
          const { header, rawDataKey } = await checkPassphrase(db, current, now);
          try {
            // New salt, current KDF parameters (an old vault gets today's cost); records untouched.
            const wrap = await wrapForPassphrase(rawDataKey, next, kdf);
            const event = this.event('passphraseChanged', 'vault', ['passphrase']);
            await commit([event], [db.vault], () => db.vault.put({ ...header, ...wrap, attempts: NO_FAILED_ATTEMPTS }));
          } finally {
            wipe(rawDataKey);
          }
        }),
      );
    } catch (error) {
      // The wrong try was noted in the clear list; the vault is open, so chain it now.
      if (error instanceof WrongPassphraseError && !this.key.locked) await this.audit.absorbFailedUnlocks();
      throw error;
    }
  }

  rotateKeys(current: string, next: string, onProgress?: (fraction: number) => void): Promise<string> {
    return rotateKeys(this.rotation(), current, next, onProgress).then((recoveryKey) => {
      this.kitConfirmed = false;
      return recoveryKey;
    });
  }

  replaceRecoveryKey(current: string): Promise<string> {
    return replaceRecoveryKey(this.rotation(), current).then((recoveryKey) => {
      this.kitConfirmed = false;
      return recoveryKey;
    });
  }

  recoveryKitConfirmed(): boolean {
    this.key.assertOpen();
    return this.kitConfirmed;
  }

  async confirmRecoveryKit(): Promise<void> {
    this.key.assertOpen();
    await markKitConfirmed(this.rotation());
    this.kitConfirmed = true;
  }

  private rotation(): KeyRotationContext {
    return { deps: this.deps, key: this.key, audit: this.audit };
  }

  /**
   * Recovery (gate.recover): the new passphrase's wrapping replaces the old in the same
   * transaction as its audit entry. The caller holds the gate's queue.
   */
  async completeRecovery(header: VaultHeader, wrap: PassphraseWrap): Promise<void> {
    const { db } = this.deps;
    await this.audit.write(async (commit) => {
      const event = { ...this.event('passphraseChanged', 'vault', ['passphrase']), detail: 'recoveryKey' };
      // Recovering with the kit proves it is kept: no new kit is asked for.
      await commit([event], [db.vault], () => db.vault.put({ ...header, ...wrap, attempts: NO_FAILED_ATTEMPTS, kitConfirmed: true }));
    });
    this.kitConfirmed = true;
  }

  async exportSnapshot(): Promise<VaultSnapshot> {
    const key = this.key.require();
    await this.audit.ready(); // the whole trail, not only what was written since unlock
    // In the write queue: no write lands between reading memory and reading the documents.
    return this.audit.write(async () => {
      const { organisation, officer, settings } = this.open();
      const accessRequests = [...this.accessRequests.list()];
      const people = [...this.people.list({ includeArchived: true })];
      const audit = [...this.audit.list()].reverse();
      const registers = this.registers.snapshot();
      const { documents, sequences } = await readDocumentsAndSequences(this.deps.db, key, accessRequests, registers);
      return { organisation, officer, settings: { ...settings }, people, accessRequests, registers, sequences, documents, audit };
    });
  }

  async restoreSnapshot(snapshot: VaultSnapshot): Promise<RestoreResult> {
    const key = this.key.require();
    const profile = await validateSnapshot(snapshot);
    const restored: VaultSnapshot = { ...snapshot, ...profile };
    // Everything sealed before the transaction opens; 70,000 records take about a second.
    const sealed = await sealSnapshot(key, restored);
    const { db } = this.deps;
    return this.audit.write(async () => {
      this.key.assertCurrent(key); // sealed before a key rotation: refused, not written unreadable
      // Their numbers are never reused.
      const liveReferences = [...this.accessRequests.list().map((r) => r.reference), ...this.registers.all().flatMap((r) => r.list().flatMap((x) => (x.reference ? [x.reference] : [])))];
      const replaced = this.audit.currentHead();
      const event: TimedAuditEvent = {
        ...this.event('restore', 'vault', RESTORED_FIELDS),
        detail: restoreDetail(restored, { entries: replaced.seq, lastHash: replaced.hash }),
      };
      const pins = pinsFromRows(sealedRows(sealed)); // every restored row is a first write here
      const raisedSequences = await this.audit.replaceWithin(restored.audit, event, snapshotTables(db), () => writeSealedSnapshot(db, sealed, liveReferences), pins);
      // Committed: memory follows the disk. Until here an error left both exactly as they were.
      this.people.replaceAll(restored.people);
      this.accessRequests.replaceAll(restored.accessRequests);
      this.registers.replaceAll(restored.registers);
      if (this.data) this.data = profile;
      return { raisedSequences };
    });
  }

  lock(): void {
    this.key.lock();
  }

  private event(action: TimedAuditEvent['action'], entityKind: TimedAuditEvent['entityKind'], fields: string[]): TimedAuditEvent & { at: string } {
    return { at: new Date(this.deps.now()).toISOString(), action, entityKind, entityId: null, fields };
  }

  private open(): Profile {
    this.key.assertOpen();
    return this.data!;
  }
}
