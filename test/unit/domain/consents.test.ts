// The consent register (privacy policy 3; PIPEDA Sch.1 4.3; BC PIPA ss.6–9): what each entry must
// hold, the withdrawal rules (s.9(2) consequences explained; never before the consent; only a consent
// in force), the state on a day (expiry boundary) and the mail-out list (policy 3.3).
import { describe, expect, it } from 'vitest';
import { consentState, mailOutList, type ConsentFacts } from '../../../renderer/src/domain/consentState';
import { consentsRegister, type ConsentEntry, type ConsentInput } from '../../../renderer/src/domain/registers/consents';
import type { RegisterRecord, RuleContext } from '../../../renderer/src/domain/registers/definition';
import { disclosuresRegister, type DisclosureInput } from '../../../renderer/src/domain/registers/disclosures';
import { ruleViolationOf as violation } from '../../fixtures/accessRequestRecord';

const TODAY = '2026-03-10';
const schema = consentsRegister.fields('entered');

function given(overrides: Record<string, unknown> = {}): ConsentInput {
  return schema.parse({ action: 'given', personId: 'p1', purposeId: 'u1', how: 'written', kind: 'express', givenBy: 'person', givenOn: '2026-01-05', notice: 'Notice v1', expiresOn: '', ...overrides });
}
function withdrawal(overrides: Record<string, unknown> = {}): ConsentInput {
  return schema.parse({ action: 'withdrawn', personId: 'p1', purposeId: 'u1', how: 'oral', withdrawnOn: '2026-02-01', consequencesExplained: true, consequences: 'No more newsletters', ...overrides });
}
let n = 0;
function stored(input: ConsentInput): ConsentEntry {
  n += 1;
  return { ...input, id: `c${n}`, createdAt: `2026-01-01T00:00:0${n % 10}.000Z`, updatedAt: '2026-01-01T00:00:00.000Z' };
}
function contextWith(entries: ConsentEntry[], purposes: RegisterRecord[] = []): RuleContext {
  return {
    today: TODAY,
    get: (register, id) => (register === 'purposes' ? purposes.find((p) => p.id === id) : undefined),
    list: (register, where) => (register === 'consents' ? entries.filter((e) => !where || (e as unknown as Record<string, unknown>)[where.column] === where.value) : []),
    personKind: () => 'client',
  };
}
const check = (input: ConsentInput, entries: ConsentEntry[] = [], purposes: RegisterRecord[] = []) => () => consentsRegister.check!(input, contextWith(entries, purposes));

describe('the fields', () => {
  it('a consent needs its kind, who gave it, the date and the notice', () => {
    const result = schema.safeParse({ action: 'given', personId: 'p1', purposeId: 'u1', how: 'written' });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(['givenBy', 'givenOn', 'kind', 'notice']);
  });

  it('a consent given by a representative names the representative', () => {
    const result = schema.safeParse({ ...given(), givenBy: 'representative' });
    expect(result.error!.issues).toEqual([expect.objectContaining({ path: ['representativeName'], message: 'validation.required' })]);
    expect(given({ givenBy: 'representative', representativeName: 'Ann Agent' }).representativeName).toBe('Ann Agent');
  });

  it('BC PIPA s.9(2): a withdrawal is refused unless the consequences were explained, and says which', () => {
    const result = schema.safeParse({ ...withdrawal(), consequencesExplained: false, consequences: '' });
    expect(result.error!.issues.map((i) => `${i.path.join('.')}:${i.message}`).sort()).toEqual([
      'consequences:validation.required',
      'consequencesExplained:validation.consequencesExplained',
    ]);
  });

  it('a blank expiry is absent, and no personal information is a clear column', () => {
    const entry = stored(given());
    expect(entry.expiresOn).toBeUndefined();
    const clear = Object.values(consentsRegister.index).map((f) => f(entry));
    expect(clear).toEqual(['p1', 'u1', 'given', '2026-01-05']);
  });
});

describe('the rules', () => {
  it('refuses a consent dated in the future', () => {
    expect(violation(check(given({ givenOn: '2026-03-11' })))).toMatchObject({ rule: 'futureDate', field: 'givenOn' });
    expect(() => check(given({ givenOn: TODAY }))()).not.toThrow();
  });

  it('refuses an expiry on or before the day the consent was given', () => {
    expect(violation(check(given({ expiresOn: '2026-01-05' })))).toMatchObject({ rule: 'consentExpiryBeforeGiven', field: 'expiresOn' });
    expect(() => check(given({ expiresOn: '2026-01-06' }))()).not.toThrow();
  });

  it('refuses a consent for a retired purpose, with its own message', () => {
    const retired = { id: 'u1', createdAt: '', updatedAt: '', retiredAt: '2026-01-01T00:00:00.000Z' };
    const refused = violation(check(given(), [], [retired]));
    expect(refused).toMatchObject({ rule: 'consentPurposeRetired', field: 'purposeId' });
    expect(refused.message).toMatch(/retired purpose/);
  });

  it('a withdrawal of a consent to a retired purpose is still recorded', () => {
    const retired = { id: 'u1', createdAt: '', updatedAt: '', retiredAt: '2026-01-20T00:00:00.000Z' };
    expect(() => check(withdrawal(), [stored(given())], [retired])()).not.toThrow();
  });

  it('refuses a withdrawal with no consent in force for that person and purpose', () => {
    expect(violation(check(withdrawal()))).toMatchObject({ rule: 'consentNotInForce' });
    // Another purpose's consent does not count.
    expect(violation(check(withdrawal(), [stored(given({ purposeId: 'u2' }))]))).toMatchObject({ rule: 'consentNotInForce' });
    // Nor one already withdrawn.
    const consent = stored(given());
    expect(violation(check(withdrawal({ withdrawnOn: '2026-02-05' }), [consent, stored(withdrawal())]))).toMatchObject({ rule: 'consentNotInForce' });
  });

  it('refuses a withdrawal dated before the consent it withdraws, citing the consent’s date', () => {
    const refused = violation(check(withdrawal({ withdrawnOn: '2026-01-04' }), [stored(given())]));
    expect(refused).toMatchObject({ rule: 'withdrawalBeforeConsent', params: { date: '2026-01-05' }, field: 'withdrawnOn' });
  });

  it('refuses a withdrawal of an expired consent', () => {
    expect(violation(check(withdrawal(), [stored(given({ expiresOn: '2026-02-01' }))]))).toMatchObject({ rule: 'consentNotInForce' });
  });

  it('history is not rewritten: a correction may not change the person, purpose, action or date', () => {
    const consent = stored(given());
    const context = { ...contextWith([consent]), existing: consent };
    expect(violation(() => consentsRegister.check!(given({ givenOn: '2026-01-06' }), context))).toMatchObject({ rule: 'consentHistoryFixed' });
    expect(() => consentsRegister.check!(given({ notice: 'Notice v1 (typo fixed)' }), context)).not.toThrow();
  });

  it('a correction of a withdrawal is checked without the withdrawal itself', () => {
    const consent = stored(given());
    const out = stored(withdrawal());
    const context = { ...contextWith([consent, out]), existing: out };
    expect(() => consentsRegister.check!(withdrawal({ consequences: 'Corrected text' }), context)).not.toThrow();
  });
});

describe('consentState and the expiry boundary', () => {
  const consent = stored(given({ expiresOn: '2026-06-01' }));
  it('is in force the day before the expiry and expired on it', () => {
    expect(consentState([consent], 'p1', 'u1', '2026-05-31')).toMatchObject({ state: 'inForce', entry: consent });
    expect(consentState([consent], 'p1', 'u1', '2026-06-01')).toMatchObject({ state: 'expired', entry: consent });
  });
  it('none before the consent, for another person or another purpose', () => {
    expect(consentState([consent], 'p1', 'u1', '2026-01-04').state).toBe('none');
    expect(consentState([consent], 'p2', 'u1', TODAY).state).toBe('none');
    expect(consentState([consent], 'p1', 'u2', TODAY).state).toBe('none');
  });
  it('withdrawn from the withdrawal’s date, naming the withdrawal and the consent it ended; a later consent puts it back in force', () => {
    const out = stored(withdrawal());
    expect(consentState([consent, out], 'p1', 'u1', '2026-01-31').state).toBe('inForce');
    expect(consentState([consent, out], 'p1', 'u1', '2026-02-01')).toMatchObject({ state: 'withdrawn', entry: out, consent });
    const again = stored(given({ givenOn: '2026-03-01' }));
    expect(consentState([again, consent, out], 'p1', 'u1', TODAY)).toMatchObject({ state: 'inForce', entry: again });
  });
});

describe('mailOutList (policy 3.3)', () => {
  it('lists express and opt-out consents in force; not implied, withdrawn, expired or other purposes', () => {
    const entries: ConsentFacts[] = [
      stored(given({ personId: 'express' })),
      stored(given({ personId: 'optOut', kind: 'optOut' })),
      stored(given({ personId: 'implied', kind: 'implied' })),
      stored(given({ personId: 'deemed', kind: 'deemed' })),
      stored(given({ personId: 'gone' })),
      stored(withdrawal({ personId: 'gone' })),
      stored(given({ personId: 'expired', expiresOn: TODAY })),
      stored(given({ personId: 'other', purposeId: 'u2' })),
    ];
    expect(mailOutList(entries, 'u1', TODAY).sort()).toEqual(['express', 'optOut']);
  });
});

describe('disclosures on consent after a withdrawal', () => {
  const disclosure = (disclosedOn: string): DisclosureInput =>
    disclosuresRegister.fields('entered').parse({
      disclosedOn,
      personId: 'p1',
      recipient: { kind: 'organisation', name: 'Mailing house' },
      categories: ['contact'],
      purposeId: 'u1',
      basis: { kind: 'consent' },
      exchange: 'none',
    });
  const entries = [stored(given()), stored(withdrawal())];
  it('refuses a disclosure on consent dated on or after the withdrawal, citing its date', () => {
    const refused = violation(() => disclosuresRegister.check!(disclosure('2026-02-01'), contextWith(entries)));
    expect(refused).toMatchObject({ rule: 'consentWithdrawn', params: { date: '2026-02-01' } });
  });
  it('accepts one dated before the withdrawal', () => {
    expect(() => disclosuresRegister.check!(disclosure('2026-01-31'), contextWith(entries))).not.toThrow();
  });
});
