// An unlocked vault. Profile and settings are held decrypted; every write seals before its
// transaction opens and updates memory only after it commits.
import {
  organisationProfileSchema,
  privacyOfficerSchema,
  type OrganisationProfile,
  type PrivacyOfficer,
} from '../domain/organisation';
import { wipe } from '../vault/bytes';
import type { KdfParams } from '../vault/kdfParams';
import { assertPassphrasePolicy } from '../vault/passphrasePolicy';
import { NO_FAILED_ATTEMPTS } from '../vault/throttle';
import { wrapForPassphrase } from '../vault/vaultKeys';
import type { AppSettings, Session } from './contract';
import { PREFS_ROW_ID, PROFILE_ROW_ID, SETTINGS_ROW_ID, type CustodianDatabase } from './database';
import { checkPassphrase } from './passphraseAttempts';
import { EncryptedPeopleRepository, type StorePeopleRepository } from './peopleRepository';
import { EncryptedAccessRequestRepository } from './accessRequestRepository';
import { localIsoDate } from '../domain/isoDate';
import { sealRecord } from './sealedRecords';
import type { SerialQueue } from './serialQueue';
import type { SessionData, UnlockTimings } from './sessionData';
import { appSettingsSchema } from './settingsSchema';
import { UnlockedKey } from './unlockedKey';
import { parseOrThrow } from './validation';

export interface StoreSession extends Session {
  readonly people: StorePeopleRepository;
  /** How long this session's unlock took, step by step (zeros for a session made by create()). */
  readonly unlockTimings: UnlockTimings;
}

export interface SessionDeps {
  db: CustodianDatabase;
  now: () => number;
  kdf: KdfParams;
  /** The gate's queue: passphrase checks from the gate and the session never interleave. */
  queue: SerialQueue;
}

export class VaultSession implements StoreSession {
  readonly people: EncryptedPeopleRepository;
  readonly accessRequests: EncryptedAccessRequestRepository;
  readonly unlockTimings: UnlockTimings;
  private readonly key: UnlockedKey;
  private data: Omit<SessionData, 'people' | 'accessRequests'> | null;

  constructor(
    private readonly deps: SessionDeps,
    dataKey: CryptoKey,
    data: SessionData,
    timings: Omit<UnlockTimings, 'indexMs'>,
  ) {
    this.key = new UnlockedKey(dataKey);
    const started = performance.now();
    this.people = new EncryptedPeopleRepository(deps.db, this.key, deps.now, data.people);
    this.accessRequests = new EncryptedAccessRequestRepository(deps.db, this.key, deps.now, (id) => this.people.get(id) !== undefined, data.accessRequests);
    this.unlockTimings = { ...timings, indexMs: performance.now() - started };
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
    const sealed = await sealRecord(this.key.require(), 'profile', PROFILE_ROW_ID.organisation, organisation);
    await this.deps.db.profile.put({ id: PROFILE_ROW_ID.organisation, sealed });
    if (this.data) this.data = { ...this.data, organisation };
  }

  async updateOfficer(officer: PrivacyOfficer): Promise<void> {
    const parsed = Object.freeze(parseOrThrow(privacyOfficerSchema, officer));
    const sealed = await sealRecord(this.key.require(), 'profile', PROFILE_ROW_ID.officer, parsed);
    await this.deps.db.profile.put({ id: PROFILE_ROW_ID.officer, sealed });
    if (this.data) this.data = { ...this.data, officer: parsed };
  }

  async updateSettings(changes: Partial<AppSettings>): Promise<void> {
    const settings = Object.freeze(parseOrThrow(appSettingsSchema, { ...this.open().settings, ...changes }));
    const { language, ...sealedPart } = settings;
    const sealed = await sealRecord(this.key.require(), 'settings', SETTINGS_ROW_ID, sealedPart);
    const { db } = this.deps;
    await db.transaction('rw', db.settings, db.prefs, async () => {
      await db.settings.put({ id: SETTINGS_ROW_ID, sealed });
      await db.prefs.put({ id: PREFS_ROW_ID, language });
    });
    if (this.data) this.data = { ...this.data, settings };
  }

  async changePassphrase(current: string, next: string): Promise<void> {
    this.key.assertOpen();
    assertPassphrasePolicy(next);
    const { db, now, kdf, queue } = this.deps;
    await queue.run(async () => {
      const { header, rawDataKey } = await checkPassphrase(db, current, now);
      try {
        // New salt, current KDF parameters (an old vault gets today's cost); records untouched.
        const wrap = await wrapForPassphrase(rawDataKey, next, kdf);
        await db.vault.put({ ...header, ...wrap, attempts: NO_FAILED_ATTEMPTS });
      } finally {
        wipe(rawDataKey);
      }
    });
  }

  lock(): void {
    this.key.lock();
  }

  private open(): Omit<SessionData, 'people' | 'accessRequests'> {
    this.key.assertOpen();
    return this.data!;
  }
}
