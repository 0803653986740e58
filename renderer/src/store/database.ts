// The Dexie schema. Clear columns are only what queries and the unlock screen need; everything that
// is or could be personal information sits in `sealed` (see sealedRecords.ts).
import { Dexie, type Table } from 'dexie';
import type { Bytes } from '../vault/bytes';
import type { VaultHeader } from '../vault/vaultHeader';
import type { AppSettings } from './contract';
import type { PersonKind } from '../domain/person';
import type { AccessStatus } from '../domain/accessRequest';
import type { Regime } from '../domain/regime';

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

export interface PersonRow extends SealedRow {
  kind: PersonKind;
  createdAt: string;
  updatedAt: string;
  /** 0 | 1 rather than boolean: IndexedDB cannot index booleans. */
  archived: 0 | 1;
}

/** Clear columns are what the worklist sorts and filters on; nothing in them identifies a person. */
export interface AccessRequestRow extends SealedRow {
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

/** The last number handed out per reference series (`AR-2026`), so a number is never reused. */
export interface SequenceRow {
  id: string;
  last: number;
}

export const SETTINGS_ROW_ID = 'app';
export const PROFILE_ROW_ID = { organisation: 'organisation', officer: 'officer' } as const;
export const PREFS_ROW_ID = 'prefs';

export class CustodianDatabase extends Dexie {
  // `declare`, not `!`: with ES2022 class fields a declared-but-initialised property would be reset
  // to undefined after Dexie's constructor has assigned the tables.
  declare vault: Table<VaultHeader, string>;
  declare prefs: Table<PrefsRow, string>;
  declare settings: Table<SealedRow, string>;
  declare profile: Table<SealedRow, string>;
  declare people: Table<PersonRow, string>;
  declare accessRequests: Table<AccessRequestRow, string>;
  declare documents: Table<DocumentRow, string>;
  declare sequences: Table<SequenceRow, string>;

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
  }
}

export type SealedTable = 'settings' | 'profile' | 'people' | 'accessRequests' | 'documents';
