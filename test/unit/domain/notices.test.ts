// The notices register: dated versions of the privacy notice and the agreement terms. A version is
// never edited once in effect (a new version replaces it); labels and effective days are unique
// within a document; the purposes it changes must exist and take consent; its status on a day.
import { describe, expect, it } from 'vitest';
import type { RegisterRecord, RuleContext } from '../../../renderer/src/domain/registers/definition';
import { consentsRegister, type ConsentInput } from '../../../renderer/src/domain/registers/consents';
import { noticeStatus, noticesRegister, type NoticeVersion, type NoticeVersionInput } from '../../../renderer/src/domain/registers/notices';
import { ruleViolationOf as violation } from '../../fixtures/accessRequestRecord';

const TODAY = '2026-03-10';
const schema = noticesRegister.fields('entered');

function input(overrides: Partial<NoticeVersionInput> = {}): NoticeVersionInput {
  return schema.parse({ document: 'privacyNotice', version: 'v1', effectiveOn: '2026-01-01', text: 'We use your contact details to send the newsletter.', changes: '', changedPurposeIds: [], ...overrides });
}
let n = 0;
function stored(values: NoticeVersionInput, extra: Partial<RegisterRecord> = {}): NoticeVersion {
  n += 1;
  return { ...values, id: `n${n}`, createdAt: `2026-01-01T00:00:0${n % 10}.000Z`, updatedAt: '2026-01-01T00:00:00.000Z', ...extra };
}
const PURPOSES: RegisterRecord[] = [
  { id: 'u1', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' },
  { id: 'old', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', retiredAt: '2026-02-01T00:00:00.000Z' },
];
function contextWith(versions: NoticeVersion[], existing?: NoticeVersion): RuleContext {
  return {
    today: TODAY,
    ...(existing ? { existing } : {}),
    get: (register, id) => (register === 'purposes' ? PURPOSES : register === 'notices' ? versions : []).find((r) => r.id === id),
    list: (register) => (register === 'notices' ? versions : []),
    personKind: () => 'client',
  };
}
const check = (values: NoticeVersionInput, versions: NoticeVersion[] = [], existing?: NoticeVersion) => () => noticesRegister.check!(values, contextWith(versions, existing));

describe('the fields', () => {
  it('a version needs its document, label, effective date and text; a purpose named twice is refused', () => {
    const result = schema.safeParse({ document: 'privacyNotice', version: '', effectiveOn: '2026-13-01', text: '', changedPurposeIds: ['u1', 'u1'] });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(['changedPurposeIds', 'effectiveOn', 'text', 'version']);
    expect(schema.safeParse({ ...input(), document: 'contract' }).success).toBe(false);
  });

  it('keeps older stored versions readable: a purpose id listed twice still opens', () => {
    expect(noticesRegister.fields('stored').safeParse({ ...input(), changedPurposeIds: ['u1', 'u1'] }).success).toBe(true);
  });
});

describe('the rules', () => {
  it('refuses any edit of a version once it has taken effect, with the date, and allows it the day before', () => {
    const inEffect = stored(input({ effectiveOn: TODAY }));
    const v = violation(check(input({ effectiveOn: TODAY, text: 'A typo fixed' }), [inEffect], inEffect));
    expect(v.rule).toBe('noticeVersionInEffect');
    expect(v.params).toEqual({ date: TODAY });
    const upcoming = stored(input({ effectiveOn: '2026-03-11' }));
    expect(check(input({ effectiveOn: '2026-03-11', text: 'Reworded before it applies' }), [upcoming], upcoming)).not.toThrow();
  });

  it('refuses a change to the purposes of a version in effect, but not writing it back unchanged', () => {
    const inEffect = stored(input({ changedPurposeIds: ['u1'] }));
    expect(violation(check(input({ changedPurposeIds: [] }), [inEffect], inEffect)).rule).toBe('noticeVersionInEffect');
    expect(check(input({ changedPurposeIds: ['u1'] }), [inEffect], inEffect)).not.toThrow();
  });

  it('refuses a label or an effective day another version of the same document has, not one of the other document', () => {
    const v1 = stored(input({ version: 'V 1', effectiveOn: '2026-01-01' }));
    expect(violation(check(input({ version: 'v1', effectiveOn: '2026-02-01' }), [v1])).rule).toBe('noticeVersionTaken');
    expect(violation(check(input({ version: 'v2', effectiveOn: '2026-01-01' }), [v1]))).toMatchObject({ rule: 'noticeDateTaken', field: 'effectiveOn' });
    expect(check(input({ document: 'agreementTerms', version: 'v1', effectiveOn: '2026-01-01' }), [v1])).not.toThrow();
  });

  it('refuses a changed purpose that does not exist or is retired', () => {
    expect(violation(check(input({ changedPurposeIds: ['gone'] }))).rule).toBe('noticePurposeMissing');
    expect(violation(check(input({ changedPurposeIds: ['old'] }))).rule).toBe('noticePurposeRetired');
    expect(check(input({ effectiveOn: '2026-04-01', changedPurposeIds: ['u1'] }))).not.toThrow();
  });
});

describe('the status on a day', () => {
  it('is upcoming, current, superseded or retired', () => {
    const v1 = stored(input({ version: 'v1', effectiveOn: '2026-01-01' }));
    const v2 = stored(input({ version: 'v2', effectiveOn: TODAY }));
    const v3 = stored(input({ version: 'v3', effectiveOn: '2026-03-11' }));
    const terms = stored(input({ document: 'agreementTerms', effectiveOn: '2025-01-01' }));
    const gone = stored(input({ version: 'v0', effectiveOn: '2025-01-01' }), { retiredAt: '2026-01-02T00:00:00.000Z' });
    const all = [v1, v2, v3, terms, gone];
    expect(all.map((v) => noticeStatus(v, all, TODAY))).toEqual(['superseded', 'current', 'upcoming', 'current', 'retired']);
    expect(noticeStatus(v1, all, '2026-03-09')).toBe('current');
  });
});

describe('a consent naming the version shown', () => {
  const consentSchema = consentsRegister.fields('entered');
  const consent = (overrides: Record<string, unknown>) =>
    consentSchema.safeParse({ action: 'given', personId: 'p1', purposeId: 'u1', how: 'written', kind: 'express', givenBy: 'person', givenOn: '2026-02-01', notice: '', ...overrides });

  it('needs the version or the notice text; either alone will do', () => {
    const neither = consent({});
    expect(neither.error!.issues).toEqual([expect.objectContaining({ path: ['notice'], message: 'validation.consentNotice' })]);
    expect(consent({ noticeVersionId: 'n1' }).success).toBe(true);
    expect(consent({ notice: 'Privacy notice v3 (paper)' }).success).toBe(true);
    // An entry recorded before versions existed, as stored: text only.
    expect(consentsRegister.fields('stored').safeParse({ action: 'given', personId: 'p1', purposeId: 'u1', how: 'written', kind: 'express', givenBy: 'person', givenOn: '2025-02-01', notice: 'Old notice' }).success).toBe(true);
  });

  it('refuses a version that took effect after the consent was given', () => {
    const v2 = stored(input({ version: 'v2', effectiveOn: '2026-02-02' }));
    const values = consent({ noticeVersionId: v2.id }).data as ConsentInput;
    const v = violation(() => consentsRegister.check!(values, { ...contextWith([v2]), list: () => [] }));
    expect(v).toMatchObject({ rule: 'consentNoticeNotInEffect', field: 'noticeVersionId', params: { date: '2026-02-02' } });
    expect(() => consentsRegister.check!({ ...values, givenOn: '2026-02-02' }, { ...contextWith([v2]), list: () => [] })).not.toThrow();
  });
});
