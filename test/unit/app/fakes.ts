// In-memory fakes that honour store/contract.ts: validation with the domain schemas, the same error
// classes, lock() making every call throw. Screens are tested against these, not against Dexie.
import { vi } from 'vitest';
import { organisationProfileSchema, privacyOfficerSchema, type OrganisationProfile, type PrivacyOfficer } from '../../../renderer/src/domain/organisation';
import { personInputSchema, type Person, type PersonInput } from '../../../renderer/src/domain/person';
import type { Host, OsSignal } from '../../../renderer/src/host/host';
import { DEFAULT_SETTINGS, type AppSettings, type NewVault, type PeopleRepository, type Session, type VaultGate } from '../../../renderer/src/store/contract';
import {
  NotFoundError,
  TooManyAttemptsError,
  ValidationError,
  VaultExistsError,
  VaultLockedError,
  WeakPassphraseError,
  WrongPassphraseError,
  WrongRecoveryKeyError,
} from '../../../renderer/src/store/errors';

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

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export class FakePeopleRepository implements PeopleRepository {
  private readonly people = new Map<string, Person>();
  private readonly listeners = new Set<() => void>();
  private nextId = 1;
  /** The session that owns this repository sets this, so calls after lock() throw. */
  isLocked: () => boolean = () => false;

  private guard() {
    if (this.isLocked()) throw new VaultLockedError();
  }
  private sorted(includeArchived = false): Person[] {
    return [...this.people.values()]
      .filter((p) => includeArchived || !p.archivedAt)
      .sort((a, b) => a.familyName.localeCompare(b.familyName) || a.givenName.localeCompare(b.givenName));
  }
  private emit() {
    for (const listener of this.listeners) listener();
  }
  private validate(input: PersonInput): PersonInput {
    const parsed = personInputSchema.safeParse(input);
    if (!parsed.success) throw new ValidationError(issuesToFields(parsed.error.issues));
    return parsed.data;
  }
  /** Seed without validation, for fixtures. */
  seed(inputs: PersonInput[]): Person[] {
    return inputs.map((input) => {
      const now = new Date().toISOString();
      const person: Person = { ...input, id: `p${this.nextId++}`, createdAt: now, updatedAt: now };
      this.people.set(person.id, person);
      return person;
    });
  }

  list(options?: { includeArchived?: boolean }) {
    this.guard();
    return this.sorted(options?.includeArchived);
  }
  search(query: string, options?: { includeArchived?: boolean; limit?: number }) {
    this.guard();
    const q = fold(query.trim());
    return this.sorted(options?.includeArchived)
      .filter((p) => [p.givenName, p.familyName, p.email ?? '', p.externalRef ?? ''].some((field) => fold(field).includes(q)))
      .slice(0, options?.limit ?? 200);
  }
  get(id: string) {
    this.guard();
    return this.people.get(id);
  }
  count(options?: { includeArchived?: boolean }) {
    this.guard();
    return this.sorted(options?.includeArchived).length;
  }
  add = vi.fn(async (input: PersonInput) => {
    this.guard();
    const [person] = this.seed([this.validate(input)]);
    this.emit();
    return person as Person;
  });
  update = vi.fn(async (id: string, input: PersonInput) => {
    this.guard();
    const existing = this.people.get(id);
    if (!existing) throw new NotFoundError('person', id);
    const person: Person = { ...this.validate(input), id, createdAt: existing.createdAt, updatedAt: new Date().toISOString(), archivedAt: existing.archivedAt };
    this.people.set(id, person);
    this.emit();
    return person;
  });
  archive = vi.fn(async (id: string) => this.setArchived(id, new Date().toISOString()));
  unarchive = vi.fn(async (id: string) => this.setArchived(id, undefined));
  private setArchived(id: string, archivedAt: string | undefined) {
    this.guard();
    const existing = this.people.get(id);
    if (!existing) throw new NotFoundError('person', id);
    const person = { ...existing, archivedAt };
    this.people.set(id, person);
    this.emit();
    return person;
  }
  subscribe(listener: () => void) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

interface VaultData {
  passphrase: string;
  organisation: OrganisationProfile;
  officer: PrivacyOfficer;
  settings: AppSettings;
  people: FakePeopleRepository | null;
}

export class FakeSession implements Session {
  locked = false;
  readonly people: FakePeopleRepository;
  constructor(private readonly data: VaultData) {
    // The people belong to the vault; the repository refuses once *this* session is locked.
    this.people = data.people ?? new FakePeopleRepository();
    data.people = this.people;
    this.people.isLocked = () => this.locked;
  }
  private guard() {
    if (this.locked) throw new VaultLockedError();
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
    this.data.settings = { ...this.data.settings, ...settings };
  }
  changePassphrase = vi.fn(async (current: string, next: string) => {
    this.guard();
    if (current !== this.data.passphrase) throw new WrongPassphraseError(1);
    this.data.passphrase = next;
  });
  lock = vi.fn(() => {
    this.locked = true;
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

  static withVault(overrides: Partial<VaultData> = {}): FakeVaultGate {
    const gate = new FakeVaultGate();
    gate.data = { passphrase: STRONG_PASSPHRASE, organisation: SAMPLE_ORGANISATION, officer: SAMPLE_OFFICER, settings: { ...DEFAULT_SETTINGS }, people: null, ...overrides };
    gate.unlockLanguage = gate.data.settings.language;
    return gate;
  }

  /** The vault's people, for seeding before unlock. */
  people(): FakePeopleRepository {
    if (!this.data) throw new Error('no vault');
    this.data.people ??= new FakePeopleRepository();
    return this.data.people;
  }

  private open(): FakeSession {
    if (!this.data) throw new Error('no vault');
    this.lastSession = new FakeSession(this.data);
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
    this.data = { passphrase: input.passphrase, organisation: organisation.data, officer: officer.data, settings: { ...DEFAULT_SETTINGS, ...input.settings }, people: null };
    return { session: this.open(), recoveryKey: FAKE_RECOVERY_KEY };
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
    return this.open();
  });
  recover = vi.fn(async (recoveryKey: string, newPassphrase: string) => {
    if (!this.data) throw new Error('no vault');
    const normalise = (key: string) => key.toUpperCase().replace(/[\s-]/g, '');
    if (normalise(recoveryKey) !== normalise(FAKE_RECOVERY_KEY)) throw new WrongRecoveryKeyError();
    if ([...newPassphrase].length < 12) throw new WeakPassphraseError(12);
    this.data.passphrase = newPassphrase;
    this.failed = 0;
    this.nextTryAt = null;
    return this.open();
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
}

export class FakeHost implements Host {
  private readonly listeners = new Set<(signal: OsSignal) => void>();
  saveFile = vi.fn<Host['saveFile']>(async (request) => ({ saved: true, fileName: request.suggestedName }));
  openFile = vi.fn<Host['openFile']>(async () => null);
  previewPdf = vi.fn<Host['previewPdf']>(async () => undefined);
  printPdf = vi.fn<Host['printPdf']>(async () => undefined);
  onOsSignal(listener: (signal: OsSignal) => void) {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }
  emit(signal: OsSignal) {
    for (const listener of this.listeners) listener(signal);
  }
  get listenerCount() {
    return this.listeners.size;
  }
}
