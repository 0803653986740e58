// Everything a vault holds, decrypted: what a backup archive carries and what a restore puts back.
// The archive (renderer/src/archive/) writes and validates it; the store exports it from an open
// session and restores it, re-encrypted under the current key, in one transaction.
import type { AccessRequest } from '../domain/accessRequest';
import type { AuditEntry } from '../domain/audit';
import type { OrganisationProfile, PrivacyOfficer } from '../domain/organisation';
import type { Person } from '../domain/person';
import type { RegisterRecord } from '../domain/registers/definition';
import type { AppSettings } from './contract';

export interface SnapshotDocument {
  id: string;
  requestId: string;
  kind: 'letter' | 'attachment';
  bytes: Uint8Array;
}

export interface VaultSnapshot {
  organisation: OrganisationProfile;
  officer: PrivacyOfficer;
  settings: AppSettings;
  people: Person[];
  accessRequests: AccessRequest[];
  /**
   * Every other register's records by register name (domain/registers KIT_REGISTERS); a register
   * absent here (an archive from before it existed) has none.
   */
  registers: Record<string, RegisterRecord[]>;
  /** The last number handed out per reference series (`AR-2026`): restored so numbers are never reused. */
  sequences: { id: string; last: number }[];
  documents: SnapshotDocument[];
  audit: AuditEntry[];
}

/** A reference series kept above the archive's counter because the replaced vault had gone further. */
export interface RaisedSequence {
  id: string;
  /** The last number in the archive. */
  archived: number;
  /** The last number kept: the next request takes `kept + 1`. */
  kept: number;
}

/** What a restore over the current data did beyond replacing it, for the screen to say. */
export interface RestoreResult {
  raisedSequences: RaisedSequence[];
}
