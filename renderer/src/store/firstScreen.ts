// The first screen's digest (domain/firstScreen.ts): one sealed row holding every open request's
// due-date fields, stamped with the audit head it was written at. Unlock draws the dashboard from it
// (readFirstScreen) while the records are still being read and opened; the session rewrites it after
// the writes that move the head (FirstScreenWriter). It is a cache, trusted only while its stamp is
// the sealed head of this vault: a stale, replayed, missing or unreadable digest is simply not used
// (unlock waits for the records, as before), and it is never archived: a restore or rotation
// makes it stale and the session writes a new one.
import type { AuditChainHead } from '../domain/auditChain';
import { openRequestDigestSchema, openRequestsDigest, type OpenRequestDigest } from '../domain/firstScreen';
import { localIsoDate } from '../domain/isoDate';
import type { AccessRequest } from '../domain/accessRequest';
import type { Person } from '../domain/person';
import { peopleRegister } from '../domain/registers/people';
import { openAuditHead } from './auditRows';
import type { FirstScreen } from './contract';
import { AUDIT_HEAD_ROW_ID, type CustodianDatabase } from './database';
import { openRecord, sealRecord } from './sealedRecords';
import { openRow } from './sealedTable';
import type { UnlockedKey } from './unlockedKey';

export const FIRST_SCREEN_ROW_ID = 'dashboard';

interface Digest {
  head: AuditChainHead;
  openRequests: OpenRequestDigest[];
}

/** The digest, if it was written at this vault's current head; null otherwise (never an error). */
export async function readFirstScreen(db: CustodianDatabase, key: CryptoKey, now: () => number): Promise<FirstScreen | null> {
  try {
    const [headRow, row] = await db.transaction('r', [db.auditHead, db.firstScreen], () => Promise.all([db.auditHead.get(AUDIT_HEAD_ROW_ID), db.firstScreen.get(FIRST_SCREEN_ROW_ID)]));
    if (!headRow || !row) return null;
    const [head, digest] = await Promise.all([openAuditHead(key, headRow), openRecord(key, 'firstScreen', FIRST_SCREEN_ROW_ID, row.sealed) as Promise<Partial<Digest> | null>]);
    if (!digest || digest.head?.seq !== head.seq || digest.head.hash !== head.hash) return null;
    const parsed = openRequestDigestSchema.safeParse(digest.openRequests);
    if (!parsed.success) return null;
    return {
      today: localIsoDate(now()),
      openRequests: parsed.data,
      people: (ids) => readPeople(db, key, ids),
    };
  } catch {
    return null; // the records themselves decide whether the vault opens
  }
}

/** The people named, opened and checked like every person row; those not found are left out. */
async function readPeople(db: CustodianDatabase, key: CryptoKey, ids: readonly string[]): Promise<Person[]> {
  const rows = await db.register(peopleRegister).bulkGet([...new Set(ids)]);
  return Promise.all(rows.flatMap((row) => (row ? [openRow<Person>(key, peopleRegister, row)] : [])));
}

/** After a write moves the head, the digest is rewritten (once per burst of writes). */
export const WRITE_DELAY_MS = 200;

/**
 * Keeps the digest in step with the session. Writes run in the session's write queue, so the
 * requests and the head they are stamped with are those of the same moment. A failed write leaves
 * the older digest, which its stamp then marks stale: nothing depends on it but the preview.
 */
export class FirstScreenWriter {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private written: AuditChainHead | null = null;

  constructor(
    private readonly db: CustodianDatabase,
    private readonly key: UnlockedKey,
    private readonly requests: () => readonly AccessRequest[],
    private readonly head: () => AuditChainHead,
    private readonly inQueue: (job: () => Promise<void>) => Promise<void>,
  ) {
    key.whenLocked(() => this.cancel());
  }

  /** Writes soon, unless the digest already matches the head. */
  schedule(): void {
    if (this.timer !== null || this.key.locked) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.write().catch(() => undefined);
    }, WRITE_DELAY_MS);
  }

  /** Now, in the write queue. Resolves when written (or found current). */
  write(): Promise<void> {
    return this.inQueue(async () => {
      if (this.key.locked) return;
      const head = this.head();
      if (this.written?.seq === head.seq && this.written.hash === head.hash) return;
      const key = this.key.require();
      const digest: Digest = { head, openRequests: openRequestsDigest(this.requests()) };
      const sealed = await sealRecord(key, 'firstScreen', FIRST_SCREEN_ROW_ID, digest);
      if (this.key.locked) return;
      await this.db.firstScreen.put({ id: FIRST_SCREEN_ROW_ID, sealed });
      this.written = head;
    });
  }

  private cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
