// The Dexie schema. Clear columns are only what queries and the unlock screen need; everything that
// is or could be personal information sits in `sealed` (see sealedRecords.ts).
import { Dexie, type Table } from 'dexie';
import type { Bytes } from '../vault/bytes';
import type { VaultHeader } from '../vault/vaultHeader';
import type { AppSettings } from './contract';
import type { PersonKind } from '../domain/person';
import type { AccessStatus } from '../domain/accessRequest';
import type { Regime } from '../domain/regime';
import type { AuditAction, AuditEntityKind } from '../domain/audit';
import type { AnyRegisterDefinition } from '../domain/registers/definition';
import { REGISTERS } from '../domain/registers';
import type { RegisterRow } from './sealedTable';

export const DEFAULT_DB_NAME = 'custodian';

/** Bumped when the shape of a sealed record changes; part of every AAD. */
export const RECORD_SCHEMA_VERSION = 1;

export interface SealedRow {
  id: string;
  /** IV || AES-GCM ciphertext+tag. */
  sealed: Bytes;
}

/** Before-unlock preferences. Clear on purpose: the unlock screen must speak the officer's language. */
export interface PrefsRow {
  id: 'prefs';
  language: AppSettings['language'];
}

/** How a failed try was made; the only detail kept about it besides the time. */
export type FailedUnlockVia = 'passphrase' | 'recoveryKey';

/**
 * Failed unlocks wait here, in the clear, until the next successful unlock chains them into the
 * audit trail (no key exists when they happen). Times only: nothing typed is kept.
 */
export interface FailedUnlocksRow {
  id: 'failedUnlocks';
  attempts: { at: string; via: FailedUnlockVia }[];
  /** Tries beyond the itemised list (MAX_PENDING_FAILED_UNLOCKS), counted only. */
  omitted: number;
  /** Set when a row this app could not read was replaced: reported as tampering at the next unlock. */
  tampered?: true;
}

/** A row whose writes are counted: absent (0) on rows from before versions; bound by the AAD. */
interface VersionedRow {
  version?: number;
}

export interface PersonRow extends SealedRow, VersionedRow {
  kind: PersonKind;
  createdAt: string;
  updatedAt: string;
  /** 0 | 1 rather than boolean: IndexedDB cannot index booleans. */
  archived: 0 | 1;
}

/** Clear columns are what the worklist sorts and filters on; nothing in them identifies a person. */
export interface AccessRequestRow extends SealedRow, VersionedRow {
  personId: string;
  reference: string;
  status: AccessStatus;
  regime: Regime;
  receivedOn: string;
  /** The binding due date (extended if extended), for "due this week" queries. */
  dueOn: string;
  createdAt: string;
  updatedAt: string;
}

/** Issued letters and attachments: bytes sealed whole, written once, never overwritten. */
export interface DocumentRow extends SealedRow {
  requestId: string;
  kind: 'letter' | 'attachment';
}

/**
 * One audit entry. The clear columns are what the audit screen filters on (random ids, a time,
 * an action and a kind; never a name) and must agree with the sealed entry, which alone is trusted.
 */
export interface AuditRow {
  seq: number;
  at: string;
  action: AuditAction;
  entityKind: AuditEntityKind;
  /** Absent (not null) when the entry has no entity: IndexedDB cannot index null. */
  entityId?: string;
  sealed: Bytes;
}

/** The last number handed out per reference series (`AR-2026`), so a number is never reused. */
export interface SequenceRow {
  id: string;
  last: number;
}

export const SETTINGS_ROW_ID = 'app';
export const PROFILE_ROW_ID = { organisation: 'organisation', officer: 'officer' } as const;
export const PREFS_ROW_ID = 'prefs';
export const FAILED_UNLOCKS_ROW_ID = 'failedUnlocks';
/** The sealed { seq, hash } of the last audit entry, so a truncated trail is detected. */
export const AUDIT_HEAD_ROW_ID = 'head';

export class CustodianDatabase extends Dexie {
  // `declare`, not `!`: with ES2022 class fields a declared-but-initialised property would be reset
  // to undefined after Dexie's constructor has assigned the tables.
  declare vault: Table<VaultHeader, string>;
  declare prefs: Table<PrefsRow | FailedUnlocksRow, string>;
  declare settings: Table<SealedRow, string>;
  declare profile: Table<SealedRow, string>;
  declare people: Table<PersonRow, string>;
  declare accessRequests: Table<AccessRequestRow, string>;
  declare documents: Table<DocumentRow, string>;
  declare sequences: Table<SequenceRow, string>;
  declare audit: Table<AuditRow, number>;
  declare auditHead: Table<SealedRow, string>;
  declare firstScreen: Table<SealedRow, string>;

  constructor(name: string = DEFAULT_DB_NAME) {
    super(name);
    this.version(1).stores({
      vault: 'id',
      prefs: 'id',
      settings: 'id',
      profile: 'id',
      people: 'id, archived, updatedAt',
    });
    // Version 2 adds access requests; existing tables are untouched, so no upgrade function.
    this.version(2).stores({
      accessRequests: 'id, personId, status, dueOn, receivedOn, &reference',
      documents: 'id, requestId',
      sequences: 'id',
    });
    // Version 3 adds the audit trail. A vault from version 2 starts its trail empty (genesis) at
    // its first write after the upgrade; existing tables are untouched.
    this.version(3).stores({
      audit: 'seq, at, action, entityKind, entityId',
      auditHead: 'id',
    });
    // Version 4: every register of REGISTERS has its table, derived from its definition (people and
    // access requests keep the stores declared above). A register added later needs no edit here:
    // Dexie 4 adds a table or index declared without a version bump (measured: it raises the native
    // version itself); a change that must rewrite records is a new version with an upgrade function.
    this.version(4).stores(registerStores(REGISTERS));
    // Version 5 adds the first screen's sealed digest (firstScreen.ts), a cache written by the
    // session: a vault from version 4 has none until its first unlock after the upgrade.
    this.version(5).stores({ firstScreen: 'id' });
  }

  /** A register's table, by its definition. */
  register(definition: Pick<AnyRegisterDefinition, 'name'>): Table<RegisterRow, string> {
    return this.table(definition.name);
  }
}

/** The Dexie store spec of each register: its indexSpec, or its primary key and clear columns. */
export function registerStores(registers: readonly AnyRegisterDefinition[]): Record<string, string> {
  // A reference (`DS-2026-0001`) is unique: the index refuses a number handed out twice.
  const spec = (r: AnyRegisterDefinition) => ['id', ...Object.keys(r.index).map((c) => (c === 'reference' && r.reference ? '&reference' : c))].join(', ');
  return Object.fromEntries(registers.map((r) => [r.name, r.indexSpec ?? spec(r)]));
}

/** The fixed tables, and every register's (domain/registers). */
export type SealedTable = 'settings' | 'profile' | 'people' | 'accessRequests' | 'documents' | 'audit' | 'auditHead' | 'firstScreen' | (string & {});
