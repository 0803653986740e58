// A small register for the screen kit's tests, named `purposes` so its CSV headers and terms are real
// keys of en.json and fr.json; the records live in an array, not in a store.
import { z } from 'zod';
import type { RegisterDefinition, RegisterRecord } from '../../../renderer/src/domain/registers/definition';
import type { RegisterRepositories, RegisterRepository } from '../../../renderer/src/store/contract';

export interface TestPurpose extends RegisterRecord {
  name: string;
  authority: 'consent' | 'withoutConsent';
  provision?: string;
  /** A person the record is about, to check the CSV context's names. */
  personId?: string;
}

export type TestPurposeInput = Omit<TestPurpose, keyof RegisterRecord>;

export const testPurposeFields = z.object({
  name: z.string().min(1, 'validation.required'),
  authority: z.enum(['consent', 'withoutConsent']),
  provision: z.string(),
});

export const testPurposes: RegisterDefinition<TestPurpose, TestPurposeInput> = {
  name: 'purposes',
  entityKind: 'purpose',
  fields: () => testPurposeFields,
  index: { authority: (r) => r.authority },
  removal: 'retire',
  csv: [
    { id: 'name', value: (r) => r.name },
    { id: 'authority', value: (r) => ({ term: `registers.purposes.authorities.${r.authority}` }) },
    { id: 'provision', value: (r) => r.provision },
    { id: 'recipients', value: (r, context) => (r.personId ? context.personName(r.personId) : undefined) },
  ],
  compare: (a, b) => a.name.localeCompare(b.name),
  label: (r) => r.name,
};

export function purpose(id: string, name: string, authority: TestPurpose['authority'], extra: Partial<TestPurpose> = {}): TestPurpose {
  return { id, name, authority, createdAt: '2026-03-01T12:00:00.000Z', updatedAt: '2026-03-01T12:00:00.000Z', ...extra };
}

/** Only what the CSV context reads: byName(…).get and the definition's label. */
export function fakeRegisters(records: readonly TestPurpose[]): RegisterRepositories {
  const repository = {
    definition: testPurposes,
    get: (id: string) => records.find((r) => r.id === id),
    list: () => records,
  } as unknown as RegisterRepository;
  return {
    get: () => {
      throw new Error('not used by these tests');
    },
    byName: (name) => (name === 'purposes' ? repository : undefined),
  };
}
