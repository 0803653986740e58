// Everything a session holds decrypted, read once at unlock. Unlock resolves only when the people
// index is ready, so timing `unlock()` times "passphrase → searchable list". The audit trail's
// entries are not read here: unlock opens its head and record pins, the entries follow after the
// first screen (auditTrail.ts, loadEntries).
import { Dexie } from 'dexie';
import type { OrganisationProfile, PrivacyOfficer } from '../domain/organisation';
import type { Person } from '../domain/person';
import type { AccessRequest } from '../domain/accessRequest';
import { REGISTERS } from '../domain/registers';
import type { RegisterRecord } from '../domain/registers/definition';
import { openHeadAndPins, readAuditHeadRows, type LoadedAudit } from './auditTrail';
import { DEFAULT_SETTINGS, type AppSettings } from './contract';
import { PREFS_ROW_ID, PROFILE_ROW_ID, SETTINGS_ROW_ID, type CustodianDatabase, type SealedRow } from './database';
import { IntegrityError } from './errors';
import { registerTables, type RowsByRegister } from './registerRows';
import { openRecord } from './sealedRecords';
import { openRows } from './sealedTable';
import type { SealedSettings } from './settingsSchema';

export interface SessionData {
  organisation: OrganisationProfile;
  officer: PrivacyOfficer;
  settings: AppSettings;
  people: Person[];
  accessRequests: AccessRequest[];
  /** Every other register's records, by register name (domain/registers KIT_REGISTERS). */
  registers: Record<string, RegisterRecord[]>;
  audit: LoadedAudit;
}

/** Milliseconds spent in each step of unlock, for the benchmark. */
export interface UnlockTimings {
  /** Argon2id (or HKDF) and unwrapping the data key. */
  keyMs: number;
  /** Reading every row out of IndexedDB. */
  readMs: number;
  /** Opening the sealed rows, after the last is read (each register's start as its rows arrive). */
  decryptMs: number;
  /** Building the in-memory people index (folding and sorting). */
  indexMs: number;
  people: number;
}

export async function readLanguage(db: CustodianDatabase): Promise<AppSettings['language']> {
  const row = await db.prefs.get(PREFS_ROW_ID);
  return (row && 'language' in row ? row.language : undefined) ?? DEFAULT_SETTINGS.language;
}

async function openRequired(key: CryptoKey, table: 'settings' | 'profile', id: string, row: SealedRow | undefined) {
  // A missing profile row after create() means rows were deleted on disk: treat it as tampering.
  if (!row) throw new IntegrityError(table, id);
  return openRecord(key, table, id, row.sealed);
}

export async function loadSessionData(db: CustodianDatabase, key: CryptoKey): Promise<{ data: SessionData; timings: Omit<UnlockTimings, 'keyMs' | 'indexMs'> }> {
  const started = performance.now();
  // Each register's rows are opened as soon as they are read, while the others are still being read
  // (outside the transaction, which must not wait on WebCrypto): both take seconds at 50,000 people.
  const opening = new Map<string, Promise<RegisterRecord[]>>();
  const readAndOpen = async (): Promise<RowsByRegister> => {
    const read = await Promise.all(
      REGISTERS.map(async (r) => {
        const found = await db.register(r).toArray();
        opening.set(r.name, handled(Dexie.ignoreTransaction(() => openRows(key, r, found))));
        return [r.name, found] as const;
      }),
    );
    return Object.fromEntries(read);
  };
  const [settingsRow, organisationRow, officerRow, language, rows, auditRows] = await db.transaction(
    'r',
    [db.settings, db.profile, db.prefs, ...registerTables(db), db.audit, db.auditHead],
    () =>
      Promise.all([
        db.settings.get(SETTINGS_ROW_ID),
        db.profile.get(PROFILE_ROW_ID.organisation),
        db.profile.get(PROFILE_ROW_ID.officer),
        readLanguage(db),
        readAndOpen(),
        readAuditHeadRows(db),
      ]),
  );
  const read = performance.now();
  const [sealedSettings, organisation, officer, opened, audit] = await Promise.all([
    openRequired(key, 'settings', SETTINGS_ROW_ID, settingsRow) as Promise<SealedSettings>,
    openRequired(key, 'profile', PROFILE_ROW_ID.organisation, organisationRow) as Promise<OrganisationProfile>,
    openRequired(key, 'profile', PROFILE_ROW_ID.officer, officerRow) as Promise<PrivacyOfficer>,
    Promise.all(REGISTERS.map((r) => opening.get(r.name) ?? openRows(key, r, rows[r.name] ?? []))),
    openHeadAndPins(key, auditRows, rows),
  ]);
  const registers: Record<string, RegisterRecord[]> = Object.fromEntries(REGISTERS.map((r, i) => [r.name, opened[i]!]));
  const { people, accessRequests, ...others } = registers as { people: Person[]; accessRequests: AccessRequest[] } & Record<string, RegisterRecord[]>;
  const data = { organisation, officer, settings: { ...DEFAULT_SETTINGS, ...sealedSettings, language }, people, accessRequests, registers: others, audit };
  return { data, timings: { readMs: read - started, decryptMs: performance.now() - read, people: people.length } };
}

/** `promise`, its rejection still thrown where it is awaited but not reported as unhandled meanwhile. */
function handled<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}
