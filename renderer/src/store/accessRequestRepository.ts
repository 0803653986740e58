// Access requests, encrypted at rest and held decrypted in memory while unlocked (an office has
// thousands, not millions). Writes run one at a time through the session's audit queue: the yearly
// reference sequence is read, the record and its audit entries sealed (async WebCrypto, outside any
// transaction), then sequence, record, letter and entries are written in one transaction. Memory
// changes only after it commits.
import {
  accessRequestInputSchema,
  currentDue,
  formatReference,
  isOpen,
  type AccessRequest,
  type AccessRequestInput,
  type Attachment,
  type IssuedLetter,
} from '../domain/accessRequest';
import { applyAction, letterFor, type AccessAction } from '../domain/accessWorkflow';
import type { AuditEvent } from '../domain/audit';
import { changedFieldNames } from '../domain/auditChain';
import { responseDeadline } from '../domain/deadlines';
import { letterParagraphProblems } from '../domain/actionText';
import { localIsoDate, yearOf } from '../domain/isoDate';
import type { PersonKind } from '../domain/person';
import { RuleViolation } from '../domain/ruleViolation';
import type { AccessRequestRepository, LetterToIssue, NewAttachment } from './contract';
import type { CustodianDatabase, DocumentRow } from './database';
import { NotFoundError, ValidationError } from './errors';
import { sealAccessRequest } from './accessRequestRows';
import { checkPdf, MAX_ATTACHMENT_BYTES, readDocument, sealDocument, sha256Hex } from './sealedDocuments';
import { requestPin } from './recordPins';
import type { StoreAuditTrail } from './auditTrail';
import type { UnlockedKey } from './unlockedKey';
import { attachmentProblems, parseOrThrow } from './validation';

export { MAX_ATTACHMENT_BYTES, MAX_LETTER_BYTES } from './sealedDocuments';

/** Kept by the store, not changed by the officer: never listed as changed fields. */
const BOOKKEEPING = ['id', 'createdAt', 'updatedAt'];

function byDue(a: AccessRequest, b: AccessRequest): number {
  const openA = isOpen(a);
  const openB = isOpen(b);
  if (openA !== openB) return openA ? -1 : 1;
  if (openA) return currentDue(a).localeCompare(currentDue(b)) || a.reference.localeCompare(b.reference);
  return (b.closedOn ?? b.updatedAt).localeCompare(a.closedOn ?? a.updatedAt) || b.reference.localeCompare(a.reference);
}

export class EncryptedAccessRequestRepository implements AccessRequestRepository {
  private readonly requests = new Map<string, AccessRequest>();
  private sorted: AccessRequest[] | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly db: CustodianDatabase,
    private readonly key: UnlockedKey,
    private readonly now: () => number,
    private readonly personExists: (id: string) => boolean,
    /** The person's kind, which some fee rules turn on (BC PIPA s.32(1)); undefined when unknown. */
    private readonly personKind: (id: string) => PersonKind | undefined,
    private readonly audit: StoreAuditTrail,
    requests: readonly AccessRequest[],
  ) {
    for (const request of requests) this.requests.set(request.id, request);
    key.whenLocked(() => {
      this.requests.clear();
      this.sorted = null;
      this.listeners.clear();
    });
  }

  list(): AccessRequest[] {
    this.key.assertOpen();
    this.sorted ??= [...this.requests.values()].sort(byDue);
    return this.sorted;
  }

  get(id: string): AccessRequest | undefined {
    this.key.assertOpen();
    return this.requests.get(id);
  }

  forPerson(personId: string): AccessRequest[] {
    return this.list().filter((r) => r.personId === personId);
  }

  subscribe(listener: () => void): () => void {
    this.key.assertOpen();
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async create(input: AccessRequestInput): Promise<AccessRequest> {
    this.key.assertOpen();
    const fields = this.validate(input);
    return this.audit.write(async (commit) => {
      const at = this.instant();
      const year = yearOf(fields.receivedOn);
      const series = `AR-${year}`;
      const last = (await this.db.sequences.get(series))?.last ?? 0;
      const request: AccessRequest = {
        ...fields,
        id: globalThis.crypto.randomUUID(),
        reference: formatReference(year, last + 1),
        status: 'received',
        dueOn: responseDeadline(fields.receivedOn, fields.regime).due,
        decision: [],
        events: [{ at, on: fields.receivedOn, action: 'receive', from: null, to: 'received' }],
        letters: [],
        attachments: [],
        createdAt: at,
        updatedAt: at,
      };
      const row = await sealAccessRequest(this.key.require(), request);
      const { db } = this;
      const event = this.event('create', null, request);
      await commit([event], [db.sequences, db.accessRequests], async () => {
        // The queue makes this a formality in one window; it still refuses a number handed out twice.
        if (((await db.sequences.get(series))?.last ?? 0) !== last) throw new Error('The reference sequence moved during the write.');
        await db.sequences.put({ id: series, last: last + 1 });
        await db.accessRequests.add(row);
      }, [requestPin(row)]);
      this.committed(request);
      return request;
    });
  }

  async update(id: string, input: AccessRequestInput): Promise<AccessRequest> {
    const existing = this.existing(id);
    const fields = this.validate(input);
    if (!isOpen(existing)) throw new RuleViolation('closedRequest', 'A closed request cannot be changed.');
    if (fields.personId !== existing.personId) throw new RuleViolation('personFixed', 'A request cannot be moved to another person.', {}, 'personId');
    const dueChanges = fields.receivedOn !== existing.receivedOn || fields.regime !== existing.regime;
    if (dueChanges && (existing.extension || existing.fee)) {
      throw new RuleViolation('dueFixed', 'The received date and the Act cannot change once a fee notice or an extension was sent.', {}, 'receivedOn');
    }
    if (dueChanges && yearOf(fields.receivedOn) !== yearOf(existing.receivedOn)) {
      throw new RuleViolation('referenceYear', 'The received date cannot move to another year: the reference would no longer match.', {}, 'receivedOn');
    }
    return this.audit.write(async (commit) => {
      if (this.requests.get(id) !== existing) throw new RuleViolation('changedMeanwhile', 'The request changed while this was being recorded; reopen it and try again.');
      const at = this.instant();
      const dueOn = dueChanges ? responseDeadline(fields.receivedOn, fields.regime).due : existing.dueOn;
      const correction = { at, on: localIsoDate(this.now()), action: 'correct', from: existing.status, to: existing.status };
      const next: AccessRequest = { ...existing, ...fields, dueOn, events: [...existing.events, correction], updatedAt: at };
      const row = await sealAccessRequest(this.key.require(), next, this.audit.nextVersion('accessRequests', id));
      // The 'correct' event in the timeline is the store's own note of this change, not a field the officer changed.
      const event = this.event('update', existing, next, ['events']);
      await commit([event], [this.db.accessRequests], () => this.db.accessRequests.put(row), [requestPin(row)]);
      this.committed(next);
      return next;
    });
  }

  async apply(id: string, action: AccessAction, letter?: LetterToIssue): Promise<AccessRequest> {
    const existing = this.existing(id);
    const expected = letterFor(action);
    if (letter && letter.kind !== expected) {
      throw new RuleViolation('letterMismatch', `This action sends a ${expected ?? 'no'} letter, not a ${letter.kind}.`);
    }
    if (letter) checkLetter(letter);
    const at = this.instant();
    const letterId = letter ? globalThis.crypto.randomUUID() : undefined;
    // Throws RuleViolation before anything is sealed or written.
    let next = applyAction(existing, action, { today: this.today(), at, personKind: this.personKind(existing.personId), ...(letterId ? { letterId } : {}) });
    return this.audit.write(async (commit) => {
      if (this.requests.get(id) !== existing) throw new RuleViolation('changedMeanwhile', 'The request changed while this was being recorded; reopen it and try again.');
      const key = this.key.require();
      let document: DocumentRow | undefined;
      if (letter && letterId) {
        const issued: IssuedLetter = {
          id: letterId,
          kind: letter.kind,
          language: letter.language,
          issuedOn: action.on,
          issuedAt: at,
          sha256: await sha256Hex(letter.pdf),
          size: letter.pdf.length,
          paragraphs: { ...letter.paragraphs },
        };
        next = { ...next, letters: [...next.letters, issued] };
        document = await sealDocument(key, letterId, id, 'letter', letter.pdf);
      }
      const row = await sealAccessRequest(key, next, this.audit.nextVersion('accessRequests', id));
      const { db } = this;
      const events: (AuditEvent & { at: string })[] = [{ ...this.event('workflowStep', existing, next), detail: action.type }];
      if (letter && letterId) events.push({ at, action: 'letterIssued', entityKind: 'letter', entityId: letterId, fields: [], detail: `${letter.kind}/${letter.language}` });
      await commit(events, [db.accessRequests, db.documents], async () => {
        await db.accessRequests.put(row);
        if (document) await db.documents.add(document); // add: an issued letter is never overwritten
      }, [requestPin(row)]);
      this.committed(next);
      return next;
    });
  }

  async readLetter(requestId: string, letterId: string): Promise<{ letter: IssuedLetter; pdf: Uint8Array }> {
    const request = this.existing(requestId);
    const letter = request.letters.find((l) => l.id === letterId);
    if (!letter) throw new NotFoundError('letter', letterId);
    const pdf = await this.readDocument(requestId, letterId, 'letter', letter.sha256);
    return { letter, pdf };
  }

  async addAttachment(requestId: string, input: NewAttachment): Promise<Attachment> {
    const existing = this.existing(requestId);
    const fields = attachmentProblems(input);
    const name = input.name.trim();
    if (!(input.bytes instanceof Uint8Array) || input.bytes.length === 0) fields.bytes = 'validation.emptyFile';
    else if (input.bytes.length > MAX_ATTACHMENT_BYTES) fields.bytes = 'validation.fileTooLarge';
    if (Object.keys(fields).length) throw new ValidationError(fields);
    return this.audit.write(async (commit) => {
      if (this.requests.get(requestId) !== existing) throw new RuleViolation('changedMeanwhile', 'The request changed while this was being recorded; reopen it and try again.');
      const key = this.key.require();
      const at = this.instant();
      const attachment: Attachment = {
        id: globalThis.crypto.randomUUID(),
        name,
        mediaType: input.mediaType,
        size: input.bytes.length,
        sha256: await sha256Hex(input.bytes),
        addedAt: at,
        ...(input.description?.trim() ? { description: input.description.trim() } : {}),
      };
      const next: AccessRequest = { ...existing, attachments: [...existing.attachments, attachment], updatedAt: at };
      const [document, row] = await Promise.all([sealDocument(key, attachment.id, requestId, 'attachment', input.bytes), sealAccessRequest(key, next, this.audit.nextVersion('accessRequests', requestId))]);
      const { db } = this;
      const event: AuditEvent & { at: string } = {
        at,
        action: 'attachmentAdded',
        entityKind: 'attachment',
        entityId: attachment.id,
        fields: changedFieldNames(null, attachment, ['id']),
      };
      await commit([event], [db.accessRequests, db.documents], async () => {
        await db.accessRequests.put(row);
        await db.documents.add(document);
      }, [requestPin(row)]);
      this.committed(next);
      return attachment;
    });
  }

  async readAttachment(requestId: string, attachmentId: string): Promise<{ attachment: Attachment; bytes: Uint8Array }> {
    const request = this.existing(requestId);
    const attachment = request.attachments.find((a) => a.id === attachmentId);
    if (!attachment) throw new NotFoundError('attachment', attachmentId);
    return { attachment, bytes: await this.readDocument(requestId, attachmentId, 'attachment', attachment.sha256) };
  }

  today(): string {
    return localIsoDate(this.now());
  }

  private readDocument(requestId: string, id: string, kind: DocumentRow['kind'], sha256: string): Promise<Uint8Array> {
    return readDocument(this.db, this.key.require(), { ownerId: requestId, id, kind, sha256 });
  }

  private validate(input: AccessRequestInput) {
    const fields = parseOrThrow(accessRequestInputSchema, input);
    const today = this.today();
    if (fields.receivedOn > today) throw new RuleViolation('futureDate', `The date ${fields.receivedOn} is in the future.`, { date: fields.receivedOn }, 'receivedOn');
    if (fields.identity && fields.identity.verifiedOn > today) {
      throw new RuleViolation('futureDate', `The date ${fields.identity.verifiedOn} is in the future.`, { date: fields.identity.verifiedOn }, 'identity.verifiedOn');
    }
    if (!this.personExists(fields.personId)) throw new ValidationError({ personId: 'validation.personMissing' });
    return fields;
  }

  private existing(id: string): AccessRequest {
    this.key.assertOpen();
    const request = this.requests.get(id);
    if (!request) throw new NotFoundError('access request', id);
    return request;
  }

  /** After a restore committed: memory becomes `requests`. */
  replaceAll(requests: readonly AccessRequest[]): void {
    if (this.key.locked) return;
    this.requests.clear();
    for (const request of requests) this.requests.set(request.id, request);
    this.sorted = null;
    for (const listener of [...this.listeners]) listener();
  }

  private event(action: 'create' | 'update' | 'workflowStep', before: AccessRequest | null, after: AccessRequest, ignore: string[] = []): AuditEvent & { at: string } {
    return { at: after.updatedAt, action, entityKind: 'accessRequest', entityId: after.id, fields: changedFieldNames(before, after, [...BOOKKEEPING, ...ignore]) };
  }

  private instant(): string {
    return new Date(this.now()).toISOString();
  }

  private committed(request: AccessRequest): void {
    if (this.key.locked) return; // locked mid-write: the record is on disk, memory is gone
    this.requests.set(request.id, request);
    this.sorted = null;
    for (const listener of [...this.listeners]) listener();
  }
}

function checkLetter(letter: LetterToIssue): void {
  checkPdf(letter.pdf);
  // The archive keeps each paragraph to LIMITS.letterParagraph: refused here, not at the next backup.
  const problems = letterParagraphProblems(letter.paragraphs);
  if (Object.keys(problems).length) throw new ValidationError(problems);
}
