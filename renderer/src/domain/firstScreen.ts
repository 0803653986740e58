// What the first screen after unlock needs, and nothing more: every open access request, reduced to
// the fields its due date and status come from. The store keeps this digest sealed beside the records
// (store/firstScreen.ts) so the dashboard can be drawn from one row while the 70,000 records it
// summarises are still being read and opened; the dashboard then recomputes it from those records.
import { z } from 'zod';
import { isOpen, type AccessRequest, type DueFields } from './accessRequest';
import { accessRequestRecordSchema } from './registers/recordSchemas';

/** An open request as the dashboard counts and lists it. */
export type OpenRequestDigest = Pick<AccessRequest, 'id' | 'reference' | 'personId' | 'status'> & DueFields;

const shape = accessRequestRecordSchema.shape;

/** The same field rules as the stored request (its cross-field refinements aside): a digest that does not parse is not used. */
export const openRequestDigestSchema = z.array(
  z
    .object({
      id: shape.id,
      reference: shape.reference,
      personId: shape.personId,
      status: shape.status,
      receivedOn: shape.receivedOn,
      regime: shape.regime,
      dueOn: shape.dueOn,
      extension: shape.extension,
      caiExtension: shape.caiExtension,
      clockStops: shape.clockStops,
    })
    .strict(),
);

export function openRequestsDigest(requests: readonly AccessRequest[]): OpenRequestDigest[] {
  return requests.filter(isOpen).map((r) => {
    const digest: OpenRequestDigest = { id: r.id, reference: r.reference, personId: r.personId, status: r.status, receivedOn: r.receivedOn, regime: r.regime, dueOn: r.dueOn };
    if (r.extension) digest.extension = r.extension;
    if (r.caiExtension) digest.caiExtension = r.caiExtension;
    if (r.clockStops) digest.clockStops = r.clockStops;
    return digest;
  });
}
