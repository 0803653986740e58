// Everything a session holds decrypted, read once at unlock. Unlock resolves only when the people
// index is ready, so timing `unlock()` times "passphrase → searchable list".
import type { OrganisationProfile, PrivacyOfficer } from '../domain/organisation';
import type { Person } from '../domain/person';
import type { AccessRequest } from '../domain/accessRequest';
import { openAccessRequests } from './accessRequestRows';
import { openLoadedAudit, readAuditRows, type LoadedAudit } from './auditTrail';
import { DEFAULT_SETTINGS, type AppSettings } from './contract';
import { PREFS_ROW_ID, PROFILE_ROW_ID, SETTINGS_ROW_ID, type CustodianDatabase, type SealedRow } from './database';
import { IntegrityError } from './errors';
import { openPeople } from './peopleRows';
import { openRecord } from './sealedRecords';
import type { SealedSettings } from './settingsSchema';

export interface SessionData {
  organisation: OrganisationProfile;
  officer: PrivacyOfficer;
  settings: AppSettings;
  people: Person[];
  accessRequests: AccessRequest[];
  audit: LoadedAudit;
}

/** Milliseconds spent in each step of unlock, for the benchmark. */
export interface UnlockTimings {
  /** Argon2id (or HKDF) and unwrapping the data key. */
  keyMs: number;
  /** Reading every row out of IndexedDB. */
  readMs: number;
  /** Opening the sealed rows. */
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
  const [settingsRow, organisationRow, officerRow, language, personRows, requestRows, auditRows] = await db.transaction(
    'r',
    [db.settings, db.profile, db.prefs, db.people, db.accessRequests, db.audit, db.auditHead],
    () =>
      Promise.all([
        db.settings.get(SETTINGS_ROW_ID),
        db.profile.get(PROFILE_ROW_ID.organisation),
        db.profile.get(PROFILE_ROW_ID.officer),
        readLanguage(db),
        db.people.toArray(),
        db.accessRequests.toArray(),
        readAuditRows(db),
      ]),
  );
  const read = performance.now();
  const [sealedSettings, organisation, officer, people, accessRequests, audit] = await Promise.all([
    openRequired(key, 'settings', SETTINGS_ROW_ID, settingsRow) as Promise<SealedSettings>,
    openRequired(key, 'profile', PROFILE_ROW_ID.organisation, organisationRow) as Promise<OrganisationProfile>,
    openRequired(key, 'profile', PROFILE_ROW_ID.officer, officerRow) as Promise<PrivacyOfficer>,
    openPeople(key, personRows),
    openAccessRequests(key, requestRows),
    openLoadedAudit(key, auditRows, { people: personRows, accessRequests: requestRows }),
  ]);
  const data = { organisation, officer, settings: { ...DEFAULT_SETTINGS, ...sealedSettings, language }, people, accessRequests, audit };
  return { data, timings: { readMs: read - started, decryptMs: performance.now() - read, people: people.length } };
}
