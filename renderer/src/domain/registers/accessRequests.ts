// The access-request register. Its workflow (domain/accessWorkflow.ts), letters and attachments are
// run by the store's access-request repository; this definition gives the kit the table, its clear
// columns (what the worklist sorts and filters on: nothing that identifies a person), the archive
// schema, the audit kind and the CSV columns.
import { accessRequestInputSchema, currentDue, isOpen, storedAccessRequestInputSchema, type AccessRequest } from '../accessRequest';
import type { RegisterDefinition } from './definition';
import { accessRequestRecordSchema } from './recordSchemas';

/** Open requests first by binding due date, then closed ones newest first. */
function byDue(a: AccessRequest, b: AccessRequest): number {
  const openA = isOpen(a);
  const openB = isOpen(b);
  if (openA !== openB) return openA ? -1 : 1;
  if (openA) return currentDue(a).localeCompare(currentDue(b)) || a.reference.localeCompare(b.reference);
  return (b.closedOn ?? b.updatedAt).localeCompare(a.closedOn ?? a.updatedAt) || b.reference.localeCompare(a.reference);
}

export const accessRequestsRegister: RegisterDefinition<AccessRequest, unknown> = {
  name: 'accessRequests',
  entityKind: 'accessRequest',
  fields: (check) => (check === 'entered' ? accessRequestInputSchema : storedAccessRequestInputSchema),
  record: accessRequestRecordSchema,
  index: {
    personId: (r) => r.personId,
    reference: (r) => r.reference,
    status: (r) => r.status,
    regime: (r) => r.regime,
    receivedOn: (r) => r.receivedOn,
    // The binding due date (extended if extended), for "due this week" queries.
    dueOn: (r) => currentDue(r),
    createdAt: (r) => r.createdAt,
    updatedAt: (r) => r.updatedAt,
  },
  indexSpec: 'id, personId, status, dueOn, receivedOn, &reference',
  // AR-YYYY-NNNN is numbered by the repository itself (yearly series `AR-YYYY`).
  removal: 'never',
  csv: [
    { id: 'reference', value: (r) => r.reference },
    { id: 'person', value: (r, c) => c.personName(r.personId) ?? { term: 'accessRequests.unknownPerson' } },
    { id: 'received', value: (r) => r.receivedOn },
    { id: 'regime', value: (r) => ({ term: `regimesShort.${r.regime}` }) },
    { id: 'status', value: (r) => ({ term: `accessRequests.status.${r.status}` }) },
    { id: 'due', value: (r) => currentDue(r) },
    { id: 'responded', value: (r) => r.respondedOn },
  ],
  personOf: (r) => r.personId,
  compare: byDue,
  label: (r) => r.reference,
};
