// What a register is, said once. A definition holds everything the store, the archive, the CSV
// export, the audit trail and the screens need to know about one kind of record; generic code reads
// it (store/sealedTable.ts, store/registerRepository.ts, archive, features/registers). Adding a
// register is a definition in REGISTERS (registers/index.ts) plus a folder of screens.
// Pure: no Dexie, no React.
import type { z } from 'zod';
import type { IsoDate } from '../isoDate';
import type { Language } from '../language';
import type { PersonKind } from '../person';
import type { TextCheck } from '../plainText';

/** What every record of every register carries besides its own fields. */
export interface RegisterRecord {
  id: string;
  /** ISO 8601 instants, kept by the store. */
  createdAt: string;
  updatedAt: string;
  /** `DS-2026-0001` style, when the register has a reference series. */
  reference?: string;
  /** When the record was retired (still kept and shown, no longer offered for new records). */
  retiredAt?: string;
  /** The letters issued on it, as issued (registers whose definition has `letters`; [] before the first). */
  letters?: readonly RegisterLetter[];
}

/**
 * A letter issued on a register's record: its PDF is a sealed document owned by the record
 * (store/sealedDocuments.ts), written once and read back only if its SHA-256 still matches this.
 */
export interface RegisterLetter {
  id: string;
  kind: string;
  language: Language;
  issuedOn: IsoDate;
  /** ISO instant the officer issued it. */
  issuedAt: string;
  /** Hex SHA-256 of the PDF as issued. */
  sha256: string;
  size: number;
  /** Whom it went to when the record has several recipients (a correction notice's organisation). */
  recipientId?: string;
}

/** What the screen says of a letter it issues; the store adds the id, instant, hash and size. */
export type RecordLetterToIssue = Pick<RegisterLetter, 'kind' | 'language' | 'issuedOn' | 'recipientId'>;

/** A register whose records may have letters issued on them. */
export interface RegisterLetters<R> {
  kinds: readonly string[];
  /** Throws RuleViolation when this letter may not be issued on this record (not decided yet, not to that recipient). */
  check?(record: R, letter: RecordLetterToIssue, context: RuleContext): void;
}

/** A clear column's value. IndexedDB cannot index booleans or null: use 0 | 1 and leave absent. */
export type ClearValue = string | number;

/** A CSV cell: text as is, an i18n key the screen translates (a status, a kind), or a list of them (categories). */
export type CsvValue = string | number | undefined | { term: string } | { terms: readonly string[] };

export interface CsvContext {
  /** The person's display name, for a record that names a person by id. */
  personName(id: string): string | undefined;
  /** A linked record's label (a purpose's name, a recipient's organisation). */
  label(register: string, id: string): string | undefined;
}

export interface CsvColumn<R> {
  /** Stable id: what the audit entry records; the header is `registers.<name>.csv.<id>`. */
  id: string;
  value(record: R, context: CsvContext): CsvValue;
}

/** A field that names a record of another register (or a person). */
export interface RegisterLink {
  field: string;
  register: string;
  /** A retired target may not be named by a new or changed record. */
  refuseRetired?: boolean;
}

/** What a rule may consult besides the input: the date and the other registers, read-only. */
export interface RuleContext {
  today: IsoDate;
  /** The record being changed; absent on create. */
  existing?: RegisterRecord;
  get(register: string, id: string): RegisterRecord | undefined;
  list(register: string, where?: { column: string; value: ClearValue }): readonly RegisterRecord[];
  personKind(personId: string): PersonKind | undefined;
}

export interface ReferenceSeries<I> {
  /** `DS` gives `DS-2026-0001`; the series (sequence row) is `DS-2026`. */
  prefix: string;
  /** The date whose year numbers the record (the received date, the date disclosed). */
  dateOf(input: I): IsoDate;
}

export interface RegisterDefinition<R extends RegisterRecord = RegisterRecord, I = unknown> {
  /** The Dexie table, archive entry (`tables/<name>.jsonl`), route and i18n namespace. */
  name: string;
  /** The audit trail's entity kind for its records. */
  entityKind: string;
  /**
   * The officer's fields, once: 'entered' refuses hidden characters in new input, 'stored' only
   * holds the limits so older records still open (plainText.ts). The stored record is these fields
   * plus RegisterRecord's bookkeeping, strict.
   */
  fields(check: TextCheck): z.ZodType<I>;
  /**
   * The stored record's schema when a register keeps more than its fields (workflow state);
   * otherwise derived from `fields('stored')` (registerSchemas.ts).
   */
  record?: z.ZodType<R>;
  /**
   * Clear columns, for queries only, copied from the sealed record and checked against it on open.
   * Never personal information: ids, dates, kinds, statuses.
   */
  index: Readonly<Record<string, (record: R) => ClearValue | undefined>>;
  /** Dexie index spec beyond the columns (`&reference`); derived from `index` when absent. */
  indexSpec?: string;
  reference?: ReferenceSeries<I>;
  /** Fields naming other records, checked on every write; a named record cannot be deleted. */
  links?: readonly RegisterLink[];
  /** 'retire' keeps the record and offers it no more; 'delete' removes it; 'never' keeps it as is. */
  removal: 'retire' | 'delete' | 'never';
  /** Workflow and legal rules on input; throws RuleViolation (its i18n key under `rules.`). */
  check?(input: I, context: RuleContext): void;
  csv: readonly CsvColumn<R>[];
  /** The person a record is about, for the person's page; absent for registers not about one person. */
  personOf?(record: R): string | undefined;
  /**
   * Records a new vault starts with (the policy's purposes), written once: at creation, or at the
   * first unlock of a vault made before the register existed. Never written again, even if deleted.
   */
  seed?(): readonly I[];
  /** Letters may be issued on its records (consents' withdrawal confirmation, correction letters). */
  letters?: RegisterLetters<R>;
  /** The list's order. */
  compare(a: R, b: R): number;
  /** A short non-personal label for links and pickers (a reference, a purpose's name). */
  label(record: R): string;
}

/** Any definition, as the generic code holds them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRegisterDefinition = RegisterDefinition<any, any>;

export function formatRegisterReference(prefix: string, year: string, n: number): string {
  return `${prefix}-${year}-${String(n).padStart(4, '0')}`;
}
