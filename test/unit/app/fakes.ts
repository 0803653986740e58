// Fakes that honour store/contract.ts: validation with the domain schemas, the same error classes,
// lock() making every call throw. `session.people` and `session.registers` are the real store
// (EncryptedPeopleRepository, StoreRegisters over fake-indexeddb: fakeStore.ts); access requests, the
// audit trail, profile and settings are still in memory here. `gate.people().seed()` stages people
// (p1, p2…) that are written when the next session opens; in an open session use session.people.add.
//
// Sessions come only from the gate's async methods (unlock, create, recover, createFromSnapshot).
// A vault made with FakeVaultGate.withVault({ seedRegisters: true }) (or a gate whose
// `seedRegisters` is true, for create) has the registers' seeds written before its first session
// opens; `await gate.ready()` waits for them without unlocking.
import { createHash } from 'node:crypto';
import { vi, type Mock } from 'vitest';
import {
  accessRequestInputSchema,
  formatReference,
  isOpen,
  currentDue,
  type AccessRequest,
  type AccessRequestInput,
  type Attachment,
  type IssuedLetter,
} from '../../../renderer/src/domain/accessRequest';
import { applyAction, letterFor, type AccessAction } from '../../../renderer/src/domain/accessWorkflow';
import { responseDeadline } from '../../../renderer/src/domain/deadlines';
import { localIsoDate, yearOf } from '../../../renderer/src/domain/isoDate';
import { RuleViolation } from '../../../renderer/src/domain/ruleViolation';
import { organisationProfileSchema, privacyOfficerSchema, type OrganisationProfile, type PrivacyOfficer } from '../../../renderer/src/domain/organisation';
import type { Person, PersonInput } from '../../../renderer/src/domain/person';
import type { Host, MenuCommand, OsSignal } from '../../../renderer/src/host/host';
import {
  DEFAULT_SETTINGS,
  type AccessRequestRepository,
  type AppSettings,
  type LetterToIssue,
  type NewAttachment,
  type NewVault,
  type PeopleRepository,
  type Session,
  type VaultGate,
} from '../../../renderer/src/store/contract';
import {
  IntegrityError,
  NotFoundError,
  TooManyAttemptsError,
  ValidationError,
  VaultExistsError,
  VaultLockedError,
  WeakPassphraseError,
  WrongPassphraseError,
  WrongRecoveryKeyError,
} from '../../../renderer/src/store/errors';
import { MAX_ATTACHMENT_BYTES } from '../../../renderer/src/store/accessRequestRepository';
import type { AuditEntry, AuditEvent } from '../../../renderer/src/domain/audit';
import { chainAuditEntry, verifyAuditChain } from '../../../renderer/src/domain/auditChain';
import type { AuditDamage, AuditFilter, AuditTrail, AuditVerification } from '../../../renderer/src/store/contract';
import { SnapshotInvalidError } from '../../../renderer/src/store/errors';
import type { RestoreResult, VaultSnapshot } from '../../../renderer/src/store/snapshot';
import { appSettingsSchema } from '../../../renderer/src/store/settingsSchema';
import { attachmentProblems, parseOrThrow } from '../../../renderer/src/store/validation';
import type { StoreRegisters } from '../../../renderer/src/store/storeRegisters';
import type { EncryptedPeopleRepository } from '../../../renderer/src/store/peopleRepository';
import { FakeVaultStore, type StoreParts } from './fakeStore';

export const FAKE_RECOVERY_KEY = 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789';
export const STRONG_PASSPHRASE = 'copper lantern orchard whistle';

export const SAMPLE_ORGANISATION: OrganisationProfile = {
  legalName: 'Fraser Valley Physiotherapy Ltd.',
  address: '100 Main Street, Abbotsford BC V2S 1A1',
  phone: '604-555-0100',
  email: 'privacy@fvphysio.example.ca',
  defaultRegime: 'BC_PIPA',
};
export const SAMPLE_OFFICER: PrivacyOfficer = { name: 'Dana Leung', title: 'Privacy Officer' };

function issuesToFields(issues: { path: PropertyKey[]; message: string }[]): Record<string, string> {
  return Object.fromEntries(issues.map((issue) => [issue.path.map(String).join('.'), issue.message]));
}

/** Before unlock: people for the vault as given (no validation, no audit entry), sealed into its database when the next session opens. */
export class PeopleSeeds {
  constructor(private readonly data: VaultData) {}
  seed(inputs: PersonInput[]): Person[] {
    const now = new Date().toISOString();
    const people = inputs.map((input): Person => ({ ...input, id: `p${(this.data.nextPersonId = (this.data.nextPersonId ?? 0) + 1)}`, createdAt: now, updatedAt: now }));
    storeOf(this.data).stagePeople(people);
    return people;
  }
}

/** The real people repository, its writes spied on so a test can assert or fail them. */
export type FakePeople = EncryptedPeopleRepository & {
  add: Mock<EncryptedPeopleRepository['add']>;
  update: Mock<EncryptedPeopleRepository['update']>;
  archive: Mock<EncryptedPeopleRepository['archive']>;
  unarchive: Mock<EncryptedPeopleRepository['unarchive']>;
};

function spiedPeople(people: EncryptedPeopleRepository): FakePeople {
  for (const method of ['add', 'update', 'archive', 'unarchive'] as const) vi.spyOn(people, method);
  return people as FakePeople;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Fields a test may set when seeding a request in any state, skipping the workflow. */
export type SeedRequest = AccessRequestInput & Partial<Omit<AccessRequest, keyof AccessRequestInput>>;

/**
 * Access requests in memory, with the real domain rules: the input schema, the statutory due date
 * (responseDeadline) and the workflow (applyAction), so a screen meets the same refusals as with
 * the real store. Letters and attachments keep their bytes and are checked against their SHA-256.
 */
export class FakeAccessRequestRepository implements AccessRequestRepository {
  private readonly requests = new Map<string, AccessRequest>();
  private readonly documents = new Map<string, Uint8Array>();
  private readonly listeners = new Set<() => void>();
  private readonly sequences = new Map<number, number>();
  private nextId = 1;
  isLocked: () => boolean = () => false;

  constructor(
    /** The open session's people (fixtures only reach them through a session). */
    private readonly people: () => Pick<PeopleRepository, 'get'>,
    private readonly today: () => string,
  ) {}

  private guard() {
    if (this.isLocked()) throw new VaultLockedError();
  }
  private emit() {
    for (const listener of [...this.listeners]) listener();
  }
  private existing(id: string): AccessRequest {
    this.guard();
    const request = this.requests.get(id);
    if (!request) throw new NotFoundError('access request', id);
    return request;
  }
  private newId(prefix: string) {
    return `${prefix}${this.nextId++}`;
  }
  private validate(input: AccessRequestInput) {
    const parsed = accessRequestInputSchema.safeParse(input);
    if (!parsed.success) throw new ValidationError(issuesToFields(parsed.error.issues));
    const fields = parsed.data;
    const today = this.today();
    if (fields.receivedOn > today) throw new RuleViolation('futureDate', `The date ${fields.receivedOn} is in the future.`, { date: fields.receivedOn }, 'receivedOn');
    if (fields.identity && fields.identity.verifiedOn > today) {
      throw new RuleViolation('futureDate', `The date ${fields.identity.verifiedOn} is in the future.`, { date: fields.identity.verifiedOn }, 'identity.verifiedOn');
    }
    if (!this.people().get(fields.personId)) throw new ValidationError({ personId: 'validation.personMissing' });
    return fields;
  }
  private nextReference(receivedOn: string) {
    const year = yearOf(receivedOn);
    const next = (this.sequences.get(year) ?? 0) + 1;
    this.sequences.set(year, next);
    return formatReference(year, next);
  }

  /** Seed without the workflow, for fixtures: any status, fee or extension the test sets. */
  seed(inputs: SeedRequest[]): AccessRequest[] {
    return inputs.map((input) => {
      const at = new Date().toISOString();
      const fields = accessRequestInputSchema.parse(input);
      const request: AccessRequest = {
        decision: [],
        letters: [],
        attachments: [],
        status: 'received',
        events: [{ at, on: input.receivedOn, action: 'receive', from: null, to: 'received' }],
        createdAt: at,
        updatedAt: at,
        ...input,
        ...fields,
        id: input.id ?? this.newId('r'),
        reference: input.reference ?? this.nextReference(input.receivedOn),
        dueOn: input.dueOn ?? responseDeadline(input.receivedOn, input.regime).due,
      };
      this.requests.set(request.id, request);
      this.emit();
      return request;
    });
  }

  list() {
    this.guard();
    return [...this.requests.values()].sort((a, b) => {
      if (isOpen(a) !== isOpen(b)) return isOpen(a) ? -1 : 1;
      if (isOpen(a)) return currentDue(a).localeCompare(currentDue(b)) || a.reference.localeCompare(b.reference);
      return (b.closedOn ?? b.updatedAt).localeCompare(a.closedOn ?? a.updatedAt);
    });
  }
  get(id: string) {
    this.guard();
    return this.requests.get(id);
  }
  forPerson(personId: string) {
    return this.list().filter((r) => r.personId === personId);
  }
  create = vi.fn(async (input: AccessRequestInput) => {
    this.guard();
    const fields = this.validate(input);
    const at = new Date().toISOString();
    const request: AccessRequest = {
      ...fields,
      id: this.newId('r'),
      reference: this.nextReference(fields.receivedOn),
      status: 'received',
      dueOn: responseDeadline(fields.receivedOn, fields.regime).due,
      decision: [],
      events: [{ at, on: fields.receivedOn, action: 'receive', from: null, to: 'received' }],
      letters: [],
      attachments: [],
      createdAt: at,
      updatedAt: at,
    };
    this.requests.set(request.id, request);
    this.emit();
    return request;
  });
  update = vi.fn(async (id: string, input: AccessRequestInput) => {
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
    const at = new Date().toISOString();
    const next: AccessRequest = {
      ...existing,
      ...fields,
      dueOn: dueChanges ? responseDeadline(fields.receivedOn, fields.regime).due : existing.dueOn,
      events: [...existing.events, { at, on: this.today(), action: 'correct', from: existing.status, to: existing.status }],
      updatedAt: at,
    };
    this.requests.set(id, next);
    this.emit();
    return next;
  });
  apply = vi.fn(async (id: string, action: AccessAction, letter?: LetterToIssue) => {
    const existing = this.existing(id);
    const expected = letterFor(action);
    if (letter && letter.kind !== expected) throw new RuleViolation('letterMismatch', `This action sends a ${expected ?? 'no'} letter, not a ${letter.kind}.`);
    if (letter && new TextDecoder().decode(letter.pdf.subarray(0, 5)) !== '%PDF-') throw new ValidationError({ pdf: 'validation.notPdf' });
    const at = new Date().toISOString();
    const letterId = letter ? this.newId('l') : undefined;
    let next = applyAction(existing, action, { today: this.today(), at, personKind: this.people().get(existing.personId)?.kind, ...(letterId ? { letterId } : {}) });
    if (letter && letterId) {
      const issued: IssuedLetter = {
        id: letterId,
        kind: letter.kind,
        language: letter.language,
        issuedOn: action.on,
        issuedAt: at,
        sha256: sha256(letter.pdf),
        size: letter.pdf.length,
        paragraphs: { ...letter.paragraphs },
      };
      next = { ...next, letters: [...next.letters, issued] };
      this.documents.set(letterId, letter.pdf.slice());
    }
    this.requests.set(id, next);
    this.emit();
    return next;
  });
  readLetter = vi.fn(async (requestId: string, letterId: string) => {
    const request = this.existing(requestId);
    const letter = request.letters.find((l) => l.id === letterId);
    if (!letter) throw new NotFoundError('letter', letterId);
    return { letter, pdf: this.document(letterId, letter.sha256) };
  });
  addAttachment = vi.fn(async (requestId: string, input: NewAttachment) => {
    const existing = this.existing(requestId);
    // The same checks, in the same order, as EncryptedAccessRequestRepository.addAttachment.
    const fields = attachmentProblems(input);
    const name = input.name.trim();
    // isView, not instanceof: in jsdom a test's bytes may come from another realm's Uint8Array.
    if (!ArrayBuffer.isView(input.bytes) || input.bytes.length === 0) fields.bytes = 'validation.emptyFile';
    else if (input.bytes.length > MAX_ATTACHMENT_BYTES) fields.bytes = 'validation.fileTooLarge';
    if (Object.keys(fields).length) throw new ValidationError(fields);
    const attachment: Attachment = {
      id: this.newId('a'),
      name,
      mediaType: input.mediaType,
      size: input.bytes.length,
      sha256: sha256(input.bytes),
      addedAt: new Date().toISOString(),
      ...(input.description?.trim() ? { description: input.description.trim() } : {}),
    };
    this.documents.set(attachment.id, input.bytes.slice());
    this.requests.set(requestId, { ...existing, attachments: [...existing.attachments, attachment], updatedAt: attachment.addedAt });
    this.emit();
    return attachment;
  });
  readAttachment = vi.fn(async (requestId: string, attachmentId: string) => {
    const request = this.existing(requestId);
    const attachment = request.attachments.find((a) => a.id === attachmentId);
    if (!attachment) throw new NotFoundError('attachment', attachmentId);
    return { attachment, bytes: this.document(attachmentId, attachment.sha256) };
  });
  private document(id: string, expected: string): Uint8Array {
    const bytes = this.documents.get(id);
    if (!bytes || sha256(bytes) !== expected) throw new IntegrityError('documents', id);
    return bytes.slice();
  }
  subscribe(listener: () => void) {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }
}

interface VaultData {
  passphrase: string;
  organisation: OrganisationProfile;
  officer: PrivacyOfficer;
  settings: AppSettings;
  /** The last fixture id handed out (`p1`, `p2`…) by PeopleSeeds. */
  nextPersonId?: number;
  /** The people of the session opened last (the fake access requests look people up there). */
  livePeople?: EncryptedPeopleRepository | null;
  accessRequests?: FakeAccessRequestRepository | null;
  /** The officer's date (YYYY-MM-DD); null for the real local date. */
  today?: string | null;
  /** False while the recovery kit was never confirmed kept; absent means confirmed. */
  kitConfirmed?: boolean;
  /** Write the registers' seeds (purposes…) before the first session opens; default false. */
  seedRegisters?: boolean;
  /** The real store behind `registers`, made when first needed (storeOf). */
  store?: FakeVaultStore | null;
}

/** The key handed out by the fake's rotateKeys and replaceRecoveryKey. */
export const FAKE_NEW_RECOVERY_KEY = 'WXYZ-0123-4567-89AB-CDEF-GHJK-MNPQ-RSTV';

/** The vault's repositories, created once and shared by every session on that vault. */
function repositoriesOf(data: VaultData) {
  const people = () => {
    if (!data.livePeople) throw new Error('No session is open on this fake vault.');
    return data.livePeople;
  };
  data.accessRequests ??= new FakeAccessRequestRepository(people, () => data.today ?? localIsoDate(new Date()));
  return { accessRequests: data.accessRequests };
}

/** The vault's database; the registers' lookups of access requests answer from the fake ones. */
function storeOf(data: VaultData): FakeVaultStore {
  data.store ??= new FakeVaultStore(() => repositoriesOf(data).accessRequests, () => fakeNow(data), data.seedRegisters ?? false);
  return data.store;
}

/** The register's clock: now, or local noon of the officer's date when a test fixed it. */
function fakeNow(data: VaultData): number {
  if (!data.today) return Date.now();
  const [y, m, d] = data.today.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12, 0, 0).getTime();
}

export class FakeSession implements Session {
  locked = false;
  readonly people: FakePeople;
  readonly accessRequests: FakeAccessRequestRepository;
  readonly audit: FakeAuditTrail;
  readonly registers: StoreRegisters;
  constructor(
    private readonly data: VaultData,
    private readonly store: StoreParts,
  ) {
    this.registers = store.registers;
    this.people = spiedPeople(store.people);
    data.livePeople = store.people;
    this.audit = fakeAuditOf(data, () => this.locked);
    // The requests belong to the vault; they refuse once *this* session is locked.
    const { accessRequests } = repositoriesOf(data);
    this.accessRequests = accessRequests;
    this.accessRequests.isLocked = () => this.locked;
  }
  private guard() {
    if (this.locked) throw new VaultLockedError();
  }
  today() {
    this.guard();
    return this.data.today ?? localIsoDate(new Date());
  }
  /** Move the officer's clock, e.g. past midnight while a dialog is open. */
  setToday(today: string) {
    this.data.today = today;
  }
  organisation() {
    this.guard();
    return this.data.organisation;
  }
  officer() {
    this.guard();
    return this.data.officer;
  }
  settings() {
    this.guard();
    return { ...this.data.settings };
  }
  async updateOrganisation(profile: OrganisationProfile) {
    this.guard();
    this.data.organisation = organisationProfileSchema.parse(profile);
  }
  async updateOfficer(officer: PrivacyOfficer) {
    this.guard();
    this.data.officer = privacyOfficerSchema.parse(officer);
  }
  async updateSettings(settings: Partial<AppSettings>) {
    this.guard();
    // Checked like the store does (VaultSession.updateSettings): a refused change keeps the old settings.
    this.data.settings = parseOrThrow(appSettingsSchema, { ...this.data.settings, ...settings });
  }
  changePassphrase = vi.fn(async (current: string, next: string) => {
    this.guard();
    if (current !== this.data.passphrase) throw new WrongPassphraseError(1);
    this.data.passphrase = next;
  });
  rotateKeys = vi.fn(async (current: string, next: string, onProgress?: (fraction: number) => void) => {
    this.guard();
    if (current !== this.data.passphrase) throw new WrongPassphraseError(1);
    onProgress?.(0.5);
    this.data.passphrase = next;
    this.data.kitConfirmed = false;
    return FAKE_NEW_RECOVERY_KEY;
  });
  replaceRecoveryKey = vi.fn(async (current: string) => {
    this.guard();
    if (current !== this.data.passphrase) throw new WrongPassphraseError(1);
    this.data.kitConfirmed = false;
    return FAKE_NEW_RECOVERY_KEY;
  });
  recoveryKitConfirmed() {
    this.guard();
    return this.data.kitConfirmed !== false;
  }
  confirmRecoveryKit = vi.fn(async () => {
    this.guard();
    this.data.kitConfirmed = true;
  });
  lock = vi.fn(() => {
    this.locked = true;
    this.store.key.lock();
  });
  exportSnapshot = vi.fn(async () => {
    this.guard();
    return fakeExportSnapshot(this.data, this.audit, this.store);
  });
  restoreSnapshot = vi.fn(async (snapshot: VaultSnapshot): Promise<RestoreResult> => {
    this.guard();
    await fakeRestoreSnapshot(this.data, this.audit, this.store, snapshot);
    return { raisedSequences: [] };
  });
}

export class FakeVaultGate implements VaultGate {
  data: VaultData | null = null;
  failed = 0;
  nextTryAt: number | null = null;
  lastSession: FakeSession | null = null;
  unlockLanguage: AppSettings['language'] = DEFAULT_SETTINGS.language;
  /** Tries allowed before the gate makes the officer wait `lockoutMs`. */
  maxTries = 5;
  lockoutMs = 30_000;
  /** Whether a vault made by create() or createFromSnapshot() gets the registers' seeds. */
  seedRegisters = false;

  static withVault(overrides: Partial<VaultData> = {}): FakeVaultGate {
    const gate = new FakeVaultGate();
    gate.data = { passphrase: STRONG_PASSPHRASE, organisation: SAMPLE_ORGANISATION, officer: SAMPLE_OFFICER, settings: { ...DEFAULT_SETTINGS }, accessRequests: null, today: null, ...overrides };
    gate.unlockLanguage = gate.data.settings.language;
    return gate;
  }

  /** The vault's people, for seeding before unlock. */
  people(): PeopleSeeds {
    if (!this.data) throw new Error('no vault');
    return new PeopleSeeds(this.data);
  }

  /** The vault's access requests, for seeding before unlock. */
  accessRequests(): FakeAccessRequestRepository {
    if (!this.data) throw new Error('no vault');
    return repositoriesOf(this.data).accessRequests;
  }

  /** The vault's database is open and its seeds (seedRegisters) written. */
  async ready(): Promise<void> {
    if (!this.data) throw new Error('no vault');
    await storeOf(this.data).ready();
  }

  private async open(parts?: StoreParts): Promise<FakeSession> {
    if (!this.data) throw new Error('no vault');
    const data = this.data;
    this.lastSession = new FakeSession(data, parts ?? (await storeOf(data).open()));
    return this.lastSession;
  }

  async exists() {
    return this.data !== null;
  }
  create = vi.fn(async (input: NewVault) => {
    if (this.data) throw new VaultExistsError();
    if ([...input.passphrase].length < 12) throw new WeakPassphraseError(12);
    const organisation = organisationProfileSchema.safeParse(input.organisation);
    const officer = privacyOfficerSchema.safeParse(input.officer);
    if (!organisation.success) throw new ValidationError(issuesToFields(organisation.error.issues));
    if (!officer.success) throw new ValidationError(issuesToFields(officer.error.issues));
    this.data = { passphrase: input.passphrase, organisation: organisation.data, officer: officer.data, settings: { ...DEFAULT_SETTINGS, ...input.settings }, accessRequests: null, today: null, kitConfirmed: false, seedRegisters: this.seedRegisters };
    return { session: await this.open(), recoveryKey: FAKE_RECOVERY_KEY };
  });
  unlock = vi.fn(async (passphrase: string) => {
    if (!this.data) throw new Error('no vault');
    if (this.nextTryAt !== null && this.nextTryAt > Date.now()) throw new TooManyAttemptsError(this.nextTryAt - Date.now());
    if (passphrase !== this.data.passphrase) {
      this.failed += 1;
      if (this.failed >= this.maxTries) this.nextTryAt = Date.now() + this.lockoutMs;
      throw new WrongPassphraseError(this.failed);
    }
    this.failed = 0;
    this.nextTryAt = null;
    return await this.open();
  });
  recover = vi.fn(async (recoveryKey: string, newPassphrase: string) => {
    if (!this.data) throw new Error('no vault');
    const normalise = (key: string) => key.toUpperCase().replace(/[\s-]/g, '');
    if (normalise(recoveryKey) !== normalise(FAKE_RECOVERY_KEY)) throw new WrongRecoveryKeyError();
    if ([...newPassphrase].length < 12) throw new WeakPassphraseError(12);
    this.data.passphrase = newPassphrase;
    this.failed = 0;
    this.nextTryAt = null;
    return await this.open();
  });
  async attempts() {
    return { failed: this.failed, nextTryAt: this.nextTryAt };
  }
  async language() {
    return this.unlockLanguage;
  }
  async setLanguage(language: AppSettings['language']) {
    this.unlockLanguage = language;
  }
  createFromSnapshot = vi.fn(async (passphrase: string, snapshot: VaultSnapshot) => {
    if (this.data) throw new VaultExistsError();
    if ([...passphrase].length < 12) throw new WeakPassphraseError(12);
    this.data = { passphrase, organisation: snapshot.organisation, officer: snapshot.officer, settings: { ...snapshot.settings }, accessRequests: null, today: null, kitConfirmed: false, seedRegisters: this.seedRegisters };
    const parts = await storeOf(this.data).open();
    const session = await this.open(parts);
    await fakeRestoreSnapshot(this.data, session.audit, parts, snapshot);
    // As the store does: a register the archive had nothing for starts with its seed.
    if (this.seedRegisters) await parts.registers.writeSeeds();
    return { session, recoveryKey: FAKE_RECOVERY_KEY };
  });
}

export class FakeHost implements Host {
  private readonly listeners = new Set<(signal: OsSignal) => void>();
  saveFile = vi.fn<Host['saveFile']>(async (request) => ({ saved: true, fileName: request.suggestedName }));
  openFile = vi.fn<Host['openFile']>(async () => null);
  previewPdf = vi.fn<Host['previewPdf']>(async () => undefined);
  printPdf = vi.fn<Host['printPdf']>(async () => undefined);
  closeDocuments = vi.fn<Host['closeDocuments']>(async () => undefined);
  onOsSignal(listener: (signal: OsSignal) => void) {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }
  private readonly menuListeners = new Set<(command: MenuCommand) => void>();
  onMenuCommand(listener: (command: MenuCommand) => void) {
    this.menuListeners.add(listener);
    return () => {
      this.menuListeners.delete(listener);
    };
  }
  menu(command: MenuCommand) {
    for (const listener of this.menuListeners) listener(command);
  }
  emit(signal: OsSignal) {
    for (const listener of this.listeners) listener(signal);
  }
  get listenerCount() {
    return this.listeners.size;
  }
}

/** A request as the officer would record it; tests override what they need (dates, status, due date). */
export function sampleRequest(personId: string, overrides: Partial<SeedRequest> = {}): SeedRequest {
  return {
    personId,
    regime: 'BC_PIPA',
    receivedOn: '2026-03-02',
    channel: 'email',
    inWriting: true,
    informationSought: 'All physiotherapy notes since 2024 (synthetic)',
    language: 'en',
    ...overrides,
  };
}

// ---- Audit trail and snapshots (store/contract.ts: Session.audit, exportSnapshot, restoreSnapshot,
// VaultGate.createFromSnapshot). Kept together here; the chain is the real one (domain/auditChain.ts).

/** The audit trail in memory, chained with the real hash function; one per fake vault. */
export class FakeAuditTrail implements AuditTrail {
  entries: AuditEntry[] = [];
  private readonly listeners = new Set<() => void>();
  isLocked: () => boolean = () => false;
  /** What verify() answers; a test sets it to show a broken trail. */
  verification: AuditVerification | null = null;

  private guard() {
    if (this.isLocked()) throw new VaultLockedError();
  }
  list(filter: AuditFilter = {}) {
    this.guard();
    const ids = filter.entityIds ? new Set(filter.entityIds) : null;
    return [...this.entries].reverse().filter((e) => {
      const day = localIsoDate(new Date(e.at));
      return (
        (!filter.action || e.action === filter.action) &&
        (!filter.entityKind || e.entityKind === filter.entityKind) &&
        (!filter.entityId || e.entityId === filter.entityId) &&
        (!ids || (e.entityId !== null && ids.has(e.entityId))) &&
        (!filter.from || day >= filter.from) &&
        (!filter.to || day <= filter.to)
      );
    });
  }
  record = vi.fn(async (event: AuditEvent) => {
    this.guard();
    const last = this.entries.at(-1) ?? null;
    const entry = await chainAuditEntry(last, { ...event, at: new Date().toISOString() });
    this.entries.push(entry);
    for (const listener of [...this.listeners]) listener();
    return entry;
  });
  verify = vi.fn(async (): Promise<AuditVerification> => {
    this.guard();
    return this.verification ?? verifyAuditChain(this.entries);
  });
  /** What damage() answers; a test sets it to show a damaged trail. */
  damaged: AuditDamage[] = [];
  damage() {
    this.guard();
    return this.damaged;
  }
  /** The fake's entries are all in memory from the start: ready at once. */
  async ready() {
    this.guard();
  }
  isReady() {
    return true;
  }
  subscribe(listener: () => void) {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }
}

const fakeAudits = new WeakMap<VaultData, FakeAuditTrail>();

function fakeAuditOf(data: VaultData, isLocked: () => boolean): FakeAuditTrail {
  let trail = fakeAudits.get(data);
  if (!trail) {
    trail = new FakeAuditTrail();
    fakeAudits.set(data, trail);
  }
  trail.isLocked = isLocked;
  return trail;
}

/** The fakes' private maps, reached for snapshots only. */
type FakeInternals = { requests: Map<string, AccessRequest>; documents: Map<string, Uint8Array> };
const internals = (repo: unknown) => repo as FakeInternals;

async function fakeExportSnapshot(data: VaultData, audit: FakeAuditTrail, store: StoreParts): Promise<VaultSnapshot> {
  const { accessRequests } = repositoriesOf(data);
  const requests = [...internals(accessRequests).requests.values()];
  const documents = requests.flatMap((r) => [
    ...r.letters.map((l) => ({ id: l.id, requestId: r.id, kind: 'letter' as const, bytes: internals(accessRequests).documents.get(l.id)!.slice() })),
    ...r.attachments.map((a) => ({ id: a.id, requestId: r.id, kind: 'attachment' as const, bytes: internals(accessRequests).documents.get(a.id)!.slice() })),
  ]);
  const sequences = new Map<string, number>();
  for (const r of requests) {
    const [, year, n] = /^AR-(\d{4})-(\d+)$/.exec(r.reference) ?? [];
    if (year) sequences.set(`AR-${year}`, Math.max(sequences.get(`AR-${year}`) ?? 0, Number(n)));
  }
  return {
    organisation: data.organisation,
    officer: data.officer,
    settings: { ...data.settings },
    people: [...store.people.list({ includeArchived: true })],
    accessRequests: requests,
    registers: store.registers.snapshot(),
    sequences: [...[...sequences].map(([id, last]) => ({ id, last })), ...(await storeOf(data).sequences())],
    documents,
    audit: [...audit.entries],
  };
}

async function fakeRestoreSnapshot(data: VaultData, audit: FakeAuditTrail, store: StoreParts, snapshot: VaultSnapshot): Promise<void> {
  const chain = await verifyAuditChain(snapshot.audit);
  if (!chain.ok) throw new SnapshotInvalidError(`the audit trail is broken at entry ${chain.brokenAt} (${chain.reason})`);
  // The registers first: the real store refuses a bad record before the fakes' memory changes.
  await storeOf(data).restore(store, snapshot);
  const { accessRequests } = repositoriesOf(data);
  const r = internals(accessRequests);
  r.requests.clear();
  for (const request of snapshot.accessRequests) r.requests.set(request.id, request);
  r.documents.clear();
  for (const document of snapshot.documents) r.documents.set(document.id, document.bytes.slice());
  data.organisation = snapshot.organisation;
  data.officer = snapshot.officer;
  data.settings = { ...snapshot.settings };
  const last = snapshot.audit.at(-1) ?? null;
  const restore = await chainAuditEntry(last, { at: new Date().toISOString(), action: 'restore', entityKind: 'vault', entityId: null, fields: [] });
  audit.entries = [...snapshot.audit, restore];
}
