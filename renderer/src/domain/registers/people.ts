// The people register: everyone whose personal information the office holds. Its records are
// searched and listed by the store's own people index (store/peopleIndex.ts); this definition gives
// the kit what it derives from every register: the table, its clear columns, the archive schema,
// the audit kind and the CSV columns.
import { displayName, personInputSchema, storedPersonSchema, type Person } from '../person';
import type { RegisterDefinition } from './definition';
import { personRecordSchema } from './recordSchemas';

export const peopleRegister: RegisterDefinition<Person, unknown> = {
  name: 'people',
  entityKind: 'person',
  fields: (check) => (check === 'entered' ? personInputSchema : storedPersonSchema),
  record: personRecordSchema,
  // Kind and dates only: the name, contact details and notes are sealed.
  index: {
    kind: (p) => p.kind,
    createdAt: (p) => p.createdAt,
    updatedAt: (p) => p.updatedAt,
    archived: (p) => (p.archivedAt ? 1 : 0),
  },
  indexSpec: 'id, archived, updatedAt',
  // People are archived (archivedAt), never deleted: requests and letters name them.
  removal: 'never',
  // The notes stay out of a spreadsheet of contacts: collect and disclose no more than needed.
  csv: [
    { id: 'familyName', value: (p) => p.familyName },
    { id: 'givenName', value: (p) => p.givenName },
    { id: 'kind', value: (p) => ({ term: `people.kinds.${p.kind}` }) },
    { id: 'email', value: (p) => p.email },
    { id: 'phone', value: (p) => p.phone },
    { id: 'address', value: (p) => p.address },
    { id: 'externalRef', value: (p) => p.externalRef },
    { id: 'status', value: (p) => ({ term: p.archivedAt ? 'people.archived' : 'people.active' }) },
  ],
  personOf: (p) => p.id,
  compare: (a, b) => a.familyName.localeCompare(b.familyName) || a.givenName.localeCompare(b.givenName) || a.id.localeCompare(b.id),
  label: (p) => displayName(p),
};
