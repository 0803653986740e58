// The audit trail: one entry per change, export, backup, restore, failed unlock and settings change.
// Entries name what changed (entity kind, id, the names of the fields) and never the values, and are
// hash-chained: each entry's hash covers its content and the previous entry's hash, so an altered,
// removed or reordered entry breaks the chain from that point on.
import { z } from 'zod';
import { REGISTERS } from './registers';

export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'archive',
  'unarchive',
  'workflowStep',
  'letterIssued',
  'attachmentAdded',
  'export',
  'backup',
  'restore',
  'unlockFailed',
  'settingsChanged',
  'passphraseChanged',
  // Written by the store, never by a caller: an entry that could not be read when the trail was
  // opened, kept in its place (see auditChain.ts lostAuditEntry), and tampering found at unlock.
  'entryLost',
  'tamperingDetected',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** What is not a register's record: documents, the profile, the vault itself, archives. */
const OTHER_ENTITY_KINDS = ['letter', 'attachment', 'settings', 'organisation', 'officer', 'vault', 'archive', 'register'] as const;
/** Every register's kind (domain/registers) and the others: derived, so a new register is audited by name. */
export const AUDIT_ENTITY_KINDS = [...new Set([...REGISTERS.map((r) => r.entityKind), ...OTHER_ENTITY_KINDS])] as [string, ...string[]];
export type AuditEntityKind = 'person' | 'accessRequest' | (typeof OTHER_ENTITY_KINDS)[number] | (string & {});

/** 64 hex characters of zeros: the "previous hash" of the first entry. */
export const AUDIT_GENESIS_HASH = '0'.repeat(64);

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);

export const auditEntrySchema = z.object({
  /** 1, 2, 3 … with no gaps: a missing number is a removed entry. */
  seq: z.number().int().positive(),
  /** ISO 8601 instant. */
  at: z.string().datetime(),
  action: z.enum(AUDIT_ACTIONS),
  entityKind: z.enum(AUDIT_ENTITY_KINDS),
  entityId: z.string().max(200).nullable(),
  /** Names of the fields changed, never their values. */
  fields: z.array(z.string().max(100)).max(200),
  /** A short, non-personal detail such as a workflow step ('extend') or a letter kind. */
  detail: z.string().max(200).optional(),
  prevHash: hex64,
  hash: hex64,
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** The fixed details of a 'tamperingDetected' entry: what was found, never what it held. */
export const TAMPERING_DETAILS = ['failedUnlockRecords'] as const;

/** The fixed details of an 'entryLost' marker: how its row was found. */
export const LOST_ENTRY_DETAILS = ['unreadable', 'removed'] as const;

/** What a caller records; seq, hashes and time are added by the trail. */
export type AuditEvent = Pick<AuditEntry, 'action' | 'entityKind' | 'entityId' | 'fields'> & { detail?: string };
