// The disclosure log's rules (policy 5.3: no sale; grounds the Act allows for a disclosure; no date in
// the future) and the list of recipients an access response states (BC PIPA s.23(1)(c), PIPEDA Sch.1 4.9.3).
import { describe, expect, it } from 'vitest';
import type { RegisterRecord, RuleContext } from '../../../renderer/src/domain/registers/definition';
import {
  disclosuresRegister,
  recipientsForAccessResponse,
  statesASale,
  type Disclosure,
  type DisclosureInput,
} from '../../../renderer/src/domain/registers/disclosures';
import { groundsFor } from '../../../renderer/src/domain/withoutConsentGrounds';
import { REGIMES } from '../../../renderer/src/domain/regime';
import { recipientLine, responseRecipients } from '../../../renderer/src/features/disclosures/responseRecipients';
import { ruleViolationOf as violation } from '../../fixtures/accessRequestRecord';

const TODAY = '2026-03-10';
const purposes: Record<string, RegisterRecord & { name: string; description?: string }> = {
  service: { id: 'service', createdAt: '', updatedAt: '', name: 'Deliver requested services' },
  list: { id: 'list', createdAt: '', updatedAt: '', name: 'Mailing list sale to partners' },
  neverSold: { id: 'neverSold', createdAt: '', updatedAt: '', name: 'Insurance claims', description: 'Information is never sold.' },
};
const context: RuleContext = {
  today: TODAY,
  get: (register, id) => (register === 'purposes' ? purposes[id] : undefined),
  list: () => [],
  personKind: () => 'client',
};

const schema = disclosuresRegister.fields('entered');
function input(overrides: Partial<DisclosureInput> = {}): DisclosureInput {
  return schema.parse({
    disclosedOn: '2026-02-01',
    personId: 'p1',
    recipient: { kind: 'organisation', name: 'Acme Insurance Ltd.', address: '12 Main Street\nVancouver BC V6B 1A1', contact: '' },
    categories: ['contact', 'financial'],
    purposeId: 'service',
    basis: { kind: 'consent', note: '' },
    exchange: 'none',
    notes: '',
    ...overrides,
  });
}
const check = (i: DisclosureInput) => () => disclosuresRegister.check!(i, context);

describe('the fields', () => {
  it('trims the recipient, drops empty optional texts and refuses a disclosure with no category', () => {
    const parsed = input({ recipient: { kind: 'individual', name: '  Dr. Ana Silva ', address: '', contact: '' } });
    expect(parsed.recipient).toEqual({ kind: 'individual', name: 'Dr. Ana Silva' });
    expect(parsed.notes).toBeUndefined();
    const result = schema.safeParse({ ...parsed, categories: [] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('validation.disclosureCategories');
  });

  it('requires the recipient’s name and refuses a category purposes do not know', () => {
    expect(schema.safeParse({ ...input(), recipient: { kind: 'organisation', name: ' ' } }).error?.issues[0]?.message).toBe('validation.required');
    expect(schema.safeParse({ ...input(), categories: ['shoeSize'] }).success).toBe(false);
  });

  it('refuses hidden characters in new input but opens a stored record that holds them', () => {
    const odd = { ...input(), recipient: { kind: 'organisation', name: 'Acme\u202e Ltd' } };
    expect(schema.safeParse(odd).success).toBe(false);
    expect(disclosuresRegister.fields('stored').safeParse(odd).success).toBe(true);
  });
});

describe('rules', () => {
  it('a plain disclosure with consent is accepted', () => {
    expect(check(input())).not.toThrow();
  });

  it('a disclosure dated in the future is refused on its date', () => {
    const error = violation(check(input({ disclosedOn: '2026-03-11' })));
    expect(error.rule).toBe('futureDate');
    expect(error.field).toBe('disclosedOn');
    expect(check(input({ disclosedOn: TODAY }))).not.toThrow();
  });

  it('policy 5.3: a disclosure recorded as a sale, a trade or a rental is refused with the policy’s words', () => {
    for (const exchange of ['sale', 'trade', 'rent'] as const) {
      const error = violation(check(input({ exchange })));
      expect(error.rule, exchange).toBe('saleRefused');
      expect(error.field).toBe('exchange');
      expect(error.message).toBe('The office does not sell, trade or rent personal information (privacy policy, principle 5.3). Nothing was saved.');
    }
  });

  it('policy 5.3: notes saying the information was sold are refused; notes saying it was not are not', () => {
    expect(violation(check(input({ notes: 'List sold to Acme for $200.' }))).field).toBe('notes');
    expect(violation(check(input({ notes: 'Liste vendue au partenaire.' }))).rule).toBe('saleRefused');
    expect(check(input({ notes: 'Sent for the claim; not sold, no payment.' }))).not.toThrow();
    expect(check(input({ notes: 'Wholesale account transfer.' }))).not.toThrow();
  });

  it('policy 5.3: a purpose that describes a sale is refused on the purpose field', () => {
    const error = violation(check(input({ purposeId: 'list' })));
    expect(error.rule).toBe('saleRefused');
    expect(error.field).toBe('purposeId');
    expect(check(input({ purposeId: 'neverSold' }))).not.toThrow();
  });

  it('without consent: a ground the Act allows for a disclosure is accepted', () => {
    for (const regime of REGIMES) {
      const ground = groundsFor(regime, 'disclose')[0]!;
      expect(check(input({ basis: { kind: 'withoutConsent', regime, groundId: ground.id } })), regime).not.toThrow();
    }
  });

  it('without consent: a ground that allows only a collection, or one of another Act, is refused naming the Act', () => {
    const disclose = new Set(groundsFor('BC_PIPA', 'disclose').map((g) => g.id));
    const collectOnly = groundsFor('BC_PIPA', 'collect').find((g) => !disclose.has(g.id));
    const otherAct = REGIMES.flatMap((r) => groundsFor(r, 'disclose')).find((g) => !disclose.has(g.id));
    for (const groundId of [collectOnly?.id, otherAct?.id, 'no-such-ground'].filter((g): g is string => g !== undefined)) {
      const error = violation(check(input({ basis: { kind: 'withoutConsent', regime: 'BC_PIPA', groundId } })));
      expect(error.rule, groundId).toBe('disclosureGroundNotAllowed');
      expect(error.params).toEqual({ regime: 'BC_PIPA' });
      expect(error.field).toBe('basis.groundId');
    }
  });
});

describe('statesASale', () => {
  it('reads sale words in English and French, past a negation only', () => {
    for (const text of ['We sell the list', 'Resale of contact data', 'vente de la liste', 'Selling to partners']) expect(statesASale(text), text).toBe(true);
    for (const text of ['Never sold.', 'This was not for sale', 'Aucune vente', 'n’a pas été vendu', 'Sales department asked for a copy? No: salesforce sync', 'wasn’t sold']) {
      expect(statesASale(text), text).toBe(false);
    }
  });
});

describe('recipientsForAccessResponse (BC PIPA s.23(1)(c); PIPEDA Sch.1 4.9.3)', () => {
  const d = (personId: string, disclosedOn: string, name: string, address?: string, kind: 'organisation' | 'individual' = 'organisation') =>
    ({ personId, disclosedOn, recipient: { kind, name, ...(address ? { address } : {}) } }) as Disclosure;
  const log = [
    d('p1', '2026-02-03', 'Acme Insurance Ltd.', '12 Main Street\nVancouver BC'),
    d('p2', '2026-01-05', 'Other Person’s Bank', '1 Bay St'),
    d('p1', '2026-01-10', 'ACME insurance ltd.', '12 Main  Street, Vancouver BC'),
    d('p1', '2026-01-20', 'Dr. Ana Silva', undefined, 'individual'),
    d('p1', '2026-02-03', 'Acme Insurance Ltd.', '12 Main Street\nVancouver BC'),
    d('p1', '2026-03-01', 'Acme Insurance Ltd.', '400 Burrard St, Vancouver BC'),
  ];

  it('names each recipient once, by name and address whatever the case and spacing, with its dates in order', () => {
    const recipients = recipientsForAccessResponse(log, 'p1');
    expect(recipients.map((r) => [r.name, r.dates])).toEqual([
      ['ACME insurance ltd.', ['2026-01-10', '2026-02-03']],
      ['Dr. Ana Silva', ['2026-01-20']],
      ['Acme Insurance Ltd.', ['2026-03-01']],
    ]);
    expect(recipients[2]?.address).toBe('400 Burrard St, Vancouver BC');
  });

  it('leaves out other people’s disclosures and those after the response date', () => {
    expect(recipientsForAccessResponse(log, 'p2').map((r) => r.name)).toEqual(['Other Person’s Bank']);
    expect(recipientsForAccessResponse(log, 'p1', '2026-01-31').map((r) => r.name)).toEqual(['ACME insurance ltd.', 'Dr. Ana Silva']);
    expect(recipientsForAccessResponse(log, 'nobody')).toEqual([]);
  });

  it('writes one line per recipient in the letter’s language, address on the line, dates after it', () => {
    const prefill = responseRecipients(log, 'p1', 'en');
    expect(prefill.text.split('\n')).toEqual([
      '• ACME insurance ltd., 12 Main  Street, Vancouver BC — January\u00a010, 2026; February\u00a03, 2026',
      '• Dr. Ana Silva — January\u00a020, 2026',
      '• Acme Insurance Ltd., 400 Burrard St, Vancouver BC — March\u00a01, 2026',
    ]);
    expect([prefill.organisations, prefill.individuals]).toEqual([2, 1]);
    expect(recipientLine({ kind: 'organisation', name: 'Banque', dates: ['2026-03-01', '2026-03-02'] }, 'fr')).toBe('• Banque — 1er\u00a0mars\u00a02026\u00a0; 2\u00a0mars\u00a02026');
    expect(responseRecipients(log, 'nobody', 'en').text).toBe('');
  });
});

describe('CSV and order', () => {
  const record = (over: Partial<Disclosure>): Disclosure => ({ ...input(), id: 'x', createdAt: '', updatedAt: '', reference: 'DS-2026-0001', ...over });
  it('lists newest first and writes the person’s name, the purpose’s label, and the categories and basis as terms', () => {
    const a = record({ disclosedOn: '2026-01-01', reference: 'DS-2026-0001' });
    const b = record({ disclosedOn: '2026-02-01', reference: 'DS-2026-0002' });
    expect([a, b].sort(disclosuresRegister.compare).map((r) => r.reference)).toEqual(['DS-2026-0002', 'DS-2026-0001']);
    const ctx = { personName: (id: string) => (id === 'p1' ? 'Ana Silva' : undefined), label: (reg: string, id: string) => (reg === 'purposes' ? purposes[id]?.name : undefined) };
    const row = disclosuresRegister.csv.map((c) => c.value(a, ctx));
    expect(disclosuresRegister.csv.map((c) => c.id)).toEqual(['reference', 'date', 'person', 'recipient', 'categories', 'purpose', 'basis']);
    expect(row).toEqual(['DS-2026-0001', '2026-01-01', 'Ana Silva', 'Acme Insurance Ltd.', { terms: ['registers.purposes.categories.contact', 'registers.purposes.categories.financial'] }, 'Deliver requested services', { term: 'registers.disclosures.basis.consent' }]);
  });

  it('keeps no personal information in the clear index', () => {
    const a = record({});
    expect(Object.fromEntries(Object.entries(disclosuresRegister.index).map(([k, f]) => [k, f(a)]))).toEqual({ personId: 'p1', disclosedOn: '2026-02-01', purposeId: 'service' });
  });
});
