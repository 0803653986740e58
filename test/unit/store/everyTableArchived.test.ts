// Nothing the vault stores may silently drop out of a backup: every Dexie table is either written to
// the archive or on the list below of tables deliberately left out, each with its reason. (That every
// table also has a key-rotation plan is checked by keyRotation.test.ts against the same db.tables.)
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ARCHIVE_TABLES } from '../../../renderer/src/archive/registerTables';
import { REGISTERS } from '../../../renderer/src/domain/registers';
import { CustodianDatabase } from '../../../renderer/src/store/database';
import { uniqueDbName } from './testVault';

/** Tables the archive carries inside profile.json rather than as tables/<name>.jsonl. */
const IN_PROFILE_JSON: Readonly<Record<string, string>> = {
  settings: 'profile.json "settings"',
  profile: 'profile.json "organisation" and "officer"',
  // Only its language row; the pending failed unlocks in it are below.
  prefs: 'profile.json "settings.language"',
};

/** Tables deliberately not archived, and why. */
const NOT_ARCHIVED: Readonly<Record<string, string>> = {
  // The wrapped data key and KDF parameters of this vault: an archive has its own passphrase, and a
  // restore re-seals everything under the key of the vault it goes into.
  vault: 'vault header: keys belong to the vault, not to the data',
  // The sealed audit head and record pins are derived: a restore rebuilds them from the restored
  // trail and records (the trail's hashes travel in tables/audit.jsonl).
  auditHead: 'audit head and record pins: rebuilt at restore',
  // The dashboard's digest of open requests, stamped with the head: a restored vault's head is new,
  // so the digest would be stale anyway; the session writes one from the restored requests.
  firstScreen: 'first screen digest: derived from the access requests, rewritten by the session',
};

function unaccounted(db: CustodianDatabase): string[] {
  return db.tables.map((t) => t.name).filter((name) => !ARCHIVE_TABLES.includes(name) && !Object.hasOwn(IN_PROFILE_JSON, name) && !Object.hasOwn(NOT_ARCHIVED, name));
}

describe('every table of the database is in the backup or deliberately left out', () => {
  it('each Dexie table is an archive table, in profile.json, or on the commented list of tables not archived', () => {
    const db = new CustodianDatabase(uniqueDbName());
    try {
      expect(unaccounted(db)).toEqual([]);
      // The lists name real tables only, and no table is both archived and left out.
      const names = db.tables.map((t) => t.name);
      for (const name of [...ARCHIVE_TABLES, ...Object.keys(IN_PROFILE_JSON), ...Object.keys(NOT_ARCHIVED)]) expect(names, name).toContain(name);
      for (const name of Object.keys(NOT_ARCHIVED)) expect(ARCHIVE_TABLES, name).not.toContain(name);
    } finally {
      db.close();
    }
  });

  it('every register of REGISTERS is an archive table', () => {
    for (const register of REGISTERS) expect(ARCHIVE_TABLES, register.name).toContain(register.name);
  });

  it('a table added by a schema version alone is caught', () => {
    class GrownDatabase extends CustodianDatabase {
      constructor(name: string) {
        super(name);
        this.version(99).stores({ somethingNew: 'id' });
      }
    }
    const grown = new GrownDatabase(uniqueDbName());
    try {
      expect(unaccounted(grown)).toEqual(['somethingNew']);
    } finally {
      grown.close();
    }
  });
});
