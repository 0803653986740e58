// The part of a fake vault that is the real store: a CustodianDatabase over fake-indexeddb (one per
// fake vault), the people (EncryptedPeopleRepository), the registers (StoreRegisters) and their audit
// trail (StoreAuditTrail), all sealed under one AES-GCM data key. Each session gets its own
// UnlockedKey around that key and reads the records back from the database as unlock does, so
// lock() makes every call throw VaultLockedError and a second session sees what the first wrote.
import { Dexie } from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import type { AccessRequest } from '../../../renderer/src/domain/accessRequest';
import type { Person } from '../../../renderer/src/domain/person';
import { KIT_REGISTERS } from '../../../renderer/src/domain/registers';
import { peopleRegister } from '../../../renderer/src/domain/registers/people';
import type { RegisterRecord } from '../../../renderer/src/domain/registers/definition';
import type { VaultSnapshot } from '../../../renderer/src/store/snapshot';
import { GENESIS_HEAD } from '../../../renderer/src/store/auditRows';
import { openLoadedAudit, readAuditRows, StoreAuditTrail, type LoadedAudit, type TimedAuditEvent } from '../../../renderer/src/store/auditTrail';
import { CustodianDatabase } from '../../../renderer/src/store/database';
import { EncryptedPeopleRepository } from '../../../renderer/src/store/peopleRepository';
import { NO_PINS, pinsFromRows, sealPins } from '../../../renderer/src/store/recordPins';
import { readRegisterRows, registerTables } from '../../../renderer/src/store/registerRows';
import { openRows, sealRows, type RegisterRow } from '../../../renderer/src/store/sealedTable';
import { StoreRegisters } from '../../../renderer/src/store/storeRegisters';
import { UnlockedKey } from '../../../renderer/src/store/unlockedKey';

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
const DATA_KEY = await globalThis.crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);

/** A new vault's trail: empty, at the genesis head, with no record pinned yet. */
const EMPTY_AUDIT: LoadedAudit = { entries: [], head: GENESIS_HEAD, damage: [], pins: NO_PINS, missingPins: [] };

/** Reference series the fake access requests number themselves (not kept in the database). */
const ACCESS_SERIES = /^AR-\d{4}$/;

/** The registers the database holds here: the kit's and people (access requests are still in memory). */
const HELD = [peopleRegister, ...KIT_REGISTERS];

/** What one session holds of the real store. `key.lock()` is the session's lock. */
export interface StoreParts {
  key: UnlockedKey;
  audit: StoreAuditTrail;
  people: EncryptedPeopleRepository;
  registers: StoreRegisters;
}

/** The fake access requests, as the registers' links and rules read them. */
export interface RequestLookup {
  get(id: string): AccessRequest | undefined;
  list(): readonly AccessRequest[];
}

let vaults = 0;

export class FakeVaultStore {
  readonly db = new CustodianDatabase(`custodian-fake-${process.pid}-${++vaults}-${globalThis.crypto.randomUUID()}`);
  private opened: Promise<void> | null = null;
  /** People seeded before unlock, written when the next session opens. */
  private staged: Person[] = [];
  /** The key of the session open now, if any. */
  private live: UnlockedKey | null = null;

  constructor(
    private readonly requests: () => RequestLookup,
    private readonly now: () => number,
    private readonly seed: boolean,
  ) {}

  /** Resolves once the database is open and, when asked for, the registers' seeds are written. */
  ready(): Promise<void> {
    this.opened ??= this.firstOpen();
    return this.opened;
  }

  /**
   * Fixtures: people as given (no validation, no audit entry), written when the next session opens.
   * Refused while a session is open, whose memory would not show them: use session.people.add there.
   */
  stagePeople(people: readonly Person[]): void {
    if (this.live && !this.live.locked) throw new Error('Seed people before unlock; in an open session use session.people.add.');
    this.staged.push(...people);
  }

  /** A session's records, read from the database under a key of its own. */
  async open(): Promise<StoreParts> {
    await this.ready();
    await this.writeStaged();
    const { db } = this;
    const [rows, auditRows] = await db.transaction('r', [...registerTables(db), db.audit, db.auditHead], () => Promise.all([readRegisterRows(db), readAuditRows(db)]));
    const opened = await Promise.all(HELD.map((r) => openRows(DATA_KEY, r, rows[r.name] ?? [])));
    const records: Record<string, RegisterRecord[]> = Object.fromEntries(HELD.map((r, i) => [r.name, opened[i]!]));
    const parts = this.parts(await openLoadedAudit(DATA_KEY, auditRows, rows), records);
    await parts.audit.writeMissingPins();
    this.live = parts.key;
    return parts;
  }

  /** The last number of every register's reference series (DS-2026…), for a snapshot. */
  async sequences(): Promise<{ id: string; last: number }[]> {
    return (await this.db.sequences.toArray()).filter((s) => !ACCESS_SERIES.test(s.id)).map(({ id, last }) => ({ id, last }));
  }

  /**
   * Replaces every register's records and series with the snapshot's, in one transaction, as the
   * store's restore does; the registers' trail becomes the snapshot's plus a restore entry.
   * Everything is sealed first: a record the register refuses throws and nothing is written.
   */
  async restore(parts: StoreParts, snapshot: VaultSnapshot): Promise<void> {
    const { db } = this;
    const records = (name: string): readonly RegisterRecord[] => (name === peopleRegister.name ? snapshot.people : (snapshot.registers[name] ?? []));
    const sealed = await Promise.all(HELD.map((r) => sealRows(parts.key.require(), r, records(r.name))));
    const rows: Record<string, RegisterRow[]> = Object.fromEntries(HELD.map((r, i) => [r.name, sealed[i]!]));
    const tables = HELD.map((r) => db.register(r));
    const sequences = snapshot.sequences.filter((s) => !ACCESS_SERIES.test(s.id));
    const event: TimedAuditEvent = { at: new Date(this.now()).toISOString(), action: 'restore', entityKind: 'vault', entityId: null, fields: [] };
    await parts.audit.replaceWithin(snapshot.audit, event, [...tables, db.sequences], async () => {
      await Promise.all([...tables.map((t) => t.clear()), db.sequences.clear()]);
      for (const table of tables) await table.bulkAdd(rows[table.name] ?? []);
      await db.sequences.bulkPut(sequences.map(({ id, last }) => ({ id, last })));
    }, pinsFromRows(rows));
    parts.people.replaceAll(snapshot.people);
    parts.registers.replaceAll(snapshot.registers);
  }

  /** The staged people, sealed as the store seals them, with every record's pin rebuilt from the rows. */
  private async writeStaged(): Promise<void> {
    if (this.staged.length === 0) return;
    const people = this.staged;
    this.staged = [];
    const { db } = this;
    await db.register(peopleRegister).bulkAdd(await sealRows(DATA_KEY, peopleRegister, people));
    const pins = await sealPins(DATA_KEY, pinsFromRows(await readRegisterRows(db)));
    await db.auditHead.bulkPut(pins);
  }

  private async firstOpen(): Promise<void> {
    // Every pin bucket sealed at once, as create() does: a table with some buckets missing is tampering.
    const pins = await sealPins(DATA_KEY, NO_PINS);
    await this.db.auditHead.bulkPut(pins);
    if (!this.seed) return;
    const parts = this.parts(EMPTY_AUDIT, {});
    await parts.registers.writeSeeds();
    parts.key.lock();
  }

  private parts(audit: LoadedAudit, records: Record<string, RegisterRecord[]>): StoreParts {
    const key = new UnlockedKey(DATA_KEY);
    const trail = new StoreAuditTrail(this.db, key, this.now, audit);
    const people = new EncryptedPeopleRepository(this.db, key, this.now, trail, (records[peopleRegister.name] ?? []) as Person[]);
    const fixed = {
      get: (register: 'people' | 'accessRequests', id: string) => (register === 'people' ? people.get(id) : this.requests().get(id)),
      list: (register: 'people' | 'accessRequests') => (register === 'people' ? people.list({ includeArchived: true }) : this.requests().list()),
      personKind: (id: string) => people.get(id)?.kind,
    };
    return { key, audit: trail, people, registers: new StoreRegisters(this.db, key, this.now, trail, fixed, records) };
  }
}
