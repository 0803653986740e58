// The purposes register's definition: its fields, its two rules (a unique active name; a provision
// for a purpose without consent), its seed from the privacy policy (principle 2) and its CSV.
import { describe, expect, it } from 'vitest';
import type { RegisterRecord, RuleContext } from '../../../renderer/src/domain/registers/definition';
import {
  INFORMATION_CATEGORIES,
  purposeNameKey,
  purposesRegister,
  type Purpose,
  type PurposeInput,
} from '../../../renderer/src/domain/registers/purposes';
import { RuleViolation } from '../../../renderer/src/domain/ruleViolation';

const entered = purposesRegister.fields('entered');

function input(overrides: Partial<PurposeInput> = {}): PurposeInput {
  return entered.parse({
    name: 'Process payroll',
    authority: 'consent',
    categories: ['employment', 'financial'],
    noticeMethod: 'written',
    noticeTiming: 'atCollection',
    ...overrides,
  });
}

function record(name: string, extra: Partial<Purpose> = {}): Purpose {
  return { ...input({ name }), id: `id-${name}`, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', ...extra };
}

function context(records: readonly RegisterRecord[], existing?: RegisterRecord): RuleContext {
  return {
    today: '2026-03-09' as RuleContext['today'],
    existing,
    get: (_register, id) => records.find((r) => r.id === id),
    list: (register) => (register === 'purposes' ? records : []),
    personKind: () => undefined,
  };
}

function violationOf(run: () => void): RuleViolation {
  try {
    run();
  } catch (error) {
    if (error instanceof RuleViolation) return error;
    throw error;
  }
  throw new Error('expected a RuleViolation');
}

describe('purpose fields', () => {
  it('trims text and accepts optional text left empty', () => {
    const parsed = input({ name: '  Process payroll  ', retention: '  ', recipients: undefined });
    expect(parsed.name).toBe('Process payroll');
    expect(parsed.retention ?? '').toBe('');
    expect(parsed.recipients).toBeUndefined();
  });

  it('refuses a purpose without a name', () => {
    const result = entered.safeParse({ ...input(), name: '   ' });
    expect(result.error?.issues[0]).toMatchObject({ path: ['name'], message: 'validation.required' });
  });

  it('refuses a purpose with no category of information (PIPEDA Sch.1 4.2: what is collected is documented)', () => {
    const result = entered.safeParse({ name: 'X', authority: 'consent', categories: [], noticeMethod: 'oral', noticeTiming: 'atCollection' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['categories'], message: 'validation.purposeCategories' });
  });

  it('refuses a category outside the fixed list, and the same category twice', () => {
    expect(entered.safeParse({ ...input(), categories: ['genetic'] }).success).toBe(false);
    expect(entered.safeParse({ ...input(), categories: ['health', 'health'] }).success).toBe(false);
  });

  it('refuses a hidden control character in a new name, but keeps it in a stored record', () => {
    const withControl = { ...input(), name: 'Pay\u202eroll' };
    expect(entered.safeParse(withControl).success).toBe(false);
    expect(purposesRegister.fields('stored').safeParse(withControl).success).toBe(true);
  });

  it('refuses a notice method or timing the Act does not describe (BC PIPA s.10(1): verbally or in writing, on or before collection)', () => {
    expect(entered.safeParse({ ...input(), noticeMethod: 'telepathy' }).success).toBe(false);
    expect(entered.safeParse({ ...input(), noticeTiming: 'afterCollection' }).success).toBe(false);
  });
});

describe('purpose rules', () => {
  const check = (value: PurposeInput, ctx: RuleContext) => purposesRegister.check!(value, ctx);

  it('PIPEDA s.7, BC PIPA ss.12/15/18: a purpose without consent must name its provision', () => {
    const error = violationOf(() => check(input({ authority: 'withoutConsent' }), context([])));
    expect(error.rule).toBe('purposeProvisionRequired');
    expect(error.field).toBe('provision');
    expect(() => check(input({ authority: 'withoutConsent', provision: '  ' }), context([]))).toThrow(RuleViolation);
    expect(() => check(input({ authority: 'withoutConsent', provision: 'BC PIPA s.18(1)(o)' }), context([]))).not.toThrow();
  });

  it('a name already used by an active purpose is refused, ignoring case, accents and spacing', () => {
    const existing = [record('Enquêtes de satisfaction')];
    const error = violationOf(() => check(input({ name: 'ENQUETES  de SATISFACTION' }), context(existing)));
    expect(error.rule).toBe('purposeNameTaken');
    expect(error.field).toBe('name');
    expect(error.params).toEqual({ name: 'ENQUETES  de SATISFACTION' });
  });

  it('a retired purpose’s name may be reused by its replacement', () => {
    const existing = [record('Conduct surveys', { retiredAt: '2026-02-01T00:00:00.000Z' })];
    expect(() => check(input({ name: 'Conduct surveys' }), context(existing))).not.toThrow();
  });

  it('editing a purpose may keep its own name', () => {
    const own = record('Conduct surveys');
    expect(() => check(input({ name: 'conduct surveys' }), context([own], own))).not.toThrow();
    expect(() => check(input({ name: 'conduct surveys' }), context([own, record('Other')], record('Other')))).toThrow(RuleViolation);
  });

  it('the name key folds case, accents and runs of spaces', () => {
    expect(purposeNameKey(' Élaborer  les  Services ')).toBe('elaborer les services');
  });
});

describe('purpose seed (privacy policy, principle 2)', () => {
  const seed = purposesRegister.seed!();

  it('holds the policy’s seven purposes, each valid new input with distinct names', () => {
    expect(seed.map((p) => p.name)).toEqual([
      'Deliver requested services',
      'Keep service standards',
      'Meet legal and regulatory requirements',
      'Tell people about services',
      'Understand their interests',
      'Develop and improve services',
      'Conduct surveys',
    ]);
    for (const purpose of seed) expect(entered.safeParse(purpose).success, purpose.name).toBe(true);
  });

  it('passes its own rules when written one after another into an empty register', () => {
    const written: Purpose[] = [];
    for (const purpose of seed) {
      purposesRegister.check!(purpose, context(written));
      written.push({ ...purpose, id: `s${written.length}`, createdAt: '', updatedAt: '' });
    }
    expect(written).toHaveLength(7);
  });

  it('only the legal and regulatory purpose is without consent, on “required or authorized by law”', () => {
    const withoutConsent = seed.filter((p) => p.authority === 'withoutConsent');
    expect(withoutConsent.map((p) => p.name)).toEqual(['Meet legal and regulatory requirements']);
    expect(withoutConsent[0]!.provision).toMatch(/required or authorized by law/i);
  });
});

describe('purpose CSV, order and label', () => {
  const csv = (purpose: Purpose) =>
    Object.fromEntries(purposesRegister.csv.map((c) => [c.id, c.value(purpose, { personName: () => undefined, label: () => undefined })]));

  it('gives the columns the brief asks for, with terms for the words the screen translates', () => {
    const row = csv(record('Payroll', { authority: 'withoutConsent', provision: 's.18(1)(o)', retiredAt: '2026-02-01T00:00:00.000Z' }));
    expect(Object.keys(row)).toEqual(['name', 'authority', 'provision', 'categories', 'retention', 'recipients', 'notice', 'status']);
    expect(row).toMatchObject({
      name: 'Payroll',
      authority: { term: 'registers.purposes.authorities.withoutConsent' },
      provision: 's.18(1)(o)',
      categories: { terms: ['registers.purposes.categories.employment', 'registers.purposes.categories.financial'] },
      notice: { term: 'registers.purposes.notice.written_atCollection' },
      status: { term: 'registers.purposes.status.retired' },
    });
    expect(csv(record('Active')).status).toEqual({ term: 'registers.purposes.status.active' });
  });

  it('orders by name, accent-insensitively, and labels a purpose by its name', () => {
    const names = [record('Zèbre'), record('enquêtes'), record('Élaborer')].sort(purposesRegister.compare).map(purposesRegister.label);
    expect(names).toEqual(['Élaborer', 'enquêtes', 'Zèbre']);
  });

  it('keeps nothing but the authority in the clear', () => {
    expect(Object.keys(purposesRegister.index)).toEqual(['authority']);
    expect(INFORMATION_CATEGORIES).toContain('accountService');
  });
});
