// The real store under a fake vault: a CustodianDatabase over fake-indexeddb (one per fake vault) and
// sessions read from it by the real unlock read (loadSessionData) under one AES-GCM data key. Only
// the vault header is missing (no KDF, no wrapped key): the gate and the key-changing calls above it
// are the fakes' own (fakes.ts). Fixtures (people, requests) are sealed straight into the tables
// before a session opens, with every record pin rebuilt, as if an earlier session had written them.
import { Dexie } from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import type { AccessRequest } from '../../../renderer/src/domain/accessRequest';
import type { OrganisationProfile, PrivacyOfficer } from '../../../renderer/src/domain/organisation';
import type { Person } from '../../../renderer/src/domain/person';
import { accessRequestsRegister } from '../../../renderer/src/domain/registers/accessRequests';
import { peopleRegister } from '../../../renderer/src/domain/registers/people';
import type { AppSettings } from '../../../renderer/src/store/contract';
import { CustodianDatabase, PREFS_ROW_ID, PROFILE_ROW_ID, SETTINGS_ROW_ID } from '../../../renderer/src/store/database';
import { NO_PINS, pinsFromRows, sealPins } from '../../../renderer/src/store/recordPins';
import { readRegisterRows } from '../../../renderer/src/store/registerRows';
import { sealRecord } from '../../../renderer/src/store/sealedRecords';
import { sealRows } from '../../../renderer/src/store/sealedTable';
import { SerialQueue } from '../../../renderer/src/store/serialQueue';
import { VaultSession, type SessionDeps } from '../../../renderer/src/store/session';
import { loadSessionData, type SessionData } from '../../../renderer/src/store/sessionData';
import { DEFAULT_KDF } from '../../../renderer/src/vault/kdfParams';

// Set here, not by importing fake-indexeddb/auto: Dexie reads its globals when first loaded, which
// may be before this module (a test file importing the store first).
Dexie.dependencies.indexedDB = indexedDB;
Dexie.dependencies.IDBKeyRange = IDBKeyRange;

// Under jsdom, Node's structuredClone (fake-indexeddb copies every row with it) returns Uint8Arrays
// of Node's realm, which the store's `instanceof Uint8Array` refuses as tampered: bring them back
// into this realm. Under the node environment the check is false and nothing is replaced.
const nodeClone = globalThis.structuredClone;
if (!(nodeClone(new Uint8Array(1)) instanceof Uint8Array)) {
  globalThis.structuredClone = ((value: unknown, options?: StructuredSerializeOptions) => intoRealm(nodeClone(value, options))) as typeof structuredClone;
}

function intoRealm(value: unknown): unknown {
  const tag = Object.prototype.toString.call(value);
  if (tag === '[object Uint8Array]') return value instanceof Uint8Array ? value : new Uint8Array(value as ArrayLike<number>);
  if (Array.isArray(value)) return value.map(intoRealm);
  if (tag === '[object Object]') {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = intoRealm(record[key]);
  }
  return value;
}

/** Every fake vault's data key: generated once per test file (it only has to be a real AES-GCM key). */
export const DATA_KEY = await globalThis.crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);

/** What create() seals into a new vault, read when the fake vault is first needed. */
export interface VaultProfile {
  organisation: OrganisationProfile;
  officer: PrivacyOfficer;
  settings: AppSettings;
}

let vaults = 0;

export class FakeVaultStore {
  readonly db = new CustodianDatabase(`custodian-fake-${process.pid}-${++vaults}-${globalThis.crypto.randomUUID()}`);
  readonly deps: SessionDeps;
  private created: Promise<void> | null = null;
  private staged: { people: Person[]; requests: AccessRequest[] } = { people: [], requests: [] };
  /** The session open now, if any: fixtures written under it would not show in its memory. */
  private live: { readonly locked: boolean } | null = null;

  constructor(
    now: () => number,
    private readonly profile: () => VaultProfile,
    private readonly seed: boolean,
  ) {
    this.deps = { db: this.db, now, kdf: DEFAULT_KDF, queue: new SerialQueue() };
  }

  /** Resolves once the vault's rows are written and, when asked for, the registers' seeds. */
  ready(): Promise<void> {
    this.created ??= this.create();
    return this.created;
  }

  /** Fixtures, written when the next session opens. Refused while one is open: use its repositories there. */
  stage(people: readonly Person[], requests: readonly AccessRequest[] = []): void {
    if (this.live && !this.live.locked) throw new Error('Seed records before unlock; in an open session use its repositories.');
    this.staged.people.push(...people);
    this.staged.requests.push(...requests);
  }

  /** The records as unlock reads them, with the staged fixtures written first. */
  async load(): Promise<SessionData> {
    await this.ready();
    await this.writeStaged();
    return (await loadSessionData(this.db, DATA_KEY)).data;
  }

  /** After unlock's own steps (as the gate does them), the trail whole: screens see every entry at once. */
  async opened<S extends VaultSession>(session: S): Promise<S> {
    await session.audit.writeMissingPins();
    if (this.seed) await session.registers.writeSeeds();
    await session.audit.ready();
    this.live = session;
    return session;
  }

  private async create(): Promise<void> {
    const { organisation, officer, settings } = this.profile();
    const { language, ...sealedSettings } = settings;
    const { db } = this;
    const [settingsSealed, organisationSealed, officerSealed, pins] = await Promise.all([
      sealRecord(DATA_KEY, 'settings', SETTINGS_ROW_ID, sealedSettings),
      sealRecord(DATA_KEY, 'profile', PROFILE_ROW_ID.organisation, organisation),
      sealRecord(DATA_KEY, 'profile', PROFILE_ROW_ID.officer, officer),
      sealPins(DATA_KEY, NO_PINS), // every bucket at once, as create() does: one missing is tampering
    ]);
    await db.transaction('rw', [db.prefs, db.settings, db.profile, db.auditHead], async () => {
      await db.prefs.put({ id: PREFS_ROW_ID, language });
      await db.settings.put({ id: SETTINGS_ROW_ID, sealed: settingsSealed });
      await db.profile.bulkPut([
        { id: PROFILE_ROW_ID.organisation, sealed: organisationSealed },
        { id: PROFILE_ROW_ID.officer, sealed: officerSealed },
      ]);
      await db.auditHead.bulkPut(pins);
    });
  }

  /** The staged records sealed as the store seals them, their series raised, every pin rebuilt from the rows. */
  private async writeStaged(): Promise<void> {
    const { people, requests } = this.staged;
    if (people.length + requests.length === 0) return;
    this.staged = { people: [], requests: [] };
    const { db } = this;
    const [personRows, requestRows] = await Promise.all([sealRows(DATA_KEY, peopleRegister, people), sealRows(DATA_KEY, accessRequestsRegister, requests)]);
    await db.register(peopleRegister).bulkAdd(personRows);
    await db.register(accessRequestsRegister).bulkAdd(requestRows);
    for (const [id, last] of referenceSeries(requests)) {
      const current = (await db.sequences.get(id))?.last ?? 0;
      await db.sequences.put({ id, last: Math.max(current, last) });
    }
    await db.auditHead.bulkPut(await sealPins(DATA_KEY, pinsFromRows(await readRegisterRows(db))));
  }
}

/** The last number of each AR-YYYY series among these requests. */
function referenceSeries(requests: readonly AccessRequest[]): Map<string, number> {
  const series = new Map<string, number>();
  for (const { reference } of requests) {
    const [, year, n] = /^AR-(\d{4})-(\d+)$/.exec(reference) ?? [];
    if (year) series.set(`AR-${year}`, Math.max(series.get(`AR-${year}`) ?? 0, Number(n)));
  }
  return series;
}
