// The door to the vault: creates it (empty, or from a backup's snapshot), unlocks it with the
// passphrase or the recovery key, and keeps the failed-try throttle. Holds no key itself; each
// success hands one to a new VaultSession, which first chains the failed tries made meanwhile into
// the audit trail.
import type { AuditEntry } from '../domain/audit';
import { chainAuditEntries } from '../domain/auditChain';
import { organisationProfileSchema, privacyOfficerSchema } from '../domain/organisation';
import { wipe, type Bytes } from '../vault/bytes';
import type { KdfParams } from '../vault/kdfParams';
import { assertPassphrasePolicy } from '../vault/passphrasePolicy';
import { parseRecoveryKey } from '../vault/recoveryKeyText';
import { VAULT_HEADER_ID } from '../vault/vaultHeader';
import { createVaultKeys, importDataKey, openWithRecoveryKey, wrapForPassphrase } from '../vault/vaultKeys';
import { sealAuditEntries, sealAuditHead } from './auditRows';
import { DEFAULT_SETTINGS, type AppSettings, type NewVault, type UnlockOptions, type VaultGate } from './contract';
import { readFirstScreen } from './firstScreen';
import { PREFS_ROW_ID, PROFILE_ROW_ID, SETTINGS_ROW_ID, type CustodianDatabase } from './database';
import { VaultExistsError, WrongRecoveryKeyError } from './errors';
import { attemptsSummary, checkPassphrase, readHeader, recordRecoveryFailure, resetFailures } from './passphraseAttempts';
import { sealRecord } from './sealedRecords';
import { SerialQueue } from './serialQueue';
import { VaultSession, type SessionDeps, type StoreSession } from './session';
import { NO_PINS, pinsFromRows, sealPins } from './recordPins';
import { loadSessionData, readLanguage } from './sessionData';
import { appSettingsSchema, LANGUAGES } from './settingsSchema';
import type { VaultSnapshot } from './snapshot';
import { RESTORED_FIELDS, restoreDetail, sealedRows, sealSnapshot, snapshotTables, validateSnapshot, writeSealedSnapshot } from './snapshotRows';
import { parseOrThrow } from './validation';
import { z } from 'zod';

export interface StoreVaultGate extends VaultGate {
  create(input: NewVault): Promise<{ session: StoreSession; recoveryKey: string }>;
  unlock(passphrase: string, options?: UnlockOptions): Promise<StoreSession>;
  recover(recoveryKey: string, newPassphrase: string): Promise<StoreSession>;
  createFromSnapshot(passphrase: string, snapshot: VaultSnapshot): Promise<{ session: StoreSession; recoveryKey: string }>;
  /** Closes the database connection (before deleting it, or at the end of a test or benchmark). */
  close(): void;
}

/** Marked when the passphrase has been checked (KDF and unwrap done) during unlock. */
export const UNLOCK_KEY_READY_MARK = 'custodian:unlock:key-ready';
/** Marked when unlock resolves: every record read and opened (after the first screen, if any). */
export const UNLOCK_RECORDS_OPEN_MARK = 'custodian:unlock:records-open';
/** How long unlock waits for the first screen to be painted before reading the records anyway. */
const FIRST_SCREEN_WAIT_MS = 1000;

export class DexieVaultGate implements StoreVaultGate {
  private readonly deps: SessionDeps;

  /** `seedRegisters: false` leaves seeded registers empty (store tests that count audit entries). */
  constructor(db: CustodianDatabase, now: () => number, kdf: KdfParams, private readonly seedRegisters = true) {
    this.deps = { db, now, kdf, queue: new SerialQueue() };
  }

  async exists(): Promise<boolean> {
    return (await this.deps.db.vault.get(VAULT_HEADER_ID)) !== undefined;
  }

  async attempts(): Promise<{ failed: number; nextTryAt: number | null }> {
    if (!(await this.exists())) return { failed: 0, nextTryAt: null };
    return attemptsSummary(await readHeader(this.deps.db));
  }

  language(): Promise<AppSettings['language']> {
    return readLanguage(this.deps.db);
  }

  async setLanguage(language: AppSettings['language']): Promise<void> {
    const parsed = parseOrThrow(z.object({ language: z.enum(LANGUAGES) }), { language });
    await this.deps.db.prefs.put({ id: PREFS_ROW_ID, language: parsed.language });
  }

  async create(input: NewVault): Promise<{ session: StoreSession; recoveryKey: string }> {
    assertPassphrasePolicy(input.passphrase);
    const organisation = parseOrThrow(organisationProfileSchema, input.organisation);
    const officer = parseOrThrow(privacyOfficerSchema, input.officer);
    const settings = parseOrThrow(appSettingsSchema, { ...DEFAULT_SETTINGS, ...input.settings });
    const { db, now, kdf, queue } = this.deps;
    return queue.run(async () => {
      // Checked before the KDF for a quick answer, and again inside the write against a race.
      if (await this.exists()) throw new VaultExistsError();
      const { header, dataKey, recoveryKey } = await createVaultKeys(input.passphrase, kdf, now());
      const { language, ...sealedSettings } = settings;
      const audit = await firstEntries(now, [], { action: 'create', entityKind: 'vault', entityId: null, fields: [] });
      const [settingsSealed, organisationSealed, officerSealed, auditRows, headRow, pinRows] = await Promise.all([
        sealRecord(dataKey, 'settings', SETTINGS_ROW_ID, sealedSettings),
        sealRecord(dataKey, 'profile', PROFILE_ROW_ID.organisation, organisation),
        sealRecord(dataKey, 'profile', PROFILE_ROW_ID.officer, officer),
        sealAuditEntries(dataKey, audit.entries),
        sealAuditHead(dataKey, audit.head),
        sealPins(dataKey, NO_PINS),
      ]);
      await db.transaction('rw', [db.vault, db.prefs, db.settings, db.profile, db.audit, db.auditHead], async () => {
        if (await db.vault.get(VAULT_HEADER_ID)) throw new VaultExistsError();
        await db.vault.add(header);
        await db.prefs.put({ id: PREFS_ROW_ID, language });
        await db.settings.put({ id: SETTINGS_ROW_ID, sealed: settingsSealed });
        await db.profile.bulkPut([
          { id: PROFILE_ROW_ID.organisation, sealed: organisationSealed },
          { id: PROFILE_ROW_ID.officer, sealed: officerSealed },
        ]);
        await db.audit.clear();
        await db.audit.bulkAdd(auditRows);
        await db.auditHead.put(headRow);
        await db.auditHead.bulkPut(pinRows);
      });
      const data = { organisation, officer, settings, people: [], accessRequests: [], registers: {}, audit: { ...audit, damage: [], pins: NO_PINS, missingPins: [] } };
      const session = new VaultSession(this.deps, dataKey, data, { keyMs: 0, readMs: 0, decryptMs: 0, people: 0 }, header.kitConfirmed !== false);
      if (this.seedRegisters) await session.registers.writeSeeds();
      return { session, recoveryKey };
    });
  }

  unlock(passphrase: string, options: UnlockOptions = {}): Promise<StoreSession> {
    const { db, now, queue } = this.deps;
    return queue.run(async () => {
      const started = performance.now();
      const { header, rawDataKey } = await checkPassphrase(db, passphrase, now);
      // A User Timing mark (a name, no data): the benchmark times "list on screen after the KDF" from it.
      performance.mark(UNLOCK_KEY_READY_MARK);
      const dataKey = await importDataKey(rawDataKey);
      await resetFailures(db);
      await this.showFirstScreen(dataKey, options);
      const session = await this.openSession(dataKey, performance.now() - started, header.kitConfirmed !== false);
      await session.audit.absorbFailedUnlocks();
      await session.audit.writeMissingPins();
      if (this.seedRegisters) await session.registers.writeSeeds(); // a register that arrived with this version starts with its seed
      session.audit.loadEntries(); // in background tasks: the first screen comes first (auditTrail.ts)
      performance.mark(UNLOCK_RECORDS_OPEN_MARK);
      return session;
    });
  }

  /**
   * The dashboard from the sealed digest, before the records are read (firstScreen.ts): the caller
   * paints it, and the reading starts once it has (or after a second, whatever the caller does).
   */
  private async showFirstScreen(dataKey: CryptoKey, { onFirstScreen }: UnlockOptions): Promise<void> {
    if (!onFirstScreen) return;
    const screen = await readFirstScreen(this.deps.db, dataKey, this.deps.now);
    if (!screen) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const atMostASecond = new Promise<void>((resolve) => (timer = setTimeout(resolve, FIRST_SCREEN_WAIT_MS)));
    try {
      await Promise.race([onFirstScreen(screen).catch(() => undefined), atMostASecond]);
    } finally {
      clearTimeout(timer);
    }
  }

  async recover(recoveryKey: string, newPassphrase: string): Promise<StoreSession> {
    assertPassphrasePolicy(newPassphrase);
    const recoveryBytes = parseRecoveryKey(recoveryKey); // a typo is refused before any decryption
    const { db, kdf, queue } = this.deps;
    return queue.run(async () => {
      const started = performance.now();
      let rawDataKey: Bytes | null = null;
      try {
        const header = await readHeader(db);
        rawDataKey = await openWithRecoveryKey(header, recoveryBytes);
        if (!rawDataKey) {
          await recordRecoveryFailure(db, this.deps.now());
          throw new WrongRecoveryKeyError();
        }
        // The old passphrase stops working; the recovery key stays valid (it is on paper).
        const wrap = await wrapForPassphrase(rawDataKey, newPassphrase, kdf);
        const dataKey = await importDataKey(rawDataKey);
        const session = await this.openSession(dataKey, performance.now() - started);
        await session.audit.absorbFailedUnlocks();
        await session.audit.writeMissingPins();
        await session.completeRecovery(header, wrap);
        session.audit.loadEntries();
        return session;
      } finally {
        wipe(recoveryBytes, ...(rawDataKey ? [rawDataKey] : []));
      }
    });
  }

  async createFromSnapshot(passphrase: string, snapshot: VaultSnapshot): Promise<{ session: StoreSession; recoveryKey: string }> {
    assertPassphrasePolicy(passphrase);
    const profile = await validateSnapshot(snapshot); // refused before any key is derived
    const restored: VaultSnapshot = { ...snapshot, ...profile };
    const { db, now, kdf, queue } = this.deps;
    return queue.run(async () => {
      if (await this.exists()) throw new VaultExistsError();
      const { header, dataKey, recoveryKey } = await createVaultKeys(passphrase, kdf, now());
      const audit = await firstEntries(now, restored.audit, {
        action: 'restore',
        entityKind: 'vault',
        entityId: null,
        fields: RESTORED_FIELDS,
        detail: restoreDetail(restored, null),
      });
      const sealed = await sealSnapshot(dataKey, restored);
      const pins = pinsFromRows(sealedRows(sealed));
      const [auditRows, headRow, pinRows] = await Promise.all([sealAuditEntries(dataKey, audit.entries), sealAuditHead(dataKey, audit.head), sealPins(dataKey, pins)]);
      await db.transaction('rw', [db.vault, ...snapshotTables(db), db.audit, db.auditHead], async () => {
        if (await db.vault.get(VAULT_HEADER_ID)) throw new VaultExistsError();
        await db.vault.add(header);
        await writeSealedSnapshot(db, sealed);
        await db.audit.clear();
        await db.audit.bulkAdd(auditRows);
        await db.auditHead.put(headRow);
        await db.auditHead.bulkPut(pinRows);
      });
      const data = { ...profile, people: restored.people, accessRequests: restored.accessRequests, registers: restored.registers, audit: { ...audit, damage: [], pins, missingPins: [] } };
      const session = new VaultSession(this.deps, dataKey, data, { keyMs: 0, readMs: 0, decryptMs: 0, people: restored.people.length }, header.kitConfirmed !== false);
      if (this.seedRegisters) await session.registers.writeSeeds();
      return { session, recoveryKey };
    });
  }

  close(): void {
    this.deps.db.close();
  }

  private async openSession(dataKey: CryptoKey, keyMs: number, kitConfirmed = true): Promise<VaultSession> {
    const { data, timings } = await loadSessionData(this.deps.db, dataKey);
    return new VaultSession(this.deps, dataKey, data, { ...timings, keyMs }, kitConfirmed);
  }
}

/** A new vault's trail: `previous` (a backup's, already verified) and then `event`, with its head. */
async function firstEntries(now: () => number, previous: readonly AuditEntry[], event: Omit<AuditEntry, 'seq' | 'at' | 'prevHash' | 'hash'>) {
  const last = previous.at(-1);
  const [entry] = await chainAuditEntries(last ? { seq: last.seq, hash: last.hash } : null, [{ ...event, at: new Date(now()).toISOString() }]);
  return { entries: [...previous, entry!], head: { seq: entry!.seq, hash: entry!.hash } };
}
