// One repository for any register definition (domain/registers). Records are sealed at rest and
// held decrypted in memory while unlocked. Every write validates (fields, links, the definition's
// rules) before anything is sealed, seals outside any transaction (WebCrypto is async and would let
// an IndexedDB transaction auto-commit), then writes the row, its pin, the reference sequence and
// the audit entry in one transaction through the session's audit queue. Memory changes only after
// that commit: a failed write leaves memory as the disk is.
import type { AuditEvent } from '../domain/audit';
import { changedFieldNames } from '../domain/auditChain';
import { yearOf } from '../domain/isoDate';
import { localIsoDate } from '../domain/isoDate';
import type { PersonKind } from '../domain/person';
import { isIsoDate } from '../domain/isoDate';
import { isLanguage } from '../domain/language';
import {
  formatRegisterReference,
  type AnyRegisterDefinition,
  type ClearValue,
  type RecordLetterToIssue,
  type RegisterDefinition,
  type RegisterLetter,
  type RegisterRecord,
  type RuleContext,
} from '../domain/registers/definition';
import { recordSchemaOf } from '../domain/registers/registerSchemas';
import { RuleViolation } from '../domain/ruleViolation';
import type { StoreAuditTrail, TimedAuditEvent } from './auditTrail';
import type { RegisterRepository } from './contract';
import type { CustodianDatabase } from './database';
import { NotFoundError, ValidationError } from './errors';
import { rowPin, type PinUpdate } from './recordPins';
import { checkPdf, readDocument, sealDocument, sha256Hex } from './sealedDocuments';
import { sealRow, sealRows } from './sealedTable';
import type { UnlockedKey } from './unlockedKey';
import { issuesToFields, parseOrThrow } from './validation';

/** Kept by the store, not changed by the officer: never listed as changed fields. */
const BOOKKEEPING = ['id', 'createdAt', 'updatedAt'];

/** What one register may read of the others: links, rules and deletes need it. */
export interface RegisterLookup {
  get(register: string, id: string): RegisterRecord | undefined;
  list(register: string): readonly RegisterRecord[];
  personKind(personId: string): PersonKind | undefined;
  /** The first register (by name) holding a record that links to `register`/`id`, if any. */
  linkedFrom(register: string, id: string): string | undefined;
}

export class SealedRegisterRepository<R extends RegisterRecord, I> implements RegisterRepository<R, I> {
  private readonly records = new Map<string, R>();
  private sorted: R[] | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(
    readonly definition: RegisterDefinition<R, I>,
    private readonly db: CustodianDatabase,
    private readonly key: UnlockedKey,
    private readonly now: () => number,
    private readonly audit: StoreAuditTrail,
    private readonly lookup: RegisterLookup,
    records: readonly R[],
  ) {
    for (const record of records) this.records.set(record.id, record);
    key.whenLocked(() => {
      this.records.clear();
      this.sorted = null;
      this.listeners.clear();
    });
  }

  list(): readonly R[] {
    this.key.assertOpen();
    this.sorted ??= [...this.records.values()].sort(this.definition.compare);
    return this.sorted;
  }

  get(id: string): R | undefined {
    this.key.assertOpen();
    return this.records.get(id);
  }

  where(column: string, value: ClearValue): readonly R[] {
    const read = this.definition.index[column];
    if (!read) throw new RangeError(`${this.definition.name} has no clear column ${column}`);
    return this.list().filter((r) => read(r) === value);
  }

  forPerson(personId: string): readonly R[] {
    const personOf = this.definition.personOf;
    return personOf ? this.list().filter((r) => personOf(r) === personId) : [];
  }

  count(): number {
    this.key.assertOpen();
    return this.records.size;
  }

  subscribe(listener: () => void): () => void {
    this.key.assertOpen();
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async create(input: I): Promise<R> {
    this.key.assertOpen();
    const fields = this.validate(input);
    return this.audit.write(async (commit) => {
      const at = this.instant();
      const series = this.series(fields);
      const last = series ? ((await this.db.sequences.get(series.id))?.last ?? 0) : 0;
      const record = this.checked({ ...fields, id: globalThis.crypto.randomUUID(), createdAt: at, updatedAt: at, ...(series ? { reference: formatRegisterReference(series.prefix, series.year, last + 1) } : {}), ...this.noLetters() } as unknown as R);
      const key = this.key.require();
      const row = await sealRow(key, this.definition, record);
      const table = this.db.register(this.definition);
      await commit([this.event('create', null, record)], [table, this.db.sequences], async () => {
        if (series) {
          // The queue makes this a formality; it still refuses a number handed out twice.
          if (((await this.db.sequences.get(series.id))?.last ?? 0) !== last) throw new Error('The reference sequence moved during the write.');
          await this.db.sequences.put({ id: series.id, last: last + 1 });
        }
        await table.add(row);
      }, [rowPin(this.definition.name, row)]);
      this.committed([record]);
      return record;
    }, this.key.require());
  }

  async update(id: string, input: I): Promise<R> {
    const existing = this.existing(id);
    const fields = this.validate(input, existing);
    const next = this.checked({ ...fields, id, createdAt: existing.createdAt, updatedAt: this.instant(), ...(existing.reference ? { reference: existing.reference } : {}), ...(existing.retiredAt ? { retiredAt: existing.retiredAt } : {}), ...(existing.letters ? { letters: existing.letters } : {}) } as unknown as R);
    return this.put(existing, next, this.event('update', existing, next));
  }

  async retire(id: string): Promise<R> {
    const existing = this.existing(id);
    if (this.definition.removal !== 'retire') throw new RuleViolation('notRetirable', `A record of ${this.definition.name} cannot be retired.`);
    if (existing.retiredAt) return existing;
    const at = this.instant();
    const next = { ...existing, updatedAt: at, retiredAt: at };
    return this.put(existing, next, { ...this.event('archive', existing, next), detail: 'retire' });
  }

  async remove(id: string): Promise<void> {
    const existing = this.existing(id);
    if (this.definition.removal !== 'delete') throw new RuleViolation('notDeletable', `A record of ${this.definition.name} is kept, not deleted.`);
    const linked = this.lookup.linkedFrom(this.definition.name, id);
    if (linked) throw new RuleViolation('recordInUse', `The record is named by records of ${linked}: it cannot be deleted.`, { register: linked });
    await this.audit.write(async (commit) => {
      if (this.records.get(id) !== existing) throw new RuleViolation('changedMeanwhile', 'The record changed while this was being recorded; reopen it and try again.');
      const table = this.db.register(this.definition);
      const event: TimedAuditEvent = { at: this.instant(), action: 'delete', entityKind: this.definition.entityKind, entityId: id, fields: [] };
      await commit([event], [table], () => table.delete(id), [{ table: this.definition.name, id, version: 0, removed: true }]);
      if (this.key.locked) return;
      this.records.delete(id);
      this.changed();
    });
  }

  /**
   * Seals `pdf` as a document owned by the record and adds its ref to the record's letters, with
   * the audit entries, in one transaction. A letter is never replaced: each issue is a new one.
   * Throws ValidationError (not a PDF, a bad date or language) or RuleViolation (the definition's
   * letters.check) before anything is sealed or written.
   */
  async issueLetter(id: string, letter: RecordLetterToIssue, pdf: Uint8Array): Promise<RegisterLetter> {
    const existing = this.existing(id);
    const letters = this.definition.letters;
    if (!letters) throw new RuleViolation('noLetters', `No letter is issued on a record of ${this.definition.name}.`);
    if (!letters.kinds.includes(letter.kind)) throw new ValidationError({ kind: 'validation.required' });
    if (!isIsoDate(letter.issuedOn)) throw new ValidationError({ issuedOn: 'validation.date' });
    if (!isLanguage(letter.language)) throw new ValidationError({ language: 'validation.required' });
    checkPdf(pdf);
    letters.check?.(existing, letter, this.context(existing));
    const key = this.key.require();
    return this.audit.write(async (commit) => {
      if (this.records.get(id) !== existing) throw new RuleViolation('changedMeanwhile', 'The record changed while this was being recorded; reopen it and try again.');
      const at = this.instant();
      const issued: RegisterLetter = {
        id: globalThis.crypto.randomUUID(),
        kind: letter.kind,
        language: letter.language,
        issuedOn: letter.issuedOn,
        issuedAt: at,
        sha256: await sha256Hex(pdf),
        size: pdf.length,
        ...(letter.recipientId ? { recipientId: letter.recipientId } : {}),
      };
      const next = this.checked({ ...existing, letters: [...(existing.letters ?? []), issued], updatedAt: at });
      const [document, row] = await Promise.all([
        sealDocument(key, issued.id, id, 'letter', pdf),
        sealRow(key, this.definition, next, this.audit.nextVersion(this.definition.name, id)),
      ]);
      const table = this.db.register(this.definition);
      const events: TimedAuditEvent[] = [
        this.event('update', existing, next), // names the field 'letters'
        { at, action: 'letterIssued', entityKind: 'letter', entityId: issued.id, fields: [], detail: `${issued.kind}/${issued.language}` },
      ];
      await commit(events, [table, this.db.documents], async () => {
        await table.put(row);
        await this.db.documents.add(document); // add: an issued letter is never overwritten
      }, [rowPin(this.definition.name, row)]);
      this.committed([next]);
      return issued;
    }, key);
  }

  /** The letter's PDF as issued: IntegrityError if its document is missing, moved or altered. */
  async readLetter(id: string, letterId: string): Promise<{ letter: RegisterLetter; pdf: Uint8Array }> {
    const letter = this.existing(id).letters?.find((l) => l.id === letterId);
    if (!letter) throw new NotFoundError('letter', letterId);
    const pdf = await readDocument(this.db, this.key.require(), { ownerId: id, id: letterId, kind: 'letter', sha256: letter.sha256 });
    return { letter, pdf };
  }

  /**
   * The seed (definition.seed) into an empty register: at creation, or at the first unlock after the
   * register arrived. Only registers that never delete have seeds, so "empty" means "never written".
   */
  async writeSeed(): Promise<void> {
    const seed = this.definition.seed?.();
    if (!seed?.length) return;
    if (this.definition.removal === 'delete') throw new Error(`${this.definition.name}: a register whose records are deleted cannot have a seed.`);
    const key = this.key.require();
    await this.audit.write(async (commit) => {
      const table = this.db.register(this.definition);
      if (this.records.size > 0 || (await table.count()) > 0) return;
      const at = this.instant();
      const records = seed.map((input) => this.checked({ ...this.validate(input), id: globalThis.crypto.randomUUID(), createdAt: at, updatedAt: at } as unknown as R));
      const rows = await sealRows(key, this.definition, records);
      const names = [...new Set(records.flatMap((r) => changedFieldNames(null, r, BOOKKEEPING)))].sort();
      const event: TimedAuditEvent = { at, action: 'create', entityKind: this.definition.entityKind, entityId: null, fields: names, detail: `${records.length} seeded` };
      await commit([event], [table], () => table.bulkAdd(rows), rows.map((row) => rowPin(this.definition.name, row)));
      this.committed(records);
    }, key);
  }

  /** After a restore committed: memory becomes `records`. */
  replaceAll(records: readonly R[]): void {
    if (this.key.locked) return;
    this.records.clear();
    for (const record of records) this.records.set(record.id, record);
    this.changed();
  }

  private async put(existing: R, next: R, event: TimedAuditEvent): Promise<R> {
    const key = this.key.require();
    return this.audit.write(async (commit) => {
      if (this.records.get(existing.id) !== existing) throw new RuleViolation('changedMeanwhile', 'The record changed while this was being recorded; reopen it and try again.');
      const row = await sealRow(key, this.definition, next, this.audit.nextVersion(this.definition.name, next.id));
      const table = this.db.register(this.definition);
      const pins: PinUpdate[] = [rowPin(this.definition.name, row)];
      await commit([event], [table], () => table.put(row), pins);
      this.committed([next]);
      return next;
    }, key);
  }

  /** Fields, then links, then the definition's rules: throws ValidationError or RuleViolation, writes nothing. */
  private validate(input: I, existing?: R): I {
    const fields = parseOrThrow(this.definition.fields('entered'), input) as I;
    for (const link of this.definition.links ?? []) {
      const target = (fields as Record<string, unknown>)[link.field];
      if (target === undefined || target === '') continue;
      const found = typeof target === 'string' ? this.lookup.get(link.register, target) : undefined;
      if (!found) throw new ValidationError({ [link.field]: 'validation.linkMissing' });
      const unchanged = existing && (existing as Record<string, unknown>)[link.field] === target;
      if (link.refuseRetired && found.retiredAt && !unchanged) {
        throw new RuleViolation('linkRetired', `The ${link.register} record named is retired: choose a current one.`, { register: link.register }, link.field);
      }
    }
    this.definition.check?.(fields, this.context(existing));
    return fields;
  }

  /** The record as it will be archived: a value the archive would refuse is refused now (a store bug, not the officer's). */
  private checked(record: R): R {
    const result = recordSchemaOf(this.definition).safeParse(record);
    if (!result.success) throw new ValidationError(issuesToFields(result.error.issues));
    return Object.freeze(result.data) as R;
  }

  private context(existing?: R): RuleContext {
    const { lookup } = this;
    return {
      today: localIsoDate(this.now()),
      ...(existing ? { existing } : {}),
      get: (register, id) => lookup.get(register, id),
      list: (register, where) => {
        const all = lookup.list(register);
        if (!where) return all;
        const definition = register === this.definition.name ? this.definition : undefined;
        const read = definition?.index[where.column];
        return read ? all.filter((r) => read(r as R) === where.value) : all.filter((r) => (r as unknown as Record<string, unknown>)[where.column] === where.value);
      },
      personKind: (id) => lookup.personKind(id),
    };
  }

  /** A new record of a register with letters starts with none. */
  private noLetters(): { letters?: RegisterLetter[] } {
    return this.definition.letters ? { letters: [] } : {};
  }

  private series(fields: I): { id: string; prefix: string; year: string } | null {
    const reference = this.definition.reference;
    if (!reference) return null;
    const year = String(yearOf(reference.dateOf(fields)));
    return { id: `${reference.prefix}-${year}`, prefix: reference.prefix, year };
  }

  private existing(id: string): R {
    this.key.assertOpen();
    const record = this.records.get(id);
    if (!record) throw new NotFoundError(this.definition.entityKind, id);
    return record;
  }

  private event(action: AuditEvent['action'], before: R | null, after: R): TimedAuditEvent {
    return { at: after.updatedAt, action, entityKind: this.definition.entityKind, entityId: after.id, fields: changedFieldNames(before, after, BOOKKEEPING) };
  }

  private instant(): string {
    return new Date(this.now()).toISOString();
  }

  private committed(records: readonly R[]): void {
    if (this.key.locked) return; // locked mid-write: the records are on disk, memory is gone
    for (const record of records) this.records.set(record.id, record);
    this.changed();
  }

  private changed(): void {
    this.sorted = null;
    for (const listener of [...this.listeners]) listener();
  }
}

/** Any definition's repository, as the session holds them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRegisterRepository = SealedRegisterRepository<any, any>;

export function isRegisterOf(repository: AnyRegisterRepository, definition: AnyRegisterDefinition): boolean {
  return repository.definition === definition;
}
