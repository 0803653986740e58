// Issue #13, item 2: every length the archive caps is the length the app's forms and store cap, so
// no value the app accepts can make a later backup fail. The archive's record schemas are walked;
// each cap found must have an entry point below that accepts exactly that many characters and
// refuses one more. A new archive cap without a matching entry point fails the first test.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { accessRequestRecordSchema, personRecordSchema, profileSchema } from '../../../renderer/src/archive/recordSchemas';
import { accessRequestInputSchema } from '../../../renderer/src/domain/accessRequest';
import { checkActionText, letterParagraphProblems } from '../../../renderer/src/domain/actionText';
import type { AccessAction } from '../../../renderer/src/domain/accessWorkflow';
import { organisationProfileSchema, privacyOfficerSchema } from '../../../renderer/src/domain/organisation';
import { personInputSchema } from '../../../renderer/src/domain/person';
import { attachmentProblems } from '../../../renderer/src/store/validation';
import { actionDefaults, actionSchema, type ActionValues } from '../../../renderer/src/features/accessRequests/actions/actionForm';
import { newRequestDefaults, newRequestSchema } from '../../../renderer/src/features/accessRequests/newRequestForm';
import { accessRequestRecord } from '../../fixtures/accessRequestRecord';

type Def = { type: string; [key: string]: unknown };
type Check = { _zod: { def: { check: string; maximum?: number } } };

function maximumOf(schema: z.ZodType): number | undefined {
  const checks = ((schema._zod.def as unknown as { checks?: Check[] }).checks ?? []) as Check[];
  const max = checks.find((c) => c._zod.def.check === 'max_length');
  return max?._zod.def.maximum;
}

/** Every string or array cap in `schema`, by path ('letters[].paragraphs.*'). */
function caps(schema: z.ZodType, path = '', out = new Map<string, number>()): Map<string, number> {
  const def = schema._zod.def as unknown as Def;
  const at = (max: number | undefined) => {
    if (max !== undefined) out.set(path, Math.max(out.get(path) ?? 0, max));
  };
  const child = (key: string) => (path ? `${path}.${key}` : key);
  switch (def.type) {
    case 'object':
      for (const [key, value] of Object.entries(def.shape as Record<string, z.ZodType>)) caps(value, child(key), out);
      break;
    case 'optional':
    case 'nullable':
    case 'default':
      caps(def.innerType as z.ZodType, path, out);
      break;
    case 'union':
      for (const option of def.options as z.ZodType[]) caps(option, path, out);
      break;
    case 'pipe':
      caps(def.in as z.ZodType, path, out);
      caps(def.out as z.ZodType, path, out);
      break;
    case 'array':
      at(maximumOf(schema));
      caps(def.element as z.ZodType, `${path}[]`, out);
      break;
    case 'record':
      caps(def.valueType as z.ZodType, child('*'), out);
      break;
    case 'string':
      at(maximumOf(schema));
      break;
  }
  return out;
}

const text = (n: number) => 'a'.repeat(n);
const email = (n: number) => `${text(n - '@example.ca'.length)}@example.ca`;
const TODAY = '2026-03-20';
const open = accessRequestRecord({ regime: 'QC', status: 'acknowledged' });

const person = { kind: 'client', givenName: 'Amélie', familyName: 'Côté' };
const request = { personId: 'p1', regime: 'BC_PIPA', receivedOn: '2026-03-02', channel: 'mail', inWriting: true, informationSought: 'Records', language: 'en' };
const organisation = { legalName: 'Office', address: '1 Main St', phone: '604-555-0100', email: 'privacy@example.ca', defaultRegime: 'BC_PIPA' };
const officer = { name: 'Officer', title: 'Privacy Officer' };

const accepts = (schema: z.ZodType, value: unknown) => schema.safeParse(value).success;
const actionAccepts = (action: AccessAction) => {
  try {
    checkActionText(open, action);
    return true;
  } catch {
    return false;
  }
};
const on = '2026-03-10';
const formAccepts = (type: AccessAction['type'], values: Partial<ActionValues>) =>
  accepts(actionSchema(type, () => TODAY), { ...actionDefaults(open, TODAY), on, ...values });
const requestFormAccepts = (values: Record<string, unknown>) =>
  accepts(newRequestSchema(TODAY), { ...newRequestDefaults(TODAY, 'BC_PIPA', 'en'), personId: 'p1', informationSought: 'Records', ...values });
const extendValues = { ground: 'largeVolume', newDue: '2026-04-30' };
const withheld = (item: Record<string, string>) => ({ type: 'respond', on, uses: '', disclosedTo: '', enclosed: '', items: [{ description: 'Notes', outcome: 'withheld', ground: 'Legal advice', provision: 's.23(3)(a)', ...item }] }) as AccessAction;
const respondItem = (item: Record<string, string>) => formAccepts('respond', { items: [{ description: 'Notes', outcome: 'withheld', ground: 'Legal advice', provision: 's.23(3)(a)', ...item }] });

/** How the app takes each capped value from the officer: every way in must accept `n` characters. */
const ENTRY: Record<string, (n: number) => boolean> = {
  'person.givenName': (n) => accepts(personInputSchema, { ...person, givenName: text(n) }),
  'person.familyName': (n) => accepts(personInputSchema, { ...person, familyName: text(n) }),
  'person.email': (n) => accepts(personInputSchema, { ...person, email: email(n) }),
  'person.address': (n) => accepts(personInputSchema, { ...person, address: text(n) }),
  'person.externalRef': (n) => accepts(personInputSchema, { ...person, externalRef: text(n) }),
  'person.notes': (n) => accepts(personInputSchema, { ...person, notes: text(n) }),
  'request.informationSought': (n) => accepts(accessRequestInputSchema, { ...request, informationSought: text(n) }) && requestFormAccepts({ informationSought: text(n) }),
  'request.notes': (n) => accepts(accessRequestInputSchema, { ...request, notes: text(n) }) && requestFormAccepts({ notes: text(n) }),
  'request.identity.note': (n) =>
    accepts(accessRequestInputSchema, { ...request, identity: { method: 'photoId', verifiedOn: '2026-03-02', note: text(n) } }) &&
    requestFormAccepts({ identityVerified: true, identityVerifiedOn: '2026-03-02', identityNote: text(n) }),
  'request.decision[].description': (n) => actionAccepts(withheld({ description: text(n) })) && respondItem({ description: text(n) }),
  'request.decision[].ground': (n) => actionAccepts(withheld({ ground: text(n) })) && respondItem({ ground: text(n) }),
  'request.decision[].provision': (n) => actionAccepts(withheld({ provision: `s.${text(n - 2)}` })) && respondItem({ provision: `s.${text(n - 2)}` }),
  'request.fee.basis': (n) => actionAccepts({ type: 'sendFeeEstimate', on, estimateCents: 100, basis: text(n) }) && formAccepts('sendFeeEstimate', { estimate: '1', basis: text(n) }),
  'request.extension.reasons': (n) => actionAccepts({ type: 'extend', on, ground: 'largeVolume', newDue: '2026-04-30', reasons: text(n) }) && formAccepts('extend', { ...extendValues, reasons: text(n) }),
  'request.extension.commissionerPermission': (n) =>
    actionAccepts({ type: 'extend', on, ground: 'largeVolume', newDue: '2026-04-30', reasons: 'r', commissionerPermission: text(n) }) &&
    formAccepts('extend', { ...extendValues, reasons: 'r', commissionerPermission: text(n) }),
  'request.caiExtension.reasons': (n) => actionAccepts({ type: 'applyToCai', on, reasons: text(n) }) && formAccepts('applyToCai', { reasons: text(n) }),
  'request.caiExtension.decision.note': (n) => actionAccepts({ type: 'recordCaiDecision', on, granted: false, note: text(n) }) && formAccepts('recordCaiDecision', { caiDecision: 'refused', note: text(n) }),
  // Each stop is one stopClock step: the step that would make n stops must be allowed, n + 1 refused.
  'request.clockStops': (n) => {
    const clockStops = Array.from({ length: n - 1 }, () => ({ kind: 'disregardApplication' as const, start: '2026-03-03', end: '2026-03-04' }));
    try {
      checkActionText({ clockStops }, { type: 'stopClock', on, kind: 'disregardApplication' });
      return true;
    } catch {
      return false;
    }
  },
  ...Object.fromEntries(
    (['uses', 'disclosedTo', 'enclosed', 'alternative'] as const).map((field) => [
      `request.responseSummary.${field}`,
      (n: number) =>
        actionAccepts({ type: 'respond', on, items: [{ description: 'Notes', outcome: 'disclosed' }], uses: 'u', disclosedTo: 'd', enclosed: 'e', [field]: text(n) } as AccessAction) &&
        formAccepts('respond', { items: [{ description: 'Notes', outcome: 'disclosed', ground: '', provision: '' }], uses: 'u', disclosedTo: 'd', [field]: text(n) }),
    ]),
  ),
  'request.letters[].paragraphs.*': (n) => Object.keys(letterParagraphProblems({ body: text(n) })).length === 0,
  'request.attachments[].name': (n) => !attachmentProblems({ name: text(n), mediaType: 'application/pdf' }).name,
  'request.attachments[].mediaType': (n) => !attachmentProblems({ name: 'scan.pdf', mediaType: text(n) }).mediaType,
  'request.attachments[].description': (n) => !attachmentProblems({ name: 'scan.pdf', mediaType: 'application/pdf', description: text(n) }).description,
  'profile.organisation.legalName': (n) => accepts(organisationProfileSchema, { ...organisation, legalName: text(n) }),
  'profile.organisation.address': (n) => accepts(organisationProfileSchema, { ...organisation, address: text(n) }),
  'profile.organisation.phone': (n) => accepts(organisationProfileSchema, { ...organisation, phone: `604${'0'.repeat(n - 3)}` }),
  'profile.organisation.email': (n) => accepts(organisationProfileSchema, { ...organisation, email: email(n) }),
  'profile.officer.name': (n) => accepts(privacyOfficerSchema, { ...officer, name: text(n) }),
  'profile.officer.title': (n) => accepts(privacyOfficerSchema, { ...officer, title: text(n) }),
  'profile.officer.titleFr': (n) => accepts(privacyOfficerSchema, { ...officer, titleFr: text(n) }),
};

/** Caps on values the store writes itself, never the officer: nothing to enter. */
const NOT_ENTERED = new Set(['request.events[].action']);

function archiveCaps(): Map<string, number> {
  const all = new Map<string, number>();
  for (const [prefix, schema] of [
    ['person', personRecordSchema],
    ['request', accessRequestRecordSchema],
    // The settings travel under the same appSettingsSchema the store parses them with: one schema, one limit.
    ['profile.organisation', profileSchema.shape.organisation],
    ['profile.officer', profileSchema.shape.officer],
  ] as const) {
    for (const [path, max] of caps(schema as unknown as z.ZodType)) all.set(`${prefix}.${path}`, max);
  }
  return all;
}

describe('limits agree everywhere (issue #13, item 2)', () => {
  const found = archiveCaps();

  it('finds the archive’s caps, including the letter paragraph’s 20,000 characters', () => {
    expect(found.get('request.letters[].paragraphs.*')).toBe(20_000);
    expect(found.size).toBeGreaterThan(25);
  });

  it('has a way in for every value the archive caps', () => {
    const missing = [...found.keys()].filter((path) => !ENTRY[path] && !NOT_ENTERED.has(path));
    expect(missing).toEqual([]);
  });

  it.each([...archiveCaps()].filter(([path]) => !NOT_ENTERED.has(path)))('%s: the form and the store accept %i characters and refuse one more', (path, max) => {
    const entry = ENTRY[path]!;
    expect(entry(max), `${path} refuses ${max}`).toBe(true);
    expect(entry(max + 1), `${path} accepts ${max + 1}`).toBe(false);
  });
});
